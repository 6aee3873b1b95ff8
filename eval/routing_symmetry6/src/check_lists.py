"""Prints, per self-description, whether its grep key occurs as a whole word (case-insensitive) anywhere under
plugin/, training/ or benchmarks/ (the folders the project wrote lists in), via `git grep -i -w -F -q`.
Only the word is grepped; no file is opened. The two fresh claims_eval folders are excluded from the pathspec.
The result was copied by hand into IN_PROJECT_LISTS in build.py (run from the repository root)."""
from __future__ import annotations

import subprocess

from eval.routing_symmetry6.src.templates import DESCRIPTIONS

PATHS = ["plugin", "training", "benchmarks", ":!benchmarks/guards/claims_eval28", ":!benchmarks/guards/claims_eval29"]


def in_lists(key: str) -> bool:
    res = subprocess.run(["git", "grep", "-i", "-w", "-F", "-q", "-e", key, "--", *PATHS], capture_output=True)
    return res.returncode == 0


if __name__ == "__main__":
    for lang, descs in DESCRIPTIONS.items():
        found = {d: any(in_lists(k) for k in keys) for d, _axis, keys in descs}
        print(f"{lang}: {sum(not v for v in found.values())}/{len(found)} not in any list")
        for d, v in found.items():
            print(f"  {v!s:5}  {d}")
