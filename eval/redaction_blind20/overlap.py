"""Overlap checks for blind set 20, standard library only (run before the freeze; the figures are in README.md): the
checks of eval/tools/redaction_overlap.py with this folder (which compare against every other eval/redaction_*
folder, blind sets 11-18 included), plus an exact re-use count of planted values and identifiers against the rows
of the earlier blind sets 2-18 (the tool reads sets 2-19; set 19, written in parallel, was absent from this
worktree at the freeze, so the printed label "2-19" covered sets 2-18). Only counts are printed, never a value.

    .venv/bin/python -m eval.redaction_blind20.overlap
"""
from pathlib import Path

from eval.tools import redaction_overlap as tool

HERE = Path(__file__).parent


def reused_values() -> list[str]:
    """This set's own values that an earlier set also has (for the author, before the freeze; never other rows)."""
    return tool.reused_values(HERE, 20)


if __name__ == "__main__":
    tool.main(HERE)
    tool.reuse(HERE, 20)
