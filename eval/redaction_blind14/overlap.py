"""Overlap checks for blind set 14, standard library only (run before the freeze; the figures are in README.md): the
checks of eval/tools/redaction_overlap.py with this folder (which compare against every other eval/redaction_*
folder, blind sets 11, 12 and 13 included), plus an exact re-use count of planted values and identifiers against the rows
of the earlier blind sets 2-13. Only counts are printed, never a value.

    .venv/bin/python -m eval.redaction_blind14.overlap
"""
from __future__ import annotations

import json
from pathlib import Path

from eval.tools.redaction_overlap import ROOT, main

HERE = Path(__file__).parent
EARLIER = [ROOT / "eval" / f"redaction_blind{n}" / "blind.jsonl" for n in range(2, 14)]


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def reuse() -> None:
    """Distinct lower-cased values of this set that are also a planted value / identifier of an earlier blind set."""
    mine = _rows(HERE / "blind.jsonl")
    earlier = [row for path in EARLIER if path.exists() for row in _rows(path)]
    for label, field, pick in (("names", "pii", lambda i: i["cat"] == "name"),
                               ("other planted values", "pii", lambda i: i["cat"] != "name"),
                               ("identifiers", "keep", lambda i: True)):
        seen = {i["value"].lower() for r in earlier for i in r[field] if pick(i)}
        values = {i["value"].lower() for r in mine for i in r[field] if pick(i)}
        print(f"exact re-use vs blind sets 2-13 ({len(earlier)} rows): {label}: {len(values & seen)} of "
              f"{len(values)} distinct values")


def reused_values() -> list[str]:
    """This set's own values that an earlier set also has (for the author, before the freeze; never other rows)."""
    mine = _rows(HERE / "blind.jsonl")
    earlier = [row for path in EARLIER if path.exists() for row in _rows(path)]
    seen = {i["value"].lower() for r in earlier for f in ("pii", "keep") for i in r[f]}
    return sorted({i["value"] for r in mine for f in ("pii", "keep") for i in r[f] if i["value"].lower() in seen})


if __name__ == "__main__":
    main(HERE)
    reuse()
