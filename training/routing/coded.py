"""The row builder of the hand-written tables of rounds 8-10 (written8.py, written9.py, written10.py): each table is a
list of (code, text) per language, and each code names the row's kind, label and opt-out flag."""
from __future__ import annotations


def coded_rows(prefix: str, tables: dict[str, list[tuple[str, str]]],
               kinds: dict[str, tuple[str, str, bool]]) -> list[dict]:
    """Rows with ids `{prefix}-{lang}-NNNNN` (numbered across languages) and style groups `{prefix}-{kind}-{n}-{lang}`."""
    out: list[dict] = []
    for lang, table in tables.items():
        for n, (code, text) in enumerate(table):
            kind, label, opt_out = kinds[code]
            out.append({"id": f"{prefix}-{lang}-{len(out):05d}", "text": text, "lang": lang, "label": label,
                        "opt_out": opt_out, "kind": kind, "group": f"{prefix}-{kind}-{n}-{lang}"})
    return out
