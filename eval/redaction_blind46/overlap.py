"""Overlap checks for blind set 46, standard library only (run before the freeze; the figures are in README.md): the
text check of eval/tools/redaction_overlap.py with this folder (character 5-gram Jaccard against every other
eval/redaction_* folder present, blind sets 2-44 included, tests, training data, routing rows, Presidio sample), plus
an exact re-use count of planted values and identifiers against the rows of blind sets 2-44. Blind set 45 (fresh,
being judged in the same session) is left out of both on purpose. The name-list check of the tool is not run (its
author did not read or count the redactor's name lists). Only counts are printed, never a value.

    .venv/bin/python -m eval.redaction_blind46.overlap
"""
import json
from pathlib import Path

from eval.tools import redaction_overlap as tool

HERE = Path(__file__).parent
FRESH = {"redaction_blind45"}
_units = tool.earlier_units


def _earlier_units(folder: Path):
    return ((origin, text) for origin, text in _units(folder) if origin not in FRESH)


def _earlier_rows(number: int) -> list[dict]:
    paths = [tool.ROOT / "eval" / f"redaction_blind{n}" / "blind.jsonl" for n in range(2, number) if n != 45]
    return [row for path in paths if path.exists() for row in tool._rows(path)]


tool.earlier_units = _earlier_units
tool._earlier_rows = _earlier_rows


def reused_values() -> list[str]:
    """This set's own values that an earlier set also has (for the author, before the freeze; never other rows)."""
    return tool.reused_values(HERE, 46)


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "blind.jsonl").read_text(encoding="utf-8").splitlines() if line]
    best, origins, units = tool.text_overlap(HERE, [r["text"] for r in rows])
    over = sum(b >= tool.THRESHOLD for b in best)
    print(f"text: {len(rows)} tickets against {units} earlier units (set 45 left out); max 5-gram Jaccard "
          f"{max(best):.3f}, median {sorted(best)[len(best) // 2]:.3f}; tickets >= {tool.THRESHOLD}: {over} "
          f"{dict(origins)}")
    tool.reuse(HERE, 46)


if __name__ == "__main__":
    main()
