"""Overlap checks for blind set 49, standard library only (run before the freeze; the figures are in README.md): the
text check of eval/tools/redaction_overlap.py with this folder (character 5-gram Jaccard against every other
eval/redaction_* folder present, blind sets 2-46 included, tests, training data, routing rows, Presidio sample), plus
an exact re-use count of planted values and identifiers against the rows of blind sets 2-46. Blind sets 47 and 48
(fresh, written in the same session) are left out of both on purpose, and their folders are never opened (they are
skipped before any file in them is read). The name-list check of the tool is not run (its author did not read or
count the redactor's name lists). Only counts are printed, never a value.

    .venv/bin/python -m eval.redaction_blind49.overlap
"""
import json
from pathlib import Path

from eval.tools import redaction_overlap as tool

HERE = Path(__file__).parent
NUMBER = 49
FRESH = {"redaction_blind47", "redaction_blind48"}
_units = tool.earlier_units


def _earlier_units(folder: Path):
    """The tool's units, with the fresh folders skipped before they are opened."""
    real_glob = Path.glob

    def glob(self: Path, pattern: str):
        found = real_glob(self, pattern)
        if self == tool.ROOT / "eval" and pattern == "redaction_*":
            return (p for p in found if p.name not in FRESH)
        return found

    Path.glob = glob
    try:
        yield from _units(folder)
    finally:
        Path.glob = real_glob


def _earlier_rows(number: int) -> list[dict]:
    paths = [tool.ROOT / "eval" / f"redaction_blind{n}" / "blind.jsonl" for n in range(2, number)
             if f"redaction_blind{n}" not in FRESH]
    return [row for path in paths if path.exists() for row in tool._rows(path)]


tool.earlier_units = _earlier_units
tool._earlier_rows = _earlier_rows


def reused_values() -> list[str]:
    """This set's own values that an earlier set also has (for the author, before the freeze; never other rows)."""
    return tool.reused_values(HERE, NUMBER)


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "blind.jsonl").read_text(encoding="utf-8").splitlines() if line]
    best, origins, units = tool.text_overlap(HERE, [r["text"] for r in rows])
    over = sum(b >= tool.THRESHOLD for b in best)
    print(f"text: {len(rows)} tickets against {units} earlier units (sets 47 and 48 left out); max 5-gram Jaccard "
          f"{max(best):.3f}, median {sorted(best)[len(best) // 2]:.3f}; tickets >= {tool.THRESHOLD}: {over} "
          f"{dict(origins)}")
    tool.reuse(HERE, NUMBER)


if __name__ == "__main__":
    main()
