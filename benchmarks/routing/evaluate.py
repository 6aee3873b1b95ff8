"""Scoring shared by run.py and tests/unit/test_routing.py, so the test checks the figures the README reports."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from plugin.core.model import Classification
from plugin.core.routing.text import fold

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "labelled.jsonl"
ROUTES = ("bias_review", "human", "ai_assist")
LANGS = ("en", "es", "fr", "de", "pt")

# The plain keyword baseline: what a team would write in an afternoon. Substring match on folded text.
BASELINE_BIAS = ("discrimin", "diskrimin", "racis", "rassis", "sexis", "machis", "homophob", "homofob", "transphob",
                 "transfob", "xenophob", "xenofob", "ageis", "bias", "prejudice", "prejuicio", "prejuge", "preconceito",
                 "vorurteil", "voreingenommen", "sesgo", "unfair", "injust", "ungerecht", "bigot")
BASELINE_HUMAN = ("human", "humano", "humain", "mensch", "a person", "una persona", "une personne", "uma pessoa",
                  "agent", "manager", "appeal", "apelar", "conteste", "widerspruch", "recorrer")
BASELINE_OPT_OUT = ("no ai", "without ai", "don't use ai", "sin ia", "pas d'ia", "sans ia", "keine ki", "ohne ki",
                    "sem ia")


def load(path: Path = LABELLED, split: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split in (None, "all") or r["split"] == split]


def baseline(text: str) -> Classification:
    folded = fold(text)
    has = lambda words: any(re.search(rf"(?<!\w){re.escape(w)}", folded) for w in words)  # noqa: E731
    route = "bias_review" if has(BASELINE_BIAS) else "human" if has(BASELINE_HUMAN) else "ai_assist"
    return Classification(route=route, opt_out=has(BASELINE_OPT_OUT))


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: list[bool], predicted: list[bool]) -> Scores:
    pairs = list(zip(gold, predicted, strict=True))
    return Scores(tp=sum(g and p for g, p in pairs), fp=sum(p and not g for g, p in pairs),
                  fn=sum(g and not p for g, p in pairs), tn=sum(not g and not p for g, p in pairs))


def task_scores(rows: list[dict], preds: list[Classification]) -> dict[str, Scores]:
    """bias_review and human are one-vs-rest on the route; opt_out, opt_in and asks_if_bot on the flags."""
    out = {route: score([r["label"] == route for r in rows], [p.route == route for p in preds])
           for route in ("bias_review", "human")}
    out["escalated"] = score([r["label"] != "ai_assist" for r in rows], [p.route != "ai_assist" for p in preds])
    for flag in ("opt_out", "opt_in", "asks_if_bot"):
        out[flag] = score([bool(r.get(flag)) for r in rows], [bool(getattr(p, flag)) for p in preds])
    return out


def confusion(rows: list[dict], preds: list[Classification]) -> dict[tuple[str, str], int]:
    table = {(g, p): 0 for g in ROUTES for p in ROUTES}
    for row, pred in zip(rows, preds, strict=True):
        table[(row["label"], pred.route)] += 1
    return table


def recall_by_language(rows: list[dict], preds: list[Classification], route: str = "bias_review") -> dict[str, tuple]:
    out = {}
    for lang in LANGS:
        pairs = [(r, p) for r, p in zip(rows, preds, strict=True) if r["lang"] == lang and r["label"] == route]
        hits = sum(p.route == route for _, p in pairs)
        out[lang] = (hits, len(pairs))
    return out


def errors(rows: list[dict], preds: list[Classification]) -> list[tuple[dict, Classification]]:
    return [(r, p) for r, p in zip(rows, preds, strict=True)
            if r["label"] != p.route or any(bool(r.get(f)) != bool(getattr(p, f))
                                            for f in ("opt_out", "opt_in", "asks_if_bot"))]
