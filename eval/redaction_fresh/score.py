"""Score redaction on the fresh issue-11 set (non-name categories): protected and kept, per category and language.

    .venv/bin/python -m eval.redaction_fresh.score --split test --systems candor,presidio --note "why"
    .venv/bin/python -m eval.redaction_fresh.score --split dev --misses      # the development half only

Markup (same as eval/redaction_e2e): `[[category|value]]` must be hidden, `{{kind|value}}` must survive.
A planted value counts as protected only when every letter and digit of it lies inside some redacted span (an
address whose postcode or town is left visible is not protected). A kept value counts as kept when no letter or
digit of it is redacted. Odd-numbered tickets (f-xx-01, 03...) are the development half, even-numbered the test
half. `--split test` prints aggregates only, refuses `--misses`, and every run of it is appended to runs.log.
"""
from __future__ import annotations

import argparse
import datetime
import re
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parents[1] / "benchmarks" / "redaction"))

MARK = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\{\{(\w+)\|(.*?)\}\}", re.S)
LANGUAGES = ("en", "es", "fr", "de", "pt")


@dataclass(frozen=True)
class Ticket:
    id: str
    lang: str
    text: str
    hide: tuple[tuple[str, int, int], ...]  # (category, start, end)
    keep: tuple[tuple[str, int, int], ...]


def parse(block: str) -> Ticket:
    header, _, body = block.partition("\n")
    ticket_id, lang = header.split()[:2]
    text: list[str] = []
    hide: list = []
    keep: list = []
    pos = 0
    for m in MARK.finditer(body):
        text.append(body[pos:m.start()])
        start = sum(map(len, text))
        kind, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        text.append(value)
        (hide if m.group(1) else keep).append((kind, start, start + len(value)))
        pos = m.end()
    text.append(body[pos:])
    return Ticket(ticket_id, lang, "".join(text).rstrip("\n"), tuple(hide), tuple(keep))


def load(split: str = "all") -> list[Ticket]:
    tickets = []
    for lang in LANGUAGES:
        for block in (HERE / f"{lang}.txt").read_text(encoding="utf-8").split("=== ")[1:]:
            ticket = parse(block)
            odd = int(ticket.id.rsplit("-", 1)[1]) % 2 == 1
            if split == "all" or (split == "dev") == odd:
                tickets.append(ticket)
    return tickets


def _chars(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


def _covered(spans, text: str) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end)}


def score(find, tickets: list[Ticket]):
    hide: defaultdict = defaultdict(lambda: [0, 0])
    keep: defaultdict = defaultdict(lambda: [0, 0])
    misses: list = []
    ms: list = []
    for t in tickets:
        started = time.perf_counter()
        spans = find(t.text)
        ms.append((time.perf_counter() - started) * 1000)
        covered = _covered(spans, t.text)
        for kind, start, end in t.hide:
            ok = _chars(t.text, start, end) <= covered
            for key in (("all", t.lang), (kind, t.lang), (kind, "all"), ("all", "all")):
                hide[key][0] += ok
                hide[key][1] += 1
            if not ok:
                misses.append((t.id, "leaked", kind, t.text[start:end]))
        for kind, start, end in t.keep:
            ok = not (_chars(t.text, start, end) & covered)
            for key in (("all", t.lang), (kind, t.lang), (kind, "all"), ("all", "all")):
                keep[key][0] += ok
                keep[key][1] += 1
            if not ok:
                misses.append((t.id, "redacted", kind, t.text[start:end]))
    return hide, keep, misses, sorted(ms)


def _pct(pair) -> str:
    return f"{100 * pair[0] / pair[1]:.1f} % ({pair[0]}/{pair[1]})" if pair[1] else "-"


def table(title: str, results: dict[str, dict]) -> list[str]:
    systems = list(results)
    kinds = sorted({k for r in results.values() for k, _ in r})
    lines = [f"\n{title}", "| kind | " + " | ".join(f"{s} {lang}" for s in systems for lang in ("all", *LANGUAGES)) + " |"]
    for kind in ["all"] + [k for k in kinds if k != "all"]:
        cells = [_pct(results[s].get((kind, lang), (0, 0))) for s in systems for lang in ("all", *LANGUAGES)]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=HERE).stdout.strip()
    except OSError:
        return "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--systems", default="candor,presidio")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--note", default="")
    args = ap.parse_args()
    if args.split != "dev" and args.misses:
        raise SystemExit("--misses only on the development half (--split dev)")
    from systems import SYSTEMS
    tickets = load(args.split)
    hide_by, keep_by, lines = {}, {}, []
    for name in args.systems.split(","):
        find = plain_presidio() if name == "presidio" else SYSTEMS[name]()
        hide, keep, misses, ms = score(find, tickets)
        hide_by[name], keep_by[name] = dict(hide), dict(keep)
        lines.append(f"{name}: protected {_pct(hide['all', 'all'])}, kept {_pct(keep['all', 'all'])}, "
                     f"p50 {ms[len(ms) // 2]:.1f} ms, mean {sum(ms) / len(ms):.1f} ms")
        if args.misses:
            lines += [f"  {m[0]} {m[1]} {m[2]}: {m[3]!r}" for m in misses]
    lines += table("Protected (every letter/digit of the value redacted)", hide_by)
    lines += table("Kept (no letter/digit redacted)", keep_by)
    print("\n".join(lines))
    if args.split == "test":
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        with (HERE / "runs.log").open("a", encoding="utf-8") as log:
            log.write(f"\n## {stamp} split=test commit={_commit()} note={args.note!r}\n" + "\n".join(lines) + "\n")


def plain_presidio():
    """Plain Presidio as documented: default recognizers, every entity, the small English model, English."""
    from systems import THRESHOLD, plain_analyzer

    from plugin.core.model import Span

    engine = plain_analyzer()
    return lambda text: [Span(r.entity_type, r.start, r.end, r.score)
                         for r in engine.analyze(text, language="en", score_threshold=THRESHOLD)]


if __name__ == "__main__":
    main()
