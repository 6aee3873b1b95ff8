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
- ``written5.jsonl``: round-5 rows of issue 12 (training/routing/written5.py): new styles (subject line and numbered
  points, forum post, phone transcript, quoted canned reply, chat log), opt-outs in rarer words, bias hard negatives.
- ``written6.jsonl``: round-6 rows of issue 12 (training/routing/written6.py): new styles (a post to the company's
  handle, a help-centre breadcrumb, a postscript, "what happened / what I need"); AI mentions that refuse nothing
  (an opt-out withdrawn, "no AI needed", policy questions for others) beside opt-outs that look like them; bias hard
  negatives (threats naming a charge, a group or an age next to a booking, unfair fees); labelled transcripts.
- ``written7.jsonl``: round-7 rows of issue 12 (training/routing/written7.py): new styles (a voicemail transcript, a
  web contact form, a formal letter with a "Re:" line, a lower-case chat line); opt-outs that name no AI word (a
  removal with the customer's own tickets as scope, a named assistant, a nickname), relayed in the third person or
  in second-language grammar; AI mentions that refuse nothing beside a refusal-looking sentence; relayed callbacks,
  "is anyone behind this app?", appeals of automated decisions; bias hard negatives and relayed bias complaints.
- ``written8.jsonl``: round-8 rows of issue 12 (training/routing/written8.py): 700 rows written by hand, 140 per
  language, not parallel (each language in its own idiom, firms and situations); opt-outs in many registers (GDPR
  Art. 21/22 and national laws, metaphors, irony, typos, buried, P.S.), opt-outs beside a request for a person,
  near-misses, requests for a person (callbacks, "is anyone reading?", appeals, escalation), bias complaints on axes
  a vocabulary tends to miss, bias hard negatives and ordinary requests.
- ``written9.jsonl``: round-9 rows of issue 12 (training/routing/written9.py): 100 rows, 20 per language, not
  parallel: the opt-out head's speech acts (asking whether AI answered, praise, a refusal withdrawn, policy questions,
  acceptance with a condition) beside opt-outs said in the same acts (a refusal asked as a question, a consent withdrawn).
- ``written10.jsonl``: round-10 rows of issue 12 (training/routing/written10.py): 400 rows, 80 per language, not
  parallel: opt-outs in many registers (some beside a request for a person), opt-out look-alikes, person near-misses
  and indirect requests for a person.
- ``written12.jsonl``: round-15 rows of issue 12 (training/routing/written12.py): 210 long multi-part e-mails, 42 per
  language: bias complaints buried among other topics, long bias hard negatives (a group named next to a plain
  request, someone else's settled story, policy questions, pricing "discrimination"), long opt-outs, near-misses,
  requests for a person and person near-misses.
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

from . import (
    written,
    written2,
    written3,
    written4,
    written5,
    written6,
    written7,
    written8,
    written9,
    written10,
    written12,
)

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
# Round 5: a person asked for *instead of* the machine ("a real person, not a bot", "a human, not a machine", "your
# complaints team and not the automated system") refuses the machine: an opt-out, as the blind sets' labelling guide
# has it. Earlier rounds labelled these "human, no opt-out"; these rows (and every variant of one written core,
# by group) follow the guide now. A complaint about a bot with a wish for a person ("the bot keeps looping, a real
# person please") still refuses nothing.
PERSON_NOT_MACHINE = {"en-066", "tx-en-161", "tx-en-171", "tx-es-062", "tx-fr-052", "tx-de-051", "tx-pt-051",
                      "hh-es-022", "hh-de-040", "hb2-en-003", "probe2-34", "probe3-34", "b129", "c060", "c208"}
PERSON_NOT_MACHINE_GROUPS = {f"w14-handoff3-5-{lang}" for lang in ("en", "es", "fr", "de", "pt")}
# Bitext sample set (CDLA-Sharing-1.0): every "contact a human agent" request (label human); every "complaint"
# request (how to file a complaint or claim: a grievance with no characteristic, label ai_assist, a bias hard
# negative from other hands); a sample of the other intents (ordinary requests). "contact_customer_service"
# (asking for opening hours or a phone number of the service) is left out: neither clearly a request for a person
# nor clearly not.
BITEXT_AI = 1200
BITEXT_HUMAN_INTENT = "contact_human_agent"
BITEXT_HARD_NEGATIVE_INTENT = "complaint"


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
            "opt_out": bool(raw.get("opt_out")) or raw["id"] in OPT_OUT_RELABEL | PERSON_NOT_MACHINE, "source": source}


def person_not_machine(rows: list[dict]) -> list[dict]:
    """Round 5: the written rows of PERSON_NOT_MACHINE_GROUPS become opt-outs (see the comment above)."""
    return [dict(r, opt_out=True) if r.get("group") in PERSON_NOT_MACHINE_GROUPS else r for r in rows]


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
    human = [r for r in data if r["intent"] == BITEXT_HUMAN_INTENT]
    grievance = [r for r in data if r["intent"] == BITEXT_HARD_NEGATIVE_INTENT]
    plain = [r for r in data if r["intent"] not in (BITEXT_HUMAN_INTENT, BITEXT_HARD_NEGATIVE_INTENT,
                                                    "contact_customer_service")]
    picked = ([(r, "human") for r in human] + [(r, "ai_assist") for r in grievance]
              + [(r, "ai_assist") for r in rng.sample(plain, BITEXT_AI)])
    return [{"id": f"bitext-{i:04d}", "text": r["instruction"], "lang": "en", "label": label, "opt_out": False,
             "source": f"bitext:{r['intent']}"} for i, (r, label) in enumerate(picked)]


def kept(rows: list[dict], banned: set[str]) -> list[dict]:
    """The rows whose folded text is neither banned nor an earlier row's."""
    seen: set[str] = set()
    out = []
    for r in rows:
        key = fold(r["text"])
        if key in banned or key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _write(name: str, rows: list[dict], banned: set[str]) -> int:
    rows = kept(rows, banned)
    (DATA / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bitext", type=Path)
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    banned = test_strings()
    print("project.jsonl", _write("project.jsonl", project_rows(), banned))
    print("written.jsonl", _write("written.jsonl", [dict(r, source="written12") for r in written.rows()], banned))
    print("written2.jsonl", _write("written2.jsonl", [dict(r, source="written12b") for r in written2.rows()], banned))
    print("written3.jsonl", _write("written3.jsonl", [dict(r, source="written12c")
                                                      for r in person_not_machine(written3.rows())], banned))
    print("written4.jsonl", _write("written4.jsonl", [dict(r, source="written12d") for r in written4.rows()], banned))
    print("written5.jsonl", _write("written5.jsonl", [dict(r, source="written12e") for r in written5.rows()], banned))
    print("written6.jsonl", _write("written6.jsonl", [dict(r, source="written12f") for r in written6.rows()], banned))
    print("written7.jsonl", _write("written7.jsonl", [dict(r, source="written12g") for r in written7.rows()], banned))
    print("written8.jsonl", _write("written8.jsonl", [dict(r, source="written12h") for r in written8.rows()], banned))
    print("written9.jsonl", _write("written9.jsonl", [dict(r, source="written12i") for r in written9.rows()], banned))
    print("written10.jsonl", _write("written10.jsonl", [dict(r, source="written12j") for r in written10.rows()], banned))
    print("written12.jsonl", _write("written12.jsonl", [dict(r, source="written12l") for r in written12.rows()], banned))
    if args.bitext:
        print("bitext.jsonl", _write("bitext.jsonl", bitext_rows(args.bitext), banned))


if __name__ == "__main__":
    main()
