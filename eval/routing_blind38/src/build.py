"""Writes ../blind38.jsonl from the per-language sources (run once, when frozen). Like eval/tools/routing_build.py,
with one more field (as blind set 35/36): each source row is (category, label, opt_out, style, length, text) and
`length` ("short" = 15-200 characters, "medium" = 200-700, "long" = 700-2,000) is checked against the text and
written to the row.

    .venv/bin/python -m eval.routing_blind38.src.build
"""
from __future__ import annotations

import importlib
from pathlib import Path

from eval.tools.routing_build import LABELS, LANGS, render

STYLES = {"angryemail", "griefletter", "curtapp", "socialreply", "postalletter"}
BOUNDS = {"short": (15, 200), "medium": (200, 700), "long": (700, 2000)}


def rows(langs: tuple[str, ...] = LANGS) -> list[dict]:
    out = []
    for lang in langs:
        for i, (cat, label, opt_out, style, length, text) in enumerate(
                importlib.import_module(f"eval.routing_blind38.src.{lang}").ROWS, 1):
            assert label in LABELS and style in STYLES and isinstance(opt_out, bool), (lang, i)
            assert (label == "bias_review") == cat.startswith("bias/"), (lang, i)
            assert opt_out == cat.startswith("optout/"), (lang, i)
            assert (label == "human") == (cat.startswith("human/") or cat == "optout/with_person"), (lang, i)
            lo, hi = BOUNDS[length]
            assert lo <= len(text) <= hi, (lang, i, length, len(text))
            out.append({"id": f"b38-{lang}-{i:03d}", "text": text, "lang": lang, "label": label,
                        "opt_out": opt_out, "category": cat, "style": style, "length": length})
    texts = [r["text"] for r in out]
    assert len(set(texts)) == len(texts), "duplicate text"
    return out


if __name__ == "__main__":
    built = rows()
    (Path(__file__).resolve().parents[1] / "blind38.jsonl").write_text(render(built), encoding="utf-8")
    print(len(built))
