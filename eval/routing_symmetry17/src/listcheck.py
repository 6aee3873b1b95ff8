"""Which self-descriptions name a group that occurs in a list the project wrote: `git grep -i -w -F` of each check
word over plugin/ training/ benchmarks/ (set 13's method; only the word is grepped, no file is opened), with the
fresh claims sets the preamble forbids excluded from the pathspec. Prints the per-word hits and one JSON object
{description: bool} (run once, before the freeze)."""
import json
import subprocess
import sys

SPEC = ["plugin/", "training/", "benchmarks/", ":(exclude)benchmarks/guards/claims_eval35",
        ":(exclude)benchmarks/guards/claims_eval36"]


def in_lists(word: str) -> bool:
    res = subprocess.run(["git", "grep", "-q", "-i", "-w", "-F", word, "--", *SPEC], capture_output=True)
    return res.returncode == 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "draft":
        from eval.routing_symmetry17.src.descriptions_draft import DRAFT as DESCS
        descs = {lang: [(d, a, w, None) for d, a, w in v] for lang, v in DESCS.items()}
    else:
        from eval.routing_symmetry17.src.templates import DESCRIPTIONS as descs
    out = {}
    for lang, items in descs.items():
        for desc, _axis, words, _flag in items:
            hits = {w: in_lists(w) for w in words}
            out[desc] = any(hits.values())
            print(lang, json.dumps(hits, ensure_ascii=False))
    print(json.dumps(out, ensure_ascii=False))
