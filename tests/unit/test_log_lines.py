"""Every log line is one JSON object with a UTC timestamp, a level and the logger's name (plugin/core/logs.py)."""
from __future__ import annotations

import json
import logging
import re

from plugin.core.logs import JsonFormatter, log_event


def formatted(logger_name: str, emit) -> dict:
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler, logger = Keep(), logging.getLogger(logger_name)
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        emit(logger)
    finally:
        logger.removeHandler(handler)
    assert len(lines) == 1
    return json.loads(lines[0])


def test_our_events_carry_time_level_and_logger_before_their_fields():
    line = formatted("candor.test", lambda log: log_event(log, "job_done", logging.WARNING, tenant="acme", ms=12))
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", line["ts"])
    assert (line["level"], line["logger"], line["event"], line["tenant"], line["ms"]) == \
        ("WARNING", "candor.test", "job_done", "acme", 12)
    assert list(line)[:3] == ["ts", "level", "logger"]


def test_library_records_keep_neither_message_nor_arguments():
    line = formatted("somelib", lambda log: log.info("sending %s", "jane@example.com"))
    assert set(line) == {"ts", "level", "logger", "event"} and line["event"] == "library_log"
    assert "jane" not in json.dumps(line)


def test_a_message_that_only_looks_like_json_is_not_passed_through():
    line = formatted("candor.test", lambda log: log.error("{not json jane@example.com"))
    assert line["event"] == "library_log" and "jane" not in json.dumps(line)
