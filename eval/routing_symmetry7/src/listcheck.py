"""Records which self-descriptions name a group that occurs in a list the project wrote.

    .venv/bin/python -m eval.routing_symmetry7.src.listcheck

For each description, every group word of templates.DESCRIPTIONS (and its accent-free form) is looked up with
`git grep -q -i -w -F` over plugin/ training/ benchmarks/ (only whether the word occurs; no file is opened or printed).
A bare age ("AGE") counts as in the lists. Writes src/in_lists.json: {lang: {description: [words found]}}; build.py
sets in_project_lists = bool(words found). Run once at the freeze (commit recorded in the README)."""
from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path

from eval.routing_symmetry7.src.templates import DESCRIPTIONS

OUT = Path(__file__).resolve().parent / "in_lists.json"
ROOT = Path(__file__).resolve().parents[3]


def plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def found(word: str) -> bool:
    cmd = ["git", "grep", "-q", "-i", "-w", "-F", "-e", word, "--", "plugin", "training", "benchmarks"]
    return subprocess.run(cmd, cwd=ROOT).returncode == 0


def main() -> None:
    result: dict[str, dict[str, list[str]]] = {}
    for lang, descs in DESCRIPTIONS.items():
        result[lang] = {}
        for desc, _axis, words in descs:
            if words == "AGE":
                result[lang][desc] = ["(bare age)"]
                continue
            forms = sorted({f for w in words.split("|") for f in (w, plain(w))})
            result[lang][desc] = [f for f in forms if found(f)]
        outside = sum(not v for v in result[lang].values())
        print(f"{lang}: {outside}/{len(descs)} descriptions name no group word found in plugin/ training/ benchmarks/")
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
