"""`serve` and `demo`: they run the Flask app, which lives in the top-level `handlers` package. The plugin
package never imports `handlers` (the layer rule, ARCHITECTURE.md), so these commands hand the process over
to `python -m handlers serve|demo` with the same arguments, the way Zappa names `handlers.wsgi.app` in
zappa_settings.json."""
from __future__ import annotations

import argparse
import os
import sys

APP_COMMANDS = {"serve": "run the webhook server and worker on this machine",
                "demo": "replay sample webhooks through the app and worker (embedded default)"}


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    """Listed in `python -m plugin --help`; plugin.cli.main hands them over before parsing their options."""
    for name, help_text in APP_COMMANDS.items():
        p = sub.add_parser(name, help=help_text, add_help=False)
        p.add_argument("rest", nargs=argparse.REMAINDER)
        p.set_defaults(handler=lambda args, name=name: hand_over([name, *args.rest]))


def hand_over(argv: list[str]) -> int:
    """Replace this process with `python -m handlers ARGV…`: same stdout, signals and exit status."""
    sys.stdout.flush()
    os.execv(sys.executable, [sys.executable, "-m", "handlers", *argv])
    return 0  # not reached
