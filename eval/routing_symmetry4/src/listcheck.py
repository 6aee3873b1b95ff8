"""Not-in-list check (run once by the author, result frozen in in_lists.json).

For each self-description, each group word is looked up with `git grep -q -i -w -F` over plugin/ training/
benchmarks/ (the lists the project wrote). Only the word is searched; no file is read. A description is
in_project_lists if any of its words is found; bare ages (no word) count as in-list.

    .venv/bin/python -m eval.routing_symmetry4.src.listcheck
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from .templates import DESCRIPTIONS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
PATHS = ["plugin/", "training/", "benchmarks/", ":(exclude)benchmarks/guards/claims_eval27"]


def found(word: str) -> bool:
    run = subprocess.run(["git", "grep", "-q", "-i", "-w", "-F", "-e", word, "--", *PATHS], cwd=ROOT)
    return run.returncode == 0


def main() -> None:
    result = {}
    for lang, descs in DESCRIPTIONS.items():
        for desc, _axis, keys in descs:
            hits = [k for k in keys if found(k)] if keys else None
            result[f"{lang}\t{desc}"] = {"in_project_lists": True if keys is None else bool(hits),
                                         "words": keys, "found": hits}
    (HERE / "in_lists.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for lang in DESCRIPTIONS:
        n = sum(not v["in_project_lists"] for k, v in result.items() if k.startswith(lang + "\t"))
        print(lang, "not in any list:", n, "/", len(DESCRIPTIONS[lang]))


if __name__ == "__main__":
    main()
