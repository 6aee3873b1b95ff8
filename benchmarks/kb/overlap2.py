"""Overlap check for questions2.jsonl: no row may be a near duplicate of an older question or KB query.

    python3 benchmarks/kb/overlap2.py        # standard library only; exit code 1 if any pair reaches the limit

A pair is a near duplicate when the Jaccard similarity of the two texts' character 5-gram sets is 0.5 or more.
Texts are compared after normalisation (accents stripped, lower case, every run of non-alphanumeric
characters made one space), so a copy with the accents or punctuation dropped still counts as a copy.

Compared against (the brief's three sources first, then extra ones):
  questions.jsonl, dev_questions.jsonl, every string literal of tests/unit/test_kb_offline.py (its KB queries);
  extra: string literals of tests/unit/test_knowledge.py and tests/functional/test_help_center_grounding.py,
  the comment bodies of plugin/samples/tickets/*.json (tickets 101 and 106 served for tuning),
  and the rows of questions2.jsonl among themselves.
Also reported: any older text (20+ normalised characters) found whole inside a new row, which 5-gram Jaccard
misses when a long e-mail quotes a short question.
"""
from __future__ import annotations

import ast
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LIMIT = 0.5
N = 5


def normalise(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", text.lower()).strip()


def grams(text: str) -> frozenset[str]:
    t = normalise(text)
    return frozenset(t[i:i + N] for i in range(max(1, len(t) - N + 1)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def jsonl_texts(path: Path) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(f"{path.name}:{r['id']}", r["text"]) for r in rows]


def literals(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(f"{path.name}:{node.lineno}", node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(normalise(node.value)) >= 10]


def ticket_bodies(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for comment in data.get("comments", []):
            found.append((f"ticket {path.stem}", comment.get("body", "")))
        if data.get("ticket", {}).get("subject"):
            found.append((f"ticket {path.stem} subject", data["ticket"]["subject"]))
    return found


def references() -> dict[str, list[tuple[str, str]]]:
    return {
        "questions.jsonl": jsonl_texts(HERE / "questions.jsonl"),
        "dev_questions.jsonl": jsonl_texts(HERE / "dev_questions.jsonl"),
        "test_kb_offline.py": literals(ROOT / "tests" / "unit" / "test_kb_offline.py"),
        "extra: test_knowledge.py": literals(ROOT / "tests" / "unit" / "test_knowledge.py"),
        "extra: test_help_center_grounding.py": literals(ROOT / "tests" / "functional" / "test_help_center_grounding.py"),
        "extra: sample tickets": ticket_bodies(ROOT / "plugin" / "samples" / "tickets"),
    }


def main() -> int:
    new = jsonl_texts(HERE / "questions2.jsonl")
    new_grams = [(rid, text, grams(text)) for rid, text in new]
    refs = references()
    refs["questions2.jsonl (within)"] = new
    failures = 0
    print(f"questions2.jsonl: {len(new)} rows; near duplicate = character {N}-gram Jaccard >= {LIMIT}")
    print("| compared with | texts | highest Jaccard (pair) | pairs >= limit | older text inside a new row |")
    print("|---|---|---|---|---|")
    for name, texts in refs.items():
        ref_grams = [(rid, grams(text), normalise(text)) for rid, text in texts]
        best, pair, hits, inside = 0.0, "–", 0, 0
        for rid, text, g in new_grams:
            norm = normalise(text)
            for ref_id, rg, ref_norm in ref_grams:
                if name.endswith("(within)") and ref_id <= rid:
                    continue
                score = jaccard(g, rg)
                if score > best:
                    best, pair = score, f"{rid} ~ {ref_id}"
                hits += score >= LIMIT
                inside += len(ref_norm) >= 20 and ref_norm in norm and not name.endswith("(within)")
        failures += hits + inside
        print(f"| {name} | {len(texts)} | {best:.2f} ({pair}) | {hits} | {inside} |")
    print("result:", "PASS, no near duplicate" if not failures else f"FAIL, {failures} near duplicate(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
