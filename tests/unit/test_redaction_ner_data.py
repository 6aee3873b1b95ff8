"""The name taggers' training data (training/redaction_ner/data/<lang>/train.tsv.gz) holds no line of any redaction
evaluation set, and no sentence of its own test split.

Lines of 8 tokens or more are compared, as name_tagger.tokenize cuts them, joined by single spaces: shorter lines
("Un saludo ,") are formulas every corpus shares. The blind set that still judges a round is never opened here.
"""
import gzip
import json
import re
from pathlib import Path

import pytest

from plugin.adapters.redaction.name_tagger import tokenize
from training.redaction_ner import support_data, train

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "training" / "redaction_ner" / "data"
LANGS = sorted(p.name for p in DATA.iterdir() if (p / "train.tsv.gz").exists())
MIN_TOKENS = 8
_MARK = re.compile(r"\[\[\w+\|(.*?)\]\]|\{\{\w+\|(.*?)\}\}", re.S)


def _sentences(lang: str, split: str) -> list[str]:
    raw = gzip.decompress((DATA / lang / f"{split}.tsv.gz").read_bytes()).decode("utf-8")
    return [" ".join(line.split("\t")[0] for line in block.splitlines()) for block in raw.strip().split("\n\n")]


def _eval_texts() -> list[str]:
    """Every text of the redaction evaluation sets (spent and fresh) and the NER ticket set (markup resolved to its values)."""
    texts = []
    for name in ("redaction_blind", "redaction_blind2", "redaction_blind3", "redaction_blind4", "redaction_blind5",
                 "redaction_blind6", "redaction_blind7", "redaction_blind8", "redaction_blind9",
                 "redaction_blind10", "redaction_blind11", "redaction_blind12", "redaction_blind13",
                 "redaction_blind14", "redaction_blind15", "redaction_blind16", "redaction_blind17",
                 "redaction_blind18", "redaction_blind19", "redaction_blind20", "redaction_blind21",
                 "redaction_blind22", "redaction_blind23", "redaction_blind24", "redaction_blind25",
                 "redaction_blind26", "redaction_blind27", "redaction_blind28", "redaction_blind29",
                 "redaction_blind30", "redaction_blind31", "redaction_blind32",
                 "redaction_blind33", "redaction_blind34", "redaction_blind35", "redaction_blind36",
                 "redaction_blind37", "redaction_blind38", "redaction_blind39", "redaction_blind40",
                 "redaction_blind41", "redaction_blind42", "redaction_blind43",
                 "redaction_blind44", "redaction_blind45", "redaction_blind46", "redaction_blind47",
                 "redaction_blind48", "redaction_blind49", "redaction_blind50",
                 "redaction_blind51", "redaction_blind52", "redaction_blind53", "redaction_blind54",
                 "redaction_blind55", "redaction_blind56", "redaction_blind57", "redaction_blind58",
                 "redaction_blind59", "redaction_blind60", "redaction_blind61"):
        texts += [json.loads(line)["text"] for line in (ROOT / "eval" / name / "blind.jsonl").open(encoding="utf-8")]
    for path in sorted((ROOT / "eval" / "redaction_fresh").glob("*.txt")):
        texts.append(_MARK.sub(lambda m: m.group(1) or m.group(2) or "", path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "eval" / "redaction_ner_tickets").glob("*.txt")):
        texts += [line.split("\t")[0].replace("\\n", "\n") for line in path.read_text(encoding="utf-8").splitlines()]
    return texts


def _lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        tokens = [line[s:e] for s, e in tokenize(line)]
        if len(tokens) >= MIN_TOKENS:
            out.append(" ".join(tokens))
    return out


@pytest.fixture(scope="module")
def eval_lines() -> list[str]:
    return [line for text in _eval_texts() for line in _lines(text)]


@pytest.mark.parametrize("lang", LANGS)
def test_no_evaluation_line_is_in_the_training_data(lang, eval_lines):
    training = "\n".join(_sentences(lang, "train"))
    assert eval_lines and [line for line in eval_lines if line in training] == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_test_sentence_is_a_training_sentence(lang):
    training = set(_sentences(lang, "train"))
    test = [s for s in _sentences(lang, "test") if s.count(" ") + 1 >= MIN_TOKENS]
    assert test and [s for s in test if s in training] == []


@pytest.mark.parametrize("lang", support_data.LANGS)
def test_no_evaluation_line_is_in_the_support_supplement(lang, eval_lines):
    supplement = "\n".join(" ".join(tok for tok, _ in s) for s in support_data.sentences(lang))
    assert supplement and [line for line in eval_lines if line in supplement] == []


def test_the_support_items_held_back_for_choosing_epochs_are_a_seeded_fifth_apart_from_the_rest():
    fit, held = train.support("de")
    again_fit, again_held = train.support("de")
    assert (fit, held) == (again_fit, again_held)
    assert abs(len(held) - (len(fit) + len(held)) / 5) <= 1
    assert not {tuple(s) for s in held} & {tuple(s) for s in fit}
