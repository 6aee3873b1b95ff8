"""`classify`: one customer message on stdin -> {"route","reasons","characteristics","opt_out"}.
`--jsonl`: each line {"id","text"} -> the same object plus "id", in order."""
from __future__ import annotations

import sys

from plugin.commands import emit, map_jsonl


def register(sub) -> None:
    p = sub.add_parser("classify", help="route a customer message: bias_review, human or ai_assist")
    p.add_argument("--jsonl", action="store_true", help='one {"id","text"} object per input line')
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.core.routing import classify
    if not args.jsonl:
        emit(classify(sys.stdin.read()).to_dict())
        return 0
    return map_jsonl(lambda text: classify(text).to_dict())
