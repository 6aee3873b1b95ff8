"""Overlap checks for blind set 61, standard library only (run before the freeze; the figures are in README.md): the
text check of eval/tools/redaction_overlap.py with this folder (character 5-gram Jaccard against every other
eval/redaction_* folder present, blind sets 2-59 included, tests, training data, routing rows, Presidio sample), plus
an exact re-use count of planted values and identifiers against the rows of blind sets 2-59. Blind set 60 (fresh,
not yet judged) is left out of both on purpose: its folder is dropped from the listing before any file is opened.
The name-list check of the tool is not run (its author did not read or count the redactor's name lists). Only counts
are printed, never a value.

    .venv/bin/python -m eval.redaction_blind61.overlap
"""
import json
from pathlib import Path

from eval.tools import redaction_overlap as tool

HERE = Path(__file__).parent
FRESH = {"redaction_blind60"}
_units = tool.earlier_units


def _earlier_units(folder: Path):
    """The tool's units with the fresh set's folder dropped from its `eval/redaction_*` listing (never opened)."""
    real_glob = Path.glob

    def glob(self, pattern):
        return (p for p in real_glob(self, pattern) if p.name not in FRESH)

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
    return tool.reused_values(HERE, 61)


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "blind.jsonl").read_text(encoding="utf-8").splitlines() if line]
    best, origins, units = tool.text_overlap(HERE, [r["text"] for r in rows])
    over = sum(b >= tool.THRESHOLD for b in best)
    print(f"text: {len(rows)} tickets against {units} earlier units (set 60 left out); max 5-gram Jaccard "
          f"{max(best):.3f}, median {sorted(best)[len(best) // 2]:.3f}; tickets >= {tool.THRESHOLD}: {over} "
          f"{dict(origins)}")
    tool.reuse(HERE, 61)


if __name__ == "__main__":
    main()
