"""`python -m plugin …`: admin and dry-run commands. Same wiring as the handlers.

Each command lives in plugin/commands/<name>.py with `register(subparsers)`; its handler returns an exit
code. Command names and JSON formats are contracts (admins and evaluation scripts rely on them).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from plugin.commands.app_commands import APP_COMMANDS, hand_over
from plugin.core.errors import CandorError
from plugin.core.logs import JsonFormatter
from plugin.settings import SettingsError

COMMANDS = ["redact", "triage", "sign", "classify", "app-commands", "fairness-audit", "validate-app", "tenant",
            "audit-log", "forget", "privacy-notice", "retention", "sweep", "tenant-config", "opt-out",
            "trust-report", "kb"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m plugin", description="Candor admin and dry-run commands")
    parser.add_argument("-v", "--verbose", action="store_true", help="JSON logs (ids and counts only) on stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"plugin.commands.{name.replace('-', '_')}").register(sub)
    return parser


def parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Like parse_args, but a command that sets `intermixed` (the name of its `nargs="*"` positional) also gets
    the values given after an option, e.g. `tenant-config set --tenant T NAME=VALUE` (argparse alone would
    reject NAME=VALUE there as unrecognised)."""
    args, extra = parser.parse_known_args(argv)
    target = getattr(args, "intermixed", None)
    if extra:
        if target is None or any(item.startswith("-") for item in extra):
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        setattr(args, target, [*getattr(args, target), *extra])
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in APP_COMMANDS:
        return hand_over(argv)
    args = parse(build_parser(), argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
                        handlers=[handler], force=True)
    logging.raiseExceptions = False  # a failing handler must not print the record (and its arguments) to stderr
    try:
        return int(args.handler(args) or 0)
    except (CandorError, SettingsError, ValueError, LookupError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
