"""Not-in-list check: for every grep word of every self-description, `git grep -i -w -F -l` over plugin/,
training/ and benchmarks/ (only the word is grepped; no file is opened). Writes in_lists.json:
{lang: {description: {"in_project_lists": bool, "hits": {word: n_files}}}}.

    python -m eval.routing_symmetry5.src.listcheck"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from eval.routing_symmetry5.src.templates import DESCRIPTIONS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent


def files_with(word: str) -> int:
    run = subprocess.run(["git", "grep", "-i", "-w", "-F", "-l", "-e", word, "--", "plugin", "training",
                          "benchmarks"], capture_output=True, text=True, cwd=ROOT)
    return len([x for x in run.stdout.splitlines() if x.strip()])


def main() -> None:
    out: dict[str, dict] = {}
    for lang, descs in DESCRIPTIONS.items():
        out[lang] = {}
        for desc, _axis, words in descs:
            hits = {w: files_with(w) for w in words}
            out[lang][desc] = {"in_project_lists": (not words) or any(hits.values()), "hits": hits}
    (HERE / "in_lists.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for lang, d in out.items():
        print(lang, sum(not v["in_project_lists"] for v in d.values()), "of", len(d), "not in any list")


if __name__ == "__main__":
    main()
