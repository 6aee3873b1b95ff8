"""Records which description keys occur in a list the project wrote: `git grep -i -w -F -q KEY` over plugin/,
training/ and benchmarks/ (the word only; no file is opened or printed). The fresh claims sets 23/24 are excluded
(not ours to touch). Writes src/list_check.json, which build.py reads; run from the repository root:

    .venv/bin/python -m eval.routing_symmetry3.src.check_lists
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from eval.routing_symmetry3.src.templates import DESCRIPTIONS

HERE = Path(__file__).resolve().parent
SPECS = ["plugin", "training", "benchmarks", ":!benchmarks/guards/claims_eval23", ":!benchmarks/guards/claims_eval24"]


def in_lists(key: str) -> bool:
    run = subprocess.run(["git", "grep", "-i", "-w", "-F", "-q", "-e", key, "--", *SPECS], capture_output=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"git grep failed ({run.returncode})")
    return run.returncode == 0


def main() -> None:
    out = {lang: {text: any(in_lists(k) for k in keys.split("|")) for text, _axis, keys in rows} for lang, rows in DESCRIPTIONS.items()}
    (HERE / "list_check.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for lang, keys in out.items():
        print(lang, f"{sum(not v for v in keys.values())}/{len(keys)} not in any list")


if __name__ == "__main__":
    main()
