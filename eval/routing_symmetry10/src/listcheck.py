"""The not-in-list check: `git grep -q -i -w -F WORD -- plugin training benchmarks` for each grep word of each
description (prints only the word and found/not found; never reads or prints the files). A description counts as
in_project_lists if any of its words is found. Output is saved in listcheck.json and read by build.py."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from eval.routing_symmetry10.src.templates import DESCRIPTIONS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def found(word: str) -> bool:
    run = subprocess.run(["git", "grep", "-q", "-i", "-w", "-F", word, "--", "plugin", "training", "benchmarks"],
                         cwd=ROOT, capture_output=True)
    return run.returncode == 0


def main() -> None:
    words = sorted({w for descs in DESCRIPTIONS.values() for _, _, ws in descs for w in ws})
    result = {w: found(w) for w in words}
    (HERE / "listcheck.json").write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                         encoding="utf-8")
    for w in words:
        print(f"{'FOUND' if result[w] else 'absent'}\t{w}")


if __name__ == "__main__":
    main()
