"""The human-claim model's training rows stay out of its evaluation: no sentence (or clause) of any
held-out set in benchmarks/guards/ is a training row, and the paraphrases the hostile fake LLM writes
(tests/hostile_drafts.py) are not training rows either. Formulas of up to six words that every reply
shares ("Kind regards", "I can help with that") may be both. Only counts are reported:
the first set is not to be read."""
import gzip
import json
import random
from pathlib import Path

import pytest

from plugin.core import human_claims
from plugin.guards_training import everyday, lived, longform, scenes, train_human_claims, train_lived
from tests import hostile_drafts
from tests.unit import (
    test_lived_experience,
    test_lived_structure,
    test_questions_and_denials,
    test_relative_named,
    test_scene_narration,
    test_withhold_precision,
    test_writer_described,
)

GUARDS = Path(__file__).resolve().parents[2] / "benchmarks" / "guards"
FORMULA_WORDS = 6
# path -> training rows it may share: 7 sentences or clauses of the first set (4 of claims, 3 ordinary; 7 of its
# 128 rows) are rows of plugin/guards_training/phrases.py, which predate this test; it found them after the set
# had been scored once, and they are left as they were (finding them would mean reading the set). None may be added.
HELD_OUT = {GUARDS / "human_claims_eval.jsonl": 7, GUARDS / "claims_eval2" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval3" / "human_claims.jsonl": 0, GUARDS / "claims_eval4" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval5" / "human_claims.jsonl": 0, GUARDS / "claims_eval6" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval7" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval8" / "human_claims.jsonl": 0, GUARDS / "claims_eval9" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval10" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval11" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval12" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval13" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval14" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval15" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval16" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval17" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval18" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval19" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval20" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval21" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval22" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval23" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval24" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval25" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval26" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval27" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval28" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval29" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval30" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval31" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval32" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval33" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval34" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval35" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval36" / "human_claims.jsonl": 0,
            GUARDS / "claims_eval37" / "human_claims.jsonl": 0}


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,;:!?")


@pytest.fixture(scope="module")
def training() -> set[str]:
    """Every training row but the sample knowledge base's own sentences (plugin/kb/sample): drafts are
    grounded on the KB and repeat its sign-off ("Un saludo, El equipo de atención al cliente") by design."""
    # the lived-experience model's rows too
    rows = train_human_claims.training_rows(40) + lived.rows() + everyday.rows() + scenes.rows() + longform.rows()
    return {_key(r["text"]) for r in rows if r["language"] != "kb"}


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.parent.name + "/" + p.name)
def test_no_held_out_sentence_is_a_training_row(path, training):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 60  # the smallest held-out set (claims_eval33, the 12-per-language fallback) has 60 replies
    pieces = {_key(piece) for r in rows for piece in human_claims.sentences(r["text"])}
    assert len(pieces) > len(rows)
    shared = [p for p in pieces & training if len(p.split()) > FORMULA_WORDS]
    assert len(shared) <= HELD_OUT[path], f"{len(shared)} held-out sentences are training rows"


def test_the_hostile_servers_paraphrases_are_not_training_rows(training):
    drafts = hostile_drafts.paraphrased_claims(random.Random(3), 300)
    pieces = {_key(piece) for v in drafts for piece in human_claims.sentences(v.text)}
    shared = [p for p in pieces & training if len(p.split()) > FORMULA_WORDS]
    assert not shared, f"{len(shared)} generated claims are training rows"


def test_the_exported_weights_were_trained_on_these_rows():
    """Training rows and weights are edited together: the export records the digest of the rows it was trained
    on; editing plugin/guards_training/ without running the trainer fails here."""
    exported = json.loads(human_claims.WEIGHTS_FILE.read_text(encoding="utf-8"))
    rows = train_human_claims.training_rows(exported["per_template"])
    assert (exported["rows"], exported["rows_sha256"]) == (len(rows), train_human_claims.rows_digest(rows))
    assert 0.5 <= exported["threshold"] < 1 and exported["weights"]


def test_the_given_names_copy_in_core_is_the_redaction_list_rebuilt():
    """plugin/core/data/given_names.txt.gz is derived from the redaction name lists (core may not import the
    adapters): rebuilt as plugin/core/data/README.md says, it must be the same list, so the two cannot drift."""
    data = Path(__file__).resolve().parents[2] / "plugin"
    names = gzip.open(data / "adapters/redaction/data/first_names.txt.gz", "rt", encoding="utf-8").read().split()
    words = set((data / "adapters/redaction/data/ambiguous.txt").read_text(encoding="utf-8").split())
    rebuilt = sorted({n for n in names if n not in words and len(n) >= 2 and n.replace("'", "").replace("-", "").isalpha()})
    shipped = gzip.open(data / "core/data/given_names.txt.gz", "rt", encoding="utf-8").read().split("\n")
    assert shipped[:-1] == rebuilt and shipped[-1] == ""


def test_the_exported_lived_model_was_trained_on_these_rows():
    exported = json.loads(human_claims.LIVED_FILE.read_text(encoding="utf-8"))
    rows = train_lived.rows(exported["per_template"])
    assert (exported["rows"], exported["rows_sha256"]) == (len(rows), train_human_claims.rows_digest(rows, train_lived.featurise))
    assert 0.6 <= exported["threshold"] < 1 and exported["weights"]


def test_the_lived_experience_tests_sentences_are_not_training_rows(training):
    written = list(test_lived_experience.LIVED.values()) + test_lived_experience.COMPANY
    pieces = {_key(piece) for text in written for piece in human_claims.sentences(text)}
    shared = [p for p in pieces & training if len(p.split()) > FORMULA_WORDS]
    assert not shared, shared


def test_the_scene_and_structure_tests_sentences_are_neither_training_rows_nor_evaluation_sentences(training):
    written = [text for _, text in test_scene_narration.SCENES + test_scene_narration.COMPANY]
    written += list(test_lived_structure.SCENES.values()) + test_lived_structure.HONEST
    pieces = {_key(piece) for text in written for piece in human_claims.sentences(text)}
    evaluated = {_key(piece) for path in HELD_OUT for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() for piece in human_claims.sentences(json.loads(line)["text"])}
    shared = [p for p in pieces & (training | evaluated) if len(p.split()) > FORMULA_WORDS]
    assert not shared, shared


def test_the_withhold_precision_relative_and_writer_tests_sentences_are_neither_training_rows_nor_evaluation_sentences(
        training):
    written = test_withhold_precision.ACTS + test_withhold_precision.LIVED
    written += test_relative_named.WRITERS_FAMILY + test_relative_named.CUSTOMERS_OR_OTHERS
    written += test_writer_described._composed() + test_writer_described.TEAM_LIVES + test_writer_described.COMPANY
    written += test_questions_and_denials.NOT_DENIALS + test_questions_and_denials.QUESTIONS
    pieces = {_key(piece) for text in written for piece in human_claims.sentences(text)}
    evaluated = {_key(piece) for path in HELD_OUT for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() for piece in human_claims.sentences(json.loads(line)["text"])}
    shared = [p for p in pieces & (training | evaluated) if len(p.split()) > FORMULA_WORDS]
    assert not shared, shared
