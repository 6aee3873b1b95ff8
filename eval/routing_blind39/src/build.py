"""Writes ../blind39.jsonl from the per-language sources (run once, when frozen). The checks of
eval/tools/routing_build.py (label, opt-out flag, category and style agree; no duplicate text), plus a `length` field
(short 15-200 characters, medium 200-700, long 700-2,000) checked against each text.

    .venv/bin/python -m eval.routing_blind39.src.build

Each `ROWS` entry of `src/<lang>.py` is (category, label, opt_out, style, length, text).
"""
import importlib
from pathlib import Path

from eval.tools.routing_build import LABELS, LANGS, render

STYLES = {"lettingportal", "storeform", "clubdesk", "pharmacymail", "uniformshop", "rentaldesk", "hotelthread"}
BOUNDS = {"short": (15, 200), "medium": (200, 700), "long": (700, 2000)}


def build() -> list[dict]:
    out = []
    for lang in LANGS:
        for i, (cat, label, opt_out, style, length, text) in enumerate(
                importlib.import_module(f"eval.routing_blind39.src.{lang}").ROWS, 1):
            assert label in LABELS and style in STYLES and isinstance(opt_out, bool), (lang, i)
            assert (label == "bias_review") == cat.startswith("bias/"), (lang, i)
            assert opt_out == cat.startswith("optout/"), (lang, i)
            assert (label == "human") == (cat.startswith("human/") or cat == "optout/with_person"), (lang, i)
            lo, hi = BOUNDS[length]
            assert lo <= len(text) <= hi, (lang, i, length, len(text))
            out.append({"id": f"b39-{lang}-{i:03d}", "text": text, "lang": lang, "label": label,
                        "opt_out": opt_out, "category": cat, "style": style, "length": length})
    texts = [r["text"] for r in out]
    assert len(set(texts)) == len(texts), "duplicate text"
    return out


if __name__ == "__main__":
    built = build()
    (Path(__file__).resolve().parents[1] / "blind39.jsonl").write_text(render(built), encoding="utf-8")
    print(len(built))
