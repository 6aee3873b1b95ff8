"""Not-in-list check for routing symmetry set 21 (same method as set 16's datasheet): for each description's check
word(s), runs `git grep -q -i -w -F -e WORD <commit> -- plugin/ training/ benchmarks/` (minus the fresh claims sets
37 and 38, which no session may read) on the commit this branch started from. Only the exit status is used; no
file is opened. Writes src/listcheck_output.json (description -> {word: hit}) and src/listcheck_output.txt.

    .venv/bin/python -m eval.routing_symmetry21.src.listcheck
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from eval.routing_symmetry21.src.templates import DESCRIPTIONS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
BASE_COMMIT = "87922e50"
PATHS = ["plugin/", "training/", "benchmarks/", ":!benchmarks/guards/claims_eval37", ":!benchmarks/guards/claims_eval38"]


def in_lists(word: str) -> bool:
    run = subprocess.run(["git", "grep", "-q", "-i", "-w", "-F", "-e", word, BASE_COMMIT, "--", *PATHS], cwd=ROOT)
    return run.returncode == 0


def main() -> None:
    result: dict[str, dict[str, dict[str, bool]]] = {}
    lines = [f"git grep -q -i -w -F on {BASE_COMMIT} -- {' '.join(PATHS)}"]
    for lang, descs in DESCRIPTIONS.items():
        result[lang] = {}
        for text, _axis, words in descs:
            hits = {w: in_lists(w) for w in words}
            result[lang][text] = hits
            lines.append(f"{lang}\t{any(hits.values())}\t{text}\t" + ", ".join(f"{w}={h}" for w, h in hits.items()))
        n = sum(not any(h.values()) for h in result[lang].values())
        lines.append(f"{lang}: in no list {n}/{len(descs)}")
    (HERE / "listcheck_output.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    (HERE / "listcheck_output.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(x for x in lines if ": in no list" in x))


if __name__ == "__main__":
    main()
