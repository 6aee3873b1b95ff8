"""Not-in-list check (run once before freezing): is each description's group word in any file the project wrote
under plugin/, training/ or benchmarks/?  `git grep -q -i -w -F <word>` only (the files are not read or printed).
The fresh, unopened folders benchmarks/guards/claims_eval23 and claims_eval24 are excluded. Writes in_lists.json."""
import json
import pathlib
import subprocess

from eval.routing_symmetry2.src.templates import DESCRIPTIONS

HERE = pathlib.Path(__file__).parent
PATHS = ["plugin/", "training/", "benchmarks/", ":(exclude)benchmarks/guards/claims_eval23",
         ":(exclude)benchmarks/guards/claims_eval24"]


def in_lists(word: str) -> bool:
    r = subprocess.run(["git", "grep", "-q", "-i", "-w", "-F", "-e", word, "--", *PATHS], capture_output=True)
    if r.returncode not in (0, 1):
        raise SystemExit(r.stderr.decode())
    return r.returncode == 0


if __name__ == "__main__":
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    out = {lang: {key: in_lists(key) for _, _, key in ds} for lang, ds in DESCRIPTIONS.items()}
    (HERE / "in_lists.json").write_text(json.dumps({"commit": commit, "keys": out}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    for lang, keys in out.items():
        print(lang, f"not in lists {sum(not v for v in keys.values())}/{len(keys)}:",
              ", ".join(k for k, v in keys.items() if not v))
