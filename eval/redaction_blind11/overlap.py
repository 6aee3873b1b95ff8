"""Overlap checks for blind set 11, standard library only (run before the freeze; the figures are in README.md): the
checks of eval/tools/redaction_overlap.py with this folder (which compare against every other eval/redaction_*
folder, blind set 10 included), plus an exact re-use count of planted values and identifiers against the rows of
the earlier blind sets 2-10. Only counts are printed, never a value.

    .venv/bin/python -m eval.redaction_blind11.overlap
"""
from pathlib import Path

from eval.tools.redaction_overlap import main, reuse

HERE = Path(__file__).parent

if __name__ == "__main__":
    main(HERE)
    reuse(HERE, 11)
