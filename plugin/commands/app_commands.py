"""`serve` and `demo`: they run the Flask app, which lives in the top-level `handlers` package. The plugin
package never imports `handlers` (the layer rule, ARCHITECTURE.md), so these commands run
`python -m handlers serve|demo` with the same arguments in a child process, the way Zappa names `handlers.wsgi.app` in
zappa_settings.json."""
from __future__ import annotations

import argparse
import subprocess
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
    """Run `python -m handlers ARGV…` with this process's environment and standard streams; its exit status.
    (A child process rather than exec, so callers such as tests can call `main(["demo"])` in-process.)"""
    sys.stdout.flush()
    try:
        return subprocess.call([sys.executable, "-m", "handlers", *argv])
    except KeyboardInterrupt:  # Ctrl-C reached the child too (same process group); it has stopped
        return 130
