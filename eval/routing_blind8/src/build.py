"""Writes ../blind8.jsonl from the per-language sources (run once, when frozen).

    .venv/bin/python -m eval.routing_blind8.src.build
"""
import importlib
import json
import pathlib

HERE = pathlib.Path(__file__).parent
LANGS = ("en", "es", "fr", "de", "pt")
LABELS = {"bias_review", "human", "ai_assist"}
STYLES = {"sms", "review", "sidenote", "letter", "longthread", "bullets", "l2"}


def rows() -> list[dict]:
    out = []
    for lang in LANGS:
        for i, (cat, label, opt_out, style, text) in enumerate(
                importlib.import_module(f"eval.routing_blind8.src.{lang}").ROWS, 1):
            assert label in LABELS and style in STYLES and isinstance(opt_out, bool), (lang, i)
            assert (label == "bias_review") == cat.startswith("bias/"), (lang, i)
            assert opt_out == cat.startswith("optout/"), (lang, i)
            assert (label == "human") == (cat.startswith("human/") or cat == "optout/with_person"), (lang, i)
            out.append({"id": f"b8-{lang}-{i:03d}", "text": text, "lang": lang, "label": label, "opt_out": opt_out,
                        "category": cat, "style": style})
    texts = [r["text"] for r in out]
    assert len(set(texts)) == len(texts), "duplicate text"
    return out


if __name__ == "__main__":
    out = rows()
    (HERE.parent / "blind8.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                                              encoding="utf-8")
    print(len(out))
