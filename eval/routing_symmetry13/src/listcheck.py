"""Which self-descriptions name a group that occurs in a list the project wrote: `git grep -i -w` of each check word
over plugin/ training/ benchmarks/ (only the word is grepped; no file is opened). Prints one JSON object
{description: bool} and the per-word hits, for pasting into templates.py (run once, before the freeze)."""
import json
import subprocess

from eval.routing_symmetry13.src.templates import DESCRIPTIONS


def in_lists(word: str) -> bool:
    res = subprocess.run(["git", "grep", "-q", "-i", "-w", "-F", word, "--", "plugin/", "training/", "benchmarks/"],
                         capture_output=True)
    return res.returncode == 0


if __name__ == "__main__":
    out = {}
    for lang, descs in DESCRIPTIONS.items():
        for desc, _axis, words, _flag in descs:
            hits = {w: in_lists(w) for w in words}
            out[desc] = any(hits.values())
            print(lang, json.dumps(hits, ensure_ascii=False))
    print(json.dumps(out, ensure_ascii=False))
