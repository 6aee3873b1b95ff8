"""`python -m handlers serve|demo`: the commands that run the Flask app on this machine. `python -m plugin serve`
and `python -m plugin demo` hand over to these (plugin/commands/app_commands.py), so nothing in the plugin
package imports `handlers`."""
from __future__ import annotations

import argparse
import logging
import sys

from plugin.core.errors import CandorError
from plugin.core.logs import JsonFormatter

from . import demo, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handlers", description="run the Candor app on this machine")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo.register(sub)
    serve.register(sub)
    args = parser.parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)
    try:
        return int(args.handler(args) or 0)
    except (CandorError, ValueError, LookupError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
