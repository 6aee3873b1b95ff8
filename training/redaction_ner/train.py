"""Train the PERSON tagger of one language (plugin/adapters/redaction/name_tagger.py) from data/<lang>/.

    .venv/bin/python -m training.redaction_ner.train de pt      # writes plugin/.../data/name_tagger_<lang>.json.gz
    .venv/bin/python -m training.redaction_ner.train en --no-support   # without data/support/ (the round-8 baseline)

An averaged perceptron (Collins 2002), greedy decoding with the predicted previous tags as features, EPOCHS
passes over the training split in an order fixed by SEED: the same data gives the same bytes. The last tenth of
the training split is held back to pick the number of epochs (the `test` split is never looked at here:
benchmarks/redaction/ner_compare.py scores it). Labels other than PER become O, so places and organisations
teach the tagger which capitalised words are not people. Weights are pruned (|w| < PRUNE dropped), scaled to
integers and stored with base-36 bucket keys.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from plugin.adapters.redaction import name_tagger as nt

DATA = Path(__file__).parent / "data"
SEED = 20261202
MAX_EPOCHS = 12
PRUNE = 0.05
SCALE = 100


def read(lang: str, split: str) -> list[list[tuple[str, str]]]:
    text = gzip.decompress((DATA / lang / f"{split}.tsv.gz").read_bytes()).decode("utf-8")
    sentences = []
    for block in text.strip().split("\n\n"):
        pairs = [tuple(line.split("\t")) for line in block.splitlines()]
        sentences.append([(tok, tag if tag.endswith("PER") else "O") for tok, tag in pairs])
    return sentences


def starts(words: Sequence[str]) -> list[bool]:
    return [nt.opens(words, i) for i in range(len(words))]


Sentence = list[tuple[str, str]]
# Case variants added to the training split (shares of its sentences): tickets come in lower case (chat) or in
# capitals (forms: "NOMBRE: MARÍA GARCÍA"). News text has neither, and a tagger trained on it alone reads capitals
# as the only sign of a name. Such lines have weights of their own (name_tagger.features), learnt from these copies.
LOWER, UPPER = 0.3, 0.3
# Training splits a language borrows from a close one: MEDDOCAN's Spanish names sit in clinical form fields
# ("Nombre: ...", "Médico: ..."), and alone they taught the tagger little of names in running text (tickets);
# Portuguese news adds that. The mixed list is shuffled (SEED) before the held-back tenth is cut. (Round 5: even
# mixed, the Spanish weights protected fewer names on the development tickets than the Portuguese ones, and are not
# shipped: name_tagger.WEIGHTS.)
ALSO = {"es": ("pt",)}
CASES = {"as-is": str, "lower": str.lower, "upper": str.upper}
# The support-register supplement (support_data.py: hand-written ticket sentences, names in running text, chat,
# greetings, and name-free lines): a seeded fifth of each language's items is held back and, with the corpus's
# held-back tenth, chooses the number of epochs; the rest is added to the training split SUPPORT_REPEAT times (a few
# hundred items beside thousands of news or tweet sentences). The final weights are retrained on all of it.
SUPPORT_HELD = 0.2
SUPPORT_REPEAT = 3


def recased(sent: Sentence, how: Callable[[str], str]) -> Sentence:
    return [(how(tok), tag) for tok, tag in sent]


def case_variants(sentences: list[Sentence], rng: random.Random) -> list[Sentence]:
    """Copies of a seeded random share of the sentences in lower case, and of another in capitals."""
    out = [recased(s, str.lower) for s in rng.sample(sentences, int(len(sentences) * LOWER))]
    return out + [recased(s, str.upper) for s in rng.sample(sentences, int(len(sentences) * UPPER))]


class Perceptron:
    def __init__(self) -> None:
        self.w: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        self.total: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        self.stamp: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.i = 0

    def update(self, feats: list[int], truth: int, guess: int) -> None:
        for b in feats:
            for cls, delta in ((truth, 1.0), (guess, -1.0)):
                self.total[b][cls] += (self.i - self.stamp[b][cls]) * self.w[b][cls]
                self.stamp[b][cls] = self.i
                self.w[b][cls] += delta

    def averaged(self) -> dict[int, list[float]]:
        out = {}
        for b, row in self.w.items():
            out[b] = [(self.total[b][c] + (self.i - self.stamp[b][c]) * row[c]) / max(self.i, 1) for c in range(3)]
        return out


def without_final_stop(sentences: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """Every third sentence loses its final full stop: ticket lines ("Viele Grüße\nYvonne Stöckli") end without
    one, and a tagger that never saw a name at the very end of its input stops the name one word early."""
    return [s[:-1] if k % 3 == 0 and len(s) > 1 and s[-1][0] in ".!?" else s for k, s in enumerate(sentences)]


def train_epoch(model: Perceptron, sentences: list[list[tuple[str, str]]]) -> None:
    tagger = nt.Tagger(model.w)
    for sent in sentences:
        words = [w for w, _ in sent]
        first = starts(words)
        modes = [nt.case_mode(words)] * len(words)
        tags: list[str] = []
        for i, (_, gold) in enumerate(sent):
            prev = tags[-1] if tags else "<s>"
            prev2 = tags[-2] if len(tags) > 1 else "<s>"
            feats = nt.features(words, first, modes, i, prev, prev2)
            scores = tagger.scores(feats)
            if not nt.continues(prev, words[i], first[i]):
                scores[2] = float("-inf")
            guess = max(range(3), key=scores.__getitem__)
            truth = nt.TAGS.index(gold)
            model.i += 1
            if guess != truth:
                model.update([nt.bucket(f) for f in feats], truth, guess)
            tags.append(nt.TAGS[guess])  # the predicted tag, as at run time


def entities(tags: Sequence[str]) -> set[tuple[int, int]]:
    out, start = set(), None
    for k, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I-PER":
            out.add((start, k))
            start = None
        if tag == "B-PER":
            start = k
    return out


def evaluate(weights: dict[int, list[float]], sentences: list[list[tuple[str, str]]]) -> dict[str, float]:
    tagger = nt.Tagger(weights)
    tp = fp = fn = 0
    for sent in sentences:
        words = [w for w, _ in sent]
        gold = entities([t for _, t in sent])
        pred = entities(tagger.tag(words, starts(words), [nt.case_mode(words)] * len(words)))
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / max(p + r, 1e-9), 4)}


def export(weights: dict[int, list[float]], lang: str, meta: dict) -> Path:
    rows = {}
    for b, row in sorted(weights.items()):
        ints = [round(v * SCALE) for v in row]
        if max(abs(v) for v in row) >= PRUNE and any(ints):
            rows[format_base36(b)] = ints
    doc = {"lang": lang, "features_digest": nt.FEATURES_DIGEST, "scale": SCALE, "tags": list(nt.TAGS), **meta,
           "weights": rows}
    path = nt.weights_path(lang)
    raw = json.dumps(doc, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with path.open("wb") as out, gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    return path


def format_base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def support(lang: str) -> tuple[list[Sentence], list[Sentence]]:
    """The language's support-register items (support_data.py), split (SEED) into four fifths to train on and a
    fifth held back for choosing the epochs; ([], []) when the language has none."""
    from training.redaction_ner import support_data

    if lang not in support_data.LANGS or not (support_data.SUPPORT / f"{lang}.txt").exists():
        return [], []
    items = support_data.sentences(lang)
    random.Random(SEED).shuffle(items)
    cut = round(len(items) * SUPPORT_HELD)
    return items[cut:], items[:cut]


def train(lang: str, with_support: bool = True) -> dict:
    sentences = without_final_stop(read(lang, "train"))
    if ALSO.get(lang):
        sentences += [s for other in ALSO[lang] for s in without_final_stop(read(other, "train"))]
        random.Random(SEED).shuffle(sentences)
    cut = len(sentences) * 9 // 10
    fit, held = sentences[:cut], sentences[cut:]
    support_fit, support_held = support(lang) if with_support else ([], [])
    fit = fit + support_fit * SUPPORT_REPEAT
    fit = fit + case_variants(fit, random.Random(SEED))
    rng = random.Random(SEED)
    model, best, history = Perceptron(), None, []
    for epoch in range(1, MAX_EPOCHS + 1):
        order = fit[:]
        rng.shuffle(order)
        train_epoch(model, order)
        weights = model.averaged()
        # the epochs are chosen on the mean F1 of the held-back tenth as written, in lower case and in capitals,
        # and (with the supplement) on the mean of that and the F1 of the held-back fifth of the support items
        by_case = {case: evaluate(weights, [recased(s, how) for s in held]) for case, how in CASES.items()}
        score = {"f": round(sum(v["f"] for v in by_case.values()) / len(by_case), 4), **by_case}
        if support_held:
            score["support"] = evaluate(weights, support_held)
            score["f"] = round((score["f"] + score["support"]["f"]) / 2, 4)
        history.append({"epoch": epoch, **score})
        print(f"{lang} epoch {epoch}: held back {score}", file=sys.stderr)
        if best is None or score["f"] > best["f"]:
            best = {"epoch": epoch, **score}
    # retrain on the whole training split and every support item (with case variants) for the chosen epochs
    sentences = sentences + (support_fit + support_held) * SUPPORT_REPEAT
    sentences = sentences + case_variants(sentences, random.Random(SEED))
    rng = random.Random(SEED)
    model = Perceptron()
    for _ in range(best["epoch"]):
        order = sentences[:]
        rng.shuffle(order)
        train_epoch(model, order)
    path = export(model.averaged(), lang, {"epochs": best["epoch"], "train_sentences": len(sentences),
                                           "support_items": len(support_fit) + len(support_held)})
    return {"lang": lang, "best": best, "history": history, "bytes": path.stat().st_size}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="+", choices=sorted(p.name for p in DATA.iterdir() if (p / "train.tsv.gz").exists()))
    parser.add_argument("--no-support", action="store_true", help="without the support-register supplement")
    args = parser.parse_args(argv)
    for lang in args.langs:
        result = train(lang, with_support=not args.no_support)
        print(json.dumps({k: v for k, v in result.items() if k != "history"}))


if __name__ == "__main__":
    main()
