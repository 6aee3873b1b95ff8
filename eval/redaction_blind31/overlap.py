"""Overlap checks for blind set 31, standard library only (run before the freeze; the figures are in README.md): the
checks of eval/tools/redaction_overlap.py with this folder (text: every other eval/redaction_* folder present in the
worktree, which includes the fresh folders of sets 27-30 and, if present, 32 -- counts only, their files never opened
by the author), plus an exact re-use count of planted values and identifiers against the rows of the spent blind sets
2-26 only (`reuse(HERE, 27)`, so the printed label is "2-26"). Only counts are printed, never a value.

    .venv/bin/python -m eval.redaction_blind31.overlap
"""
from pathlib import Path

from eval.tools import redaction_overlap as tool

HERE = Path(__file__).parent
SPENT_UP_TO = 27  # reuse() compares with blind sets 2 .. SPENT_UP_TO - 1


def reused_values() -> list[str]:
    """This set's own values that a spent set (2-26) also has (for the author, before the freeze; never other rows)."""
    return tool.reused_values(HERE, SPENT_UP_TO)


if __name__ == "__main__":
    tool.main(HERE)
    tool.reuse(HERE, SPENT_UP_TO)
