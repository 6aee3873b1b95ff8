"""Build a routing blind set's jsonl from its per-language sources, checking that label, opt-out flag, category
and style agree. Each set keeps a thin `src/build.py` with its file, id prefix and style names:

    .venv/bin/python -m eval.routing_blindN.src.build

The sources are `eval/<set>/src/<lang>.py`, each a `ROWS` list of (category, label, opt_out, style, text).
"""
from __future__ import annotations

import importlib
import json
from pathlib import Path

LANGS = ("en", "es", "fr", "de", "pt")
LABELS = {"bias_review", "human", "ai_assist"}


def rows(package: str, prefix: str, styles: set[str]) -> list[dict]:
    """The rows of the set whose sources are the modules `<package>.<lang>`, with ids `<prefix>-<lang>-001` …"""
    out = []
    for lang in LANGS:
        for i, (cat, label, opt_out, style, text) in enumerate(importlib.import_module(f"{package}.{lang}").ROWS, 1):
            assert label in LABELS and style in styles and isinstance(opt_out, bool), (lang, i)
            assert (label == "bias_review") == cat.startswith("bias/"), (lang, i)
            assert opt_out == cat.startswith("optout/"), (lang, i)
            assert (label == "human") == (cat.startswith("human/") or cat == "optout/with_person"), (lang, i)
            out.append({"id": f"{prefix}-{lang}-{i:03d}", "text": text, "lang": lang, "label": label,
                        "opt_out": opt_out, "category": cat, "style": style})
    texts = [r["text"] for r in out]
    assert len(set(texts)) == len(texts), "duplicate text"
    return out


def render(built: list[dict]) -> str:
    """The jsonl text exactly as it is frozen: one row a line, non-ASCII kept."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in built)


def main(data: Path, prefix: str, styles: set[str]) -> None:
    """Write `data` (eval/<set>/<name>.jsonl) from eval/<set>/src/ and print the number of rows."""
    built = rows(f"eval.{data.parent.name}.src", prefix, styles)
    data.write_text(render(built), encoding="utf-8")
    print(len(built))
