"""Hostile-input guards for the whole Flask app, so every blueprint answers a clear 4xx instead of a 500.

- JSON nested deeper than Python's recursion limit raises RecursionError inside `json.loads`, which
  `request.get_json(silent=True)` does not catch (it only catches ValueError): it becomes a ValueError here,
  so it reads as "not JSON" everywhere.
- `<int:...>` path parameters are capped at 2**53 - 1 (Zendesk ids are JavaScript-safe integers): a larger
  number is a 404 instead of an overflow in SQLite or DynamoDB.
tests/functional/test_fuzz_api.py and test_hostile_bodies.py hold these to account.
"""
from __future__ import annotations

from flask import Flask
from flask.json.provider import DefaultJSONProvider
from werkzeug.routing.converters import IntegerConverter

MAX_ID = 2**53 - 1


class SafeJSONProvider(DefaultJSONProvider):
    def loads(self, s, **kwargs):
        try:
            return super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None


class BoundedIntConverter(IntegerConverter):
    def __init__(self, map, fixed_digits: int = 0, min: int | None = 0, max: int | None = MAX_ID,  # noqa: A002
                 signed: bool = False) -> None:
        super().__init__(map, fixed_digits, min, max, signed)


def harden(app: Flask) -> None:
    """Call before registering blueprints: converters are bound when rules are added."""
    app.url_map.converters["int"] = BoundedIntConverter
    app.json = SafeJSONProvider(app)
