"""Overlap checks for blind set 12, standard library only (run before the freeze; the figures are in README.md): the
checks of eval/tools/redaction_overlap.py with this folder.

    .venv/bin/python -m eval.redaction_blind12.overlap
"""
from pathlib import Path

from eval.tools.redaction_overlap import main

if __name__ == "__main__":
    main(Path(__file__).parent)
