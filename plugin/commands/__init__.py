"""CLI commands, one module each, each with `register(subparsers)`."""
import json
import sys


def emit(obj: object) -> None:
    """One JSON object per line on stdout, UTF-8, keys in a stable order."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def map_jsonl(fn) -> int:
    """Apply `fn(text) -> dict` to each stdin line {"id","text"}; one output line per input line, in order.
    A bad line gets an error object in its place (and exit status 1) so nothing after it is lost."""
    status = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a string "text"')
        except ValueError as exc:
            print(f"error: line {number}: {exc}", file=sys.stderr)
            emit({"id": None, "line": number, "error": str(exc)})
            status = 1
            continue
        emit({"id": item.get("id"), **fn(item["text"])})
    return status
