"""Overlap checks for blind set 47, standard library only (run before the freeze; the figures are in README.md): the
checks of eval/tools/redaction_overlap.py with this folder (which compare against every other eval/redaction_*
folder present, blind sets 2-46 included), plus an exact re-use count of planted values and identifiers against the
rows of the earlier blind sets 2-46. Only counts are printed, never a value.

    .venv/bin/python -m eval.redaction_blind47.overlap
"""
from pathlib import Path

from eval.tools import redaction_overlap as tool

HERE = Path(__file__).parent


def reused_values() -> list[str]:
    """This set's own values that an earlier set also has (for the author, before the freeze; never other rows)."""
    return tool.reused_values(HERE, 47)


if __name__ == "__main__":
    tool.main(HERE)
    tool.reuse(HERE, 47)
