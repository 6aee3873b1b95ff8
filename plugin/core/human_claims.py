"""Does a draft claim to be written by a person? A small model, not a phrase list.

A logistic regression over word uni/bigrams and character 3-5-grams (inside words) of each sentence,
trained on paraphrases in en/es/fr/de/pt with hard negatives — ordinary replies that mention people,
"our team", "a colleague will call you", "human error" (trainer and data: plugin/guards_training/). The
weights are exported to data/human_claims.json and scored here with the standard library only; `features`
is the one definition of the features, which the trainer imports too, so the two cannot drift apart.

A draft is flagged when any piece scores at or above the threshold stored with the weights. The pieces
(`sentences`): each sentence, its clauses, a short "I checked:" lead-in read with what follows, the sign-off
over several lines read as one line; the customer's words quoted back after a "you" are emptied first.
Two features beside the n-grams: quotation marks, and the shape of a personal sign-off.
Figures per language against a phrase-list baseline and the model before: benchmarks/guards/README.md.
"""
from __future__ import annotations

import itertools
import json
import math
import re
from functools import cache
from pathlib import Path

from .offers import fold

WEIGHTS_FILE = Path(__file__).with_name("data") / "human_claims.json"
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+[-–—]\s+")
_CLAUSE = re.compile(r",\s+|\s+(?:but|pero|mais|aber|mas)\s+", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")
_QUOTE_MARKS = frozenset('"“”„«»')
# the shape of a personal sign-off: [closing,] a capitalised given name, then a title after a comma, bracket,
# pipe or dash that starts with a capital ("Thanks, Ana, Returns Lead", "Ana (Head of Care)", "Ana | Support")
_SIGN_OFF_SHAPE = re.compile(r"^(?:[^,]{1,30},\s*)?[^\W\d_][^\W\d_'-]+\s*(?:\([^)]{2,60}\)|(?:,|\||[-–—])\s*"
                             r"[^\W\d_a-zß-ÿ][^.!?,]{2,60})$")


def features(sentence: str) -> list[str]:
    words = _WORD.findall(fold(sentence))
    out = [f"w:{w}" for w in words]
    if _QUOTE_MARKS.intersection(sentence):  # the customer's words quoted back; a weight, never an exemption
        out.append("q:quoted")
    if _SIGN_OFF_SHAPE.match(sentence.strip()) and sentence.strip()[:1].isupper():
        out.append("s:sign-off shape")  # a weight the model learns, not a verdict: names and titles vary too much
    out += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    for word in words:
        padded = f" {word} "
        out += [f"c:{padded[i:i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    return out


_QUOTED = re.compile(r'"[^"\n]{3,300}"|“[^”\n]{3,300}”|«[^»\n]{3,300}»|„[^“”\n]{3,300}[“”]')
_TO_THE_CUSTOMER = re.compile(r"(?i)\b(?:you|your|usted|nos|vous|votre|voc[eê]|vos)\b|\bSie\b")


def customer_quotes_muted(text: str) -> str:
    """The customer's own words quoted back ("You wrote: \"I spoke to someone who promised a refund\"") are
    not the writer's: a quotation with a word for "you" before it on the same line is emptied. A quotation
    with no one to attribute it to ("As I say, \"I checked it myself\"") is still read."""
    def mute(match: re.Match[str]) -> str:
        quoted: str = match.group()
        before = text[text.rfind("\n", 0, match.start()) + 1:match.start()][-80:]
        return quoted[0] + "…" + quoted[-1] if _TO_THE_CUSTOMER.search(before) else quoted
    return _QUOTED.sub(mute, text)


def sentences(text: str) -> list[str]:
    """Sentences, and the clauses of each (a claim often hides after "Rest assured," or before a "but"),
    and the sign-off read as one line: "Thanks,\nAna\nReturns Specialist" is a name and a role only together."""
    text = customer_quotes_muted(text)
    out = []
    for sentence in _lead_ins_joined([part.strip() for part in _SENTENCE_END.split(text)]):
        clauses = [c.strip() for c in _CLAUSE.split(sentence)]
        if any(len(c.split()) == 1 and c[:1].isupper() for c in clauses[1:]):
            clauses = []  # a name in apposition ("The store manager, Tom, will call"): "The store manager" alone is no claim
        out += [sentence] + [c for c in clauses if len(clauses) > 1 and len(c.split()) >= 3]
    sign_off = _sign_off(text)
    if sign_off:
        out.append(sign_off)
    return [s for s in out if len(s) > 3]


def _lead_ins_joined(parts: list[str], words: int = 3) -> list[str]:
    """A short lead-in ending in a colon ("I checked:", "Ich habe nachgesehen:") is not read alone, where it
    says nothing about who wrote it, but with what follows it; what follows is also read alone."""
    out: list[str] = []
    for index, part in enumerate(parts):
        if part.endswith(":") and len(part.split()) <= words and index + 1 < len(parts):
            out.append(f"{part} {parts[index + 1]}")
        else:
            out.append(part)
    return out


def _sign_off(text: str, lines: int = 3, words: int = 6) -> str:
    """The last short lines of a draft (at most `lines`, each of at most `words` words), joined; "" if fewer
    than two."""
    tail: list[str] = []
    for line in reversed([line.strip() for line in text.strip().splitlines()]):
        if not line or len(line.split()) > words or len(tail) == lines:
            break
        tail.insert(0, line.rstrip(","))
    return ", ".join(tail) if len(tail) >= 2 else ""


Model = tuple[dict[str, float], float, float]  # weights, bias, threshold


def load(exported: str) -> Model:
    data = json.loads(exported)
    return data["weights"], data["bias"], data["threshold"]


@cache
def _model() -> Model:
    return load(WEIGHTS_FILE.read_text(encoding="utf-8"))


def score(sentence: str, model: Model | None = None) -> float:
    """Probability that the sentence claims human authorship. Features are binary and L2-normalised,
    as in training: each row divided by the square root of its number of distinct features."""
    weights, bias, _ = model or _model()
    present = set(features(sentence))
    if not present:
        return 0.0
    z = bias + sum(weights.get(f, 0.0) for f in present) / math.sqrt(len(present))
    return 1.0 / (1.0 + math.exp(-z))


def claims_human(text: str, model: Model | None = None) -> bool:
    """`model`: other exported weights (benchmarks compare versions); the shipped ones by default."""
    model = model or _model()
    return any(score(s, model) >= model[2] for s in sentences(text))
