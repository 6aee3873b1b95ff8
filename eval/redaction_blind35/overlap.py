"""Overlap checks for blind set 35, standard library only (run before the freeze; the figures are in README.md): the
checks of eval/tools/redaction_overlap.py with this folder (which compare against every other eval/redaction_*
folder present in this worktree, blind sets 2-34 included), plus an exact re-use count of planted values and
identifiers against the rows of blind sets 2-34 (set 36, written in parallel, is absent). Only counts are printed.

    .venv/bin/python -m eval.redaction_blind35.overlap
"""
from pathlib import Path

from eval.tools import redaction_overlap as tool

HERE = Path(__file__).parent


def reused_values() -> list[str]:
    """This set's own values that an earlier set also has (for the author, before the freeze; never other rows)."""
    return tool.reused_values(HERE, 35)


if __name__ == "__main__":
    tool.main(HERE)
    tool.reuse(HERE, 35)
