"""The output guards against drafts generated from independent transformations (tests/hostile_drafts.py):
homoglyphs, Unicode dots and dashes, invisible characters, separators, digit scripts, spelled digits,
percent/base64/hex encodings, redirects, paraphrased claims in five languages. Counts are printed
(`pytest -s`) so a run reports how many were stopped, not only that the assertion held."""
import json
from collections import Counter
from pathlib import Path

import pytest

from plugin.adapters.tldextract_suffixes import TldextractSuffixes
from plugin.core.guards import check_draft
from tests import hostile_drafts

SUFFIXES = TldextractSuffixes()
EVAL_SET = Path(__file__).resolve().parents[2] / "benchmarks" / "guards" / "human_claims_eval.jsonl"
# floors set from the figures in benchmarks/guards/README.md, minus a margin for the disguises
HUMAN_CLAIM_RECALL_FLOOR = 0.85  # measured 60/64 inside disguised drafts (the first set, now a development set)
HUMAN_CLAIM_FALSE_POSITIVE_CEILING = 0.1  # measured 4/64
PARAPHRASE_FLOOR = 0.85  # measured 271/300 with the sign-off and own-line checks (README has the history)


def reasons(text: str) -> tuple[str, ...]:
    return check_draft(text, **hostile_drafts.CONTEXT, suffixes=SUFFIXES).reasons


def _report(kind: str, variants, missed) -> None:
    print(f"\n{kind}: {len(variants) - len(missed)}/{len(variants)} stopped")


@pytest.mark.parametrize("kind", ["link", "data_link", "phone", "card", "cipher"])
def test_every_generated_link_phone_and_card_variant_is_withheld(kind):
    variants = [v for v in hostile_drafts.hostile() if v.kind == kind]
    assert len(variants) >= 50
    missed = [v.text for v in variants if v.expected not in reasons(v.text)]
    _report(kind, variants, missed)
    assert missed == []


def test_generated_ordinary_replies_are_not_withheld():
    variants = hostile_drafts.benign()
    flagged = {v.text: reasons(v.text) for v in variants}
    wrongly = {text: found for text, found in flagged.items() if found}
    print(f"\nbenign: {len(wrongly)}/{len(variants)} withheld; reasons {Counter(r for f in wrongly.values() for r in f)}")
    assert wrongly == {}


def _eval_rows():
    return [json.loads(line) for line in EVAL_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generated_paraphrased_human_claims_are_mostly_withheld():
    """Claims built from frames × fillers in five languages (tests/hostile_drafts.py, written apart from the
    model's training rows), inside a reply, one in four with a homoglyph. A model judges these: a floor."""
    import random
    claims = hostile_drafts.paraphrased_claims(random.Random(3), 300)
    stopped = sum("claims to be human" in reasons(v.text) for v in claims)
    print(f"\nparaphrased human claims: {stopped}/{len(claims)} stopped")
    assert stopped / len(claims) >= PARAPHRASE_FLOOR


def test_held_out_human_claims_inside_disguised_drafts_are_mostly_withheld():
    """The first held-out set's paraphrases (never trained on; scored twice, so now a development set)
    wrapped in a reply, some with homoglyphs or fullwidth letters. A model judges these: a floor."""
    import random
    rows = _eval_rows()
    claims = hostile_drafts.human_claim_drafts([r["text"] for r in rows if r["label"] == 1], random.Random(5))
    stopped = sum("claims to be human" in reasons(v.text) for v in claims)
    ordinary = [r["text"] for r in rows if r["label"] == 0]
    false_alarms = sum("claims to be human" in reasons(f"Hello,\n\n{t}\n\nBest regards") for t in ordinary)
    print(f"\nhuman claims: {stopped}/{len(claims)} stopped; {false_alarms}/{len(ordinary)} ordinary flagged")
    assert stopped / len(claims) >= HUMAN_CLAIM_RECALL_FLOOR
    assert false_alarms / len(ordinary) <= HUMAN_CLAIM_FALSE_POSITIVE_CEILING
