"""Writes ../blind3.jsonl and ../symmetry.jsonl from the per-language sources (run once, when frozen)."""
import importlib
import json
import pathlib

HERE = pathlib.Path(__file__).parent
out = []
for lang in ("en", "es", "fr", "de", "pt"):
    rows = importlib.import_module(f"eval.routing_blind3.src.{lang}").ROWS
    for i, (cat, label, opt_out, text) in enumerate(rows, 1):
        out.append({"id": f"b3-{lang}-{i:03d}", "text": text, "lang": lang, "label": label, "opt_out": opt_out,
                    "category": cat})
(HERE.parent / "blind3.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
sym = importlib.import_module("eval.routing_blind3.src.symmetry")
srows = []
for lang, templates in sym.TEMPLATES.items():
    for t, (kind, template) in enumerate(templates):
        for d in sym.DESCRIPTIONS[lang]:
            text = template.format(d=d)
            text = text[0].upper() + text[1:]
            srows.append({"template": f"{lang}-{t}", "lang": lang, "kind": kind, "description": d, "text": text,
                          "label": "bias_review" if kind == "complaint" else "ai_assist"})
(HERE.parent / "symmetry.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in srows), encoding="utf-8")
print(len(out), len(srows))
