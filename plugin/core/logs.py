"""Structured logs: one JSON object a line, ids and counts only.

Never pass ticket text, names, e-mails or secrets here. `fields` are filtered to scalar ids and counts so a
careless call cannot leak a value object.
"""
from __future__ import annotations

import json
import logging
import time

_ALLOWED_TYPES = (int, float, bool, type(None))
_SAFE_STRING_FIELDS = {
    "tenant", "event_id", "request_id", "kind", "route", "outcome", "reason", "drafter", "model", "adapter",
    "method", "path", "status_text", "queue", "store", "error", "stage", "action", "prompt_version",
}


def log_event(logger: logging.Logger, event: str, level: int = logging.INFO, **fields: object) -> None:
    if not logger.isEnabledFor(level):
        return
    record: dict[str, object] = {"event": event}
    for key, value in fields.items():
        if isinstance(value, _ALLOWED_TYPES):
            record[key] = value
        elif isinstance(value, str) and key in _SAFE_STRING_FIELDS:
            record[key] = value[:200]
        elif isinstance(value, dict) and all(isinstance(v, int) for v in value.values()):
            record[key] = {str(k)[:40]: v for k, v in value.items()}  # entity-type counts
    logger.log(level, json.dumps(record, sort_keys=True))


class JsonFormatter(logging.Formatter):
    """One JSON object a line: `ts` (ISO-8601 UTC, milliseconds), `level`, `logger`, then the fields of our own
    JSON messages (log_event). Records that are not already JSON (third-party loggers) are written without
    their message or arguments, since a library may format personal data into them."""

    def format(self, record: logging.LogRecord) -> str:
        head = {"ts": _timestamp(record.created), "level": record.levelname, "logger": record.name}
        message = record.msg if isinstance(record.msg, str) else ""
        if message.startswith("{") and not record.args:
            try:
                fields = json.loads(message)
            except ValueError:
                fields = None
            if isinstance(fields, dict):
                return json.dumps({**head, **{k: v for k, v in fields.items() if k not in head}})
        return json.dumps({**head, "event": "library_log"})


def _timestamp(created: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created)) + f".{int(created % 1 * 1000):03d}Z"
