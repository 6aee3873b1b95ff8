"""`redact`: stdin text -> {"text", "entities": [{"type","start","end","placeholder"}]} (offsets into the
input). `--jsonl`: each line {"id","text"} -> the same object plus "id", in order, one engine for the run."""
from __future__ import annotations

import sys

from plugin.commands import emit, map_jsonl
from plugin.core.redaction import PlaceholderMap, apply


def register(sub) -> None:
    p = sub.add_parser("redact", help="redact personal data from text on stdin (JSON out)")
    p.add_argument("--jsonl", action="store_true", help='one {"id","text"} object per input line')
    p.set_defaults(handler=run)


def redact_one(redactor, text: str) -> dict:
    result = apply(text, redactor.find(text), PlaceholderMap())
    return {"text": result.text, "entities": [
        {"type": e.type, "start": e.start, "end": e.end, "placeholder": e.placeholder} for e in result.entities]}


def run(args) -> int:
    from plugin.wiring import Settings, build_redactor
    redactor = build_redactor(Settings.from_env())
    if not args.jsonl:
        emit(redact_one(redactor, sys.stdin.read()))
        return 0
    return map_jsonl(lambda text: redact_one(redactor, text))
