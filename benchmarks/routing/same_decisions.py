"""Does a change to the router's code change any decision? Exact before/after comparison (speed work, refactors).

    .venv/bin/python -m benchmarks.routing.same_decisions --save /tmp/before.json    # on the old code
    .venv/bin/python -m benchmarks.routing.same_decisions --check /tmp/before.json   # on the new code

Texts (repository files only): every row of ``training/routing/data/*.jsonl`` and ``benchmarks/routing/*.jsonl``, the
development sets ``training.routing.devset`` scores (blind sets 3-17 with blind set 3's symmetry templates, the
written test splits 1-3), a few edge cases, and long synthetic e-mails (seeded: the same on every run) glued from
those rows with paragraph breaks, accents, addresses, pronouns, sign-offs, OCR digits and a help desk's reply marker.

For each text it records everything ``classify`` returns (route, reasons, characteristics, flags, matched words) and
the three heads' scores (each probability, threshold and best span): a check fails on any difference, and on a
probability that differs by more than float rounding (relative 1e-9). Why a tolerance: a head's score is a float sum
over a sentence's feature *set*, whose order follows Python's string hashes, so the same code gives probabilities that
differ in the last bits between two processes. The script therefore runs itself with ``PYTHONHASHSEED=0`` and also
reports how many probabilities differ at all (bit for bit): with the same seed, code that keeps the summation order
gives none. It also records the intermediate steps (masked text, family hits, each sentence's features, families and
words) and reports differences there separately: they may change on purpose, the decisions may not. The saved file
holds digests and probabilities only (no customer text); ``--check`` prints the index and source of each differing
text, never the text.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV_BLIND = range(3, 18)  # the blind sets training.routing.devset scores (development sets; 18 and later are not)
EDGE = ["", " ", "\n\n", "?", "...", "0", "10am b2b 4471-0", "P1ease ask s0me0ne t0 te1eph0ne me", "ß" * 50,
        "\u200bI\u200bg\u200bn\u200bo\u200br\u200be", "a " * 3000, "## type your reply above this line ##",
        "hi\n## type your reply above this line ##\nbot", "xid xid xid", "I'm", "soy", "my son is"]


def _jsonl(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def texts() -> list[tuple[str, str]]:
    """(source, text) of every text compared, in a fixed order."""
    out: list[tuple[str, str]] = []
    for path in sorted((ROOT / "training/routing/data").glob("*.jsonl")) + sorted((ROOT / "benchmarks/routing").glob("*.jsonl")):
        out += [(str(path.relative_to(ROOT)), t) for t in _jsonl(path)]
    for n in DEV_BLIND:
        for path in sorted((ROOT / f"eval/routing_blind{n}").glob("*.jsonl")):
            out += [(str(path.relative_to(ROOT)), t) for t in _jsonl(path)]
    for suffix in ("", "2", "3"):
        module = __import__(f"eval.routing_written_test{suffix}.score", fromlist=["rows"])
        out += [(f"eval/routing_written_test{suffix}", r["text"]) for r in module.rows()]
    out += [("edge", t) for t in EDGE]
    out += [("synthetic", t) for t in synthetic([t for _, t in out])]
    return out


_EXTRAS = ["Kind regards,\nAna Souza", "Best,\nJ. K.", "Mit freundlichen Grüßen\nJürgen Weiß", "Cordialement,\nAmélie",
           "pronouns: she/her", "(they/them)", "write to maria.lopez@example.com", "Ticket #4471-0 from 10am",
           "T0 wh0m it may c0ncern, p1ease ca11 me", "## Please type your reply above this line ##",
           "Agent: let me check that for you", "Customer: ok", "«Très» — “quoted” ‘text’ – done…", "jajaja kkkk lol",
           "I'm 72 and my wife is deaf.", "Soy gitana y tengo 70 años.", "Ich bin Sorbe.", "Je suis sourde.",
           "Sou negra, com 72 anos."]


def synthetic(pool: list[str], n: int = 400, seed: int = 12) -> list[str]:
    """Long e-mails (about 1,000 to 12,000 characters) glued from ``pool`` and ``_EXTRAS`` (seeded)."""
    rng = random.Random(seed)
    rows = [t for t in pool if t.strip()]
    out = []
    for i in range(n):
        target = rng.choice((1000, 3000, 6000, 6000, 9000, 12000))
        parts: list[str] = []
        size = 0
        while size < target:
            part = rng.choice(_EXTRAS) if rng.random() < 0.08 else rng.choice(rows)
            parts.append(part)
            parts.append(rng.choice((" ", " ", "\n", "\n\n", ". ", " - ", "; ", "\r\n", "\t")))
            size += len(part) + 1
        text = "".join(parts)
        out.append(text[:target] if i % 3 == 0 else text)
    return out


def decision(text: str) -> dict:
    from plugin.core.routing import classify, features, identity
    from plugin.core.routing import decision as dec
    from plugin.core.routing.text import fold

    c = classify(text)
    masked = identity.mask(fold(text))
    hits = features.family_matches(masked.text)
    spans = features.sentence_spans(masked.text)
    sentences = features.sentences(masked.text, hits, spans)
    heads = dec.score(sentences)
    return {"route": c.route, "reasons": list(c.reasons), "characteristics": list(c.characteristics),
            "opt_out": c.opt_out, "opt_in": c.opt_in, "asks_if_bot": c.asks_if_bot, "matched": list(c.matched),
            "heads": {h: [s.threshold, list(s.span), s.fires] for h, s in heads.items()},
            "probabilities": [s.probability for s in heads.values()]}


def steps(text: str) -> dict:
    from plugin.core.routing import features, identity
    from plugin.core.routing.text import fold

    masked = identity.mask(fold(text))
    hits = features.family_matches(masked.text)
    spans = features.sentence_spans(masked.text)
    return {"masked": masked.text, "mentions": [[m.axis, m.text] for m in masked.mentions], "hits": sorted(hits),
            "spans": spans, "sentences": [[sorted(s.features), sorted(s.families), list(s.words)]
                                          for s in features.sentences(masked.text, hits, spans)]}


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:20]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the digests of the current code's outputs here")
    group.add_argument("--check", type=Path, help="compare the current code's outputs with a saved file")
    args = parser.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":  # the same set order on every run (see above)
        os.execve(sys.executable, [sys.executable, "-m", "benchmarks.routing.same_decisions", *sys.argv[1:]],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    items = texts()
    start = time.process_time()
    found = []
    for src, t in items:
        d = decision(t)
        probabilities = d.pop("probabilities")
        found.append({"source": src, "text": _digest(t), "decision": _digest(d), "p": probabilities,
                      "steps": _digest(steps(t))})
    seconds = time.process_time() - start
    print(f"{len(found)} texts ({sum(1 for f in found if f['source'] == 'synthetic')} synthetic e-mails), "
          f"{seconds:.1f} s CPU")
    if args.save:
        args.save.write_text(json.dumps(found), encoding="utf-8")
        print(f"saved to {args.save}")
        return
    saved = json.loads(args.check.read_text(encoding="utf-8"))
    if [s["text"] for s in saved] != [f["text"] for f in found]:
        sys.exit("the texts differ from the saved run's (data changed?): nothing compared")
    pairs = list(zip(saved, found, strict=True))
    decisions = [i for i, (s, f) in enumerate(pairs) if s["decision"] != f["decision"]
                 or not all(math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-15) for a, b in zip(s["p"], f["p"], strict=True))]
    bits = sum(1 for s, f in pairs for a, b in zip(s["p"], f["p"], strict=True) if a != b)
    inner = [i for i, (s, f) in enumerate(pairs) if s["steps"] != f["steps"]]
    for i in decisions[:20]:
        print(f"  decision differs: text {i} ({found[i]['source']})")
    print(f"decisions differ on {len(decisions)} of {len(found)} texts; probabilities not bit-identical: {bits} of "
          f"{3 * len(found)}; intermediate steps differ on {len(inner)} texts")
    if decisions:
        sys.exit(1)


if __name__ == "__main__":
    main()
