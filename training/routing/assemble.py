"""Gathers every routing training row into training/routing/data/ (one folder; see DATASHEET.md there).

    .venv/bin/python -m training.routing.assemble [--bitext PATH_TO_Bitext_Sample_Customer_Support_Training_Dataset.csv]

- ``project.jsonl``: the project's earlier labelled sets (benchmarks/routing/*.jsonl, benchmarks/routing_blind,
  eval/routing_blind2 — spent, scored six times, now training data), normalised to one shape.
- ``written.jsonl``: rows written for issue 12 (training/routing/written.py).
- ``written2.jsonl``: round-2 rows of issue 12 (training/routing/written2.py): opt-outs, requests for a person and
  the hard negatives beside them, five languages, several styles.
- ``written4.jsonl``: round-4 rows of issue 12 (training/routing/written4.py): opt-outs said for someone else,
  in app reviews, beside a request for a person, conditional, very short, with typos; AI mentions that refuse nothing.
- ``written3.jsonl``: round-3 rows of issue 12 (training/routing/written3.py): bias complaints (pregnancy, marital
  status, national origin), bias hard negatives, unfair treatment + a request for a person (human), AI mentions.
- ``bitext.jsonl``: a fixed sample of the Bitext customer-support sample set (CDLA-Sharing-1.0): ordinary
  requests and requests for a human agent, English. Only rebuilt when ``--bitext`` is given.

Rows whose text is a string in a routing test, a ticket of the prompt-injection corpus or a row of an evaluation
set are left out, so no test can use a training row (tests/unit/test_routing_data.py checks it). Deterministic.
"""
from __future__ import annotations

import argparse
import ast
import csv
import json
import random
from pathlib import Path

from plugin.core.routing.text import fold

from . import written, written2, written3, written4

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
PROJECT_SOURCES = ["benchmarks/routing/labelled.jsonl", "benchmarks/routing/train_extra.jsonl",
                   "benchmarks/routing/train_extra2.jsonl", "benchmarks/routing/handoff_extra.jsonl",
                   "benchmarks/routing/handoff_heldout.jsonl", "benchmarks/routing/heldout2.jsonl",
                   "benchmarks/routing/probes.jsonl", "benchmarks/routing_blind/blind.jsonl",
                   "eval/routing_blind2/blind2.jsonl"]
TEST_FILES = sorted((ROOT / "tests").rglob("test_routing*.py")) + [ROOT / "tests/functional/test_prompt_injection.py"]
INJECTION_CORPUS = ROOT / "tests/fixtures/injection/corpus.jsonl"
EVAL_SETS = [ROOT / "eval/routing_blind3/blind3.jsonl", ROOT / "eval/routing_blind4/blind4.jsonl"]
# Earlier rows that refuse a bot or automated replies for the customer's own messages but were not flagged as
# opt-outs. Round 2 follows the labelling guide of DATASHEET.md ("refuses AI / chatbot / automated handling of
# their messages, in any words"); a wish for a person with a complaint about a bot ("the bot just loops, a real
# person please") stays no opt-out.
OPT_OUT_RELABEL = {"hb2-es-040", "tx2-en-097", "tx-en-181", "c119", "probe1-31", "en-068"}
BITEXT_AI = 500
BITEXT_HUMAN = 120


def test_strings() -> set[str]:
    """Every string constant of the routing tests, folded."""
    out: set[str] = set()
    for path in TEST_FILES:
        if path.exists():
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 8:
                    out.add(fold(node.value))
    for line in INJECTION_CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.add(fold(json.loads(line)["ticket"]))
    for path in EVAL_SETS:
        out |= {fold(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line}
    from eval.routing_written_test.score import rows as held_out
    from eval.routing_written_test2.score import rows as held_out2
    from eval.routing_written_test3.score import rows as held_out3
    out |= {fold(r["text"]) for r in held_out() + held_out2() + held_out3()}
    return out


def _row(source: str, raw: dict) -> dict:
    return {"id": raw["id"], "text": raw["text"], "lang": raw.get("lang", "en"), "label": raw["label"],
            "opt_out": bool(raw.get("opt_out")) or raw["id"] in OPT_OUT_RELABEL, "source": source}


def project_rows() -> list[dict]:
    rows = []
    for rel in PROJECT_SOURCES:
        for line in (ROOT / rel).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(_row(rel, json.loads(line)))
    return rows


def bitext_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        data = list(csv.DictReader(fh))
    rng = random.Random(12)
    human = [r for r in data if r["intent"] == "contact_human_agent"]
    plain = [r for r in data if r["intent"] not in ("contact_human_agent", "contact_customer_service", "complaint")]
    picked = [(r, "human") for r in rng.sample(human, BITEXT_HUMAN)] + [(r, "ai_assist") for r in
                                                                        rng.sample(plain, BITEXT_AI)]
    return [{"id": f"bitext-{i:04d}", "text": r["instruction"], "lang": "en", "label": label, "opt_out": False,
             "source": f"bitext:{r['intent']}"} for i, (r, label) in enumerate(picked)]


def _write(name: str, rows: list[dict], banned: set[str]) -> int:
    seen: set[str] = set()
    kept = []
    for r in rows:
        key = fold(r["text"])
        if key in banned or key in seen:
            continue
        seen.add(key)
        kept.append(r)
    (DATA / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
    return len(kept)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bitext", type=Path)
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    banned = test_strings()
    print("project.jsonl", _write("project.jsonl", project_rows(), banned))
    print("written.jsonl", _write("written.jsonl", [dict(r, source="written12") for r in written.rows()], banned))
    print("written2.jsonl", _write("written2.jsonl", [dict(r, source="written12b") for r in written2.rows()], banned))
    print("written3.jsonl", _write("written3.jsonl", [dict(r, source="written12c") for r in written3.rows()], banned))
    print("written4.jsonl", _write("written4.jsonl", [dict(r, source="written12d") for r in written4.rows()], banned))
    if args.bitext:
        print("bitext.jsonl", _write("bitext.jsonl", bitext_rows(args.bitext), banned))


if __name__ == "__main__":
    main()
