"""Development aggregate over redaction sets 4-22 (all DEVELOPMENT sets; never a blind set).

    .venv/bin/python benchmarks/redaction/dev_aggregate.py /tmp/after.txt

One `python -m plugin redact --jsonl` process; protected / kept / over-redaction per set, per category and per kept
kind, and every miss, lost identifier and over-redacted word written to the output file for diffing before and after
a change. Same rules as eval/redaction_blind2/score.py (it imports them); nothing is written to any runs.log.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from eval.redaction_blind2.score import (  # noqa: E402
    ShippedRedactor,
    _covered,
    _leaked,
    _ordinary,
    _overlaps,
    load,
)

SETS = range(4, 62)  # development sets only (60-61 judged round 44, 58-59 judged round 41, 56-57 judged round 39, 54-55 judged round 38, 52-53 judged round 37, 51 judged round 35b, 50 judged round 35, 49 judged round 34, 47-48 judged round 33, 46 judged round 32, 45 judged rounds 29-31, 44 judged round 30, 43 judged round 29, 41-42 judged rounds 27 + 28, 39-40 round 27, 37-38 round 26, 35-36 round 25, 33-34 round 24, 31-32 round 23, 29-30 rounds 21b+22, 27-28 round 21, 17-18 round 15, 19-20 round 16, 21-22 round 17, 23-24 round 18, 25 round 19, 26 round 20): later blind sets must stay unread
Pair = list[int]


def _pct(pair: Pair) -> str:
    return f"{100 * pair[0] / max(1, pair[1]):5.1f}% ({pair[0]}/{pair[1]})"


def _ctx(text: str, start: int, end: int) -> str:
    return text[max(0, start - 50):end + 30].replace("\n", "⏎")


def main(out_path: str) -> None:
    total: defaultdict[str, Pair] = defaultdict(lambda: [0, 0])
    cats: defaultdict[tuple[str, int], Pair] = defaultdict(lambda: [0, 0])  # (category, set); set 0 = all sets
    kinds: defaultdict[tuple[str, int], Pair] = defaultdict(lambda: [0, 0])
    langs: defaultdict[str, Pair] = defaultdict(lambda: [0, 0])  # over-redaction per language
    lines: list[str] = []
    misses: list[str] = []
    system = ShippedRedactor()
    try:
        for n in SETS:
            per: defaultdict[str, Pair] = defaultdict(lambda: [0, 0])
            for r in load(ROOT / f"eval/redaction_blind{n}/blind.jsonl"):
                text = r["text"]
                spans, sent = system(text)
                for x in r["pii"]:
                    ok = _covered(spans, x["start"], x["end"], text) and not _leaked(r, x["value"], sent)
                    for pair in (per["p"], cats[(x["cat"], 0)], cats[(x["cat"], n)]):
                        pair[0] += ok
                        pair[1] += 1
                    if not ok:
                        got = [text[s:e] for s, e in spans if s < x["end"] + 3 and x["start"] - 3 < e]
                        misses.append(f"MISS s{n} {r['id']} {r['lang']} {x['cat']}: {x['value']!r} spans={got} | "
                                      f"{_ctx(text, x['start'], x['end'])}")
                for x in r["keep"]:
                    ok = not _overlaps(spans, x["start"], x["end"])
                    for pair in (per["k"], kinds[(x["kind"], 0)], kinds[(x["kind"], n)]):
                        pair[0] += ok
                        pair[1] += 1
                    if not ok:
                        got = [text[s:e] for s, e in spans if s < x["end"] and x["start"] < e]
                        misses.append(f"LOST s{n} {r['id']} {r['lang']} {x['kind']}: {x['value']!r} spans={got} | "
                                      f"{_ctx(text, x['start'], x['end'])}")
                if r["lang"] != "en":
                    for s, e in _ordinary(r):
                        hit = _overlaps(spans, s, e)
                        per["o"][0] += hit
                        per["o"][1] += 1
                        langs[r["lang"]][0] += hit
                        langs[r["lang"]][1] += 1
                        if hit:
                            misses.append(f"OVER s{n} {r['id']} {r['lang']}: {text[s:e]!r} | {_ctx(text, s, e)}")
            for key in "pko":
                total[key][0] += per[key][0]
                total[key][1] += per[key][1]
            lines.append(f"set {n:2}: protected {_pct(per['p'])}  kept {_pct(per['k'])}  over {_pct(per['o'])}")
    finally:
        system.close()
    lines.append(f"ALL   : protected {_pct(total['p'])}  kept {_pct(total['k'])}  over {_pct(total['o'])}")
    lines.append("categories: " + "; ".join(f"{c} {v[0]}/{v[1]}" for (c, n), v in sorted(cats.items()) if n == 0))
    lines.append("kinds: " + "; ".join(f"{c} {v[0]}/{v[1]}" for (c, n), v in sorted(kinds.items()) if n == 0))
    lines.append("over per language: " + "; ".join(f"{c} {v[0]}/{v[1]}" for c, v in sorted(langs.items())))
    print("\n".join(lines))
    Path(out_path).write_text("\n".join(lines) + "\n\n" + "\n".join(misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/redaction_dev_aggregate.txt")
