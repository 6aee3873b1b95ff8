"""Latency and throughput: PresidioRedactor.find vs plain Presidio AnalyzerEngine, same model, same run.

    .venv/bin/python benchmarks/redaction/latency.py [--texts 300] [--rounds 2]

Texts are the ticket-like corpus (corpora.tickets, ~600 characters each). Every system gets 20 warm-up
calls, then each text is timed once per round (single thread). `python -m plugin redact --jsonl` calls
PresidioRedactor().find per line, so the "candor" row is also the per-line cost of that batch path
(plus JSON parsing, which is negligible).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402
from systems import SYSTEMS  # noqa: E402


def measure(find, texts: list[str], rounds: int) -> dict:
    for text in texts[:20]:
        find(text)
    samples = []
    for _ in range(rounds):
        for text in texts:
            t0 = time.perf_counter()
            find(text)
            samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return {"p50": statistics.median(samples), "p95": samples[int(len(samples) * 0.95) - 1],
            "mean": statistics.fmean(samples), "per_s": 1000 / statistics.fmean(samples)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--systems", default="candor,presidio,regex")
    args = ap.parse_args()
    texts = [r["text"] for r in corpora.tickets(args.texts)]
    print(f"{len(texts)} texts, mean {statistics.fmean(map(len, texts)):.0f} chars, {args.rounds} rounds\n")
    print("| system | build (s) | p50 ms | p95 ms | mean ms | texts/s |")
    print("|---|---|---|---|---|---|")
    for name in args.systems.split(","):
        t0 = time.perf_counter()
        find = SYSTEMS[name]()
        build = time.perf_counter() - t0
        r = measure(find, texts, args.rounds)
        print(f"| {name} | {build:.2f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['mean']:.1f} | {r['per_s']:.0f} |")


if __name__ == "__main__":
    main()
