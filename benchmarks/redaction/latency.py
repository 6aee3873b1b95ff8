"""Latency and throughput: PresidioRedactor.find vs plain Presidio AnalyzerEngine, same model, same run.

    .venv/bin/python benchmarks/redaction/latency.py [--texts 300] [--rounds 2] [--root DIR]

Texts are the ticket-like corpus (corpora.tickets, ~600 characters each). Every system gets 20 warm-up
calls, then each text is timed once per round (single thread). `python -m plugin redact --jsonl` calls
PresidioRedactor().find per line, so the "candor" row is also the per-line cost of that batch path
(plus JSON parsing, which is negligible).

"cpu p50" is the median processor time of a call (time.process_time): on a shared machine the wall-clock figures
follow the load, the processor time much less. `--root DIR` imports `plugin` from another checkout (e.g. main
unpacked with `git archive`) to measure before and after with the same script.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

if "--root" in sys.argv:
    sys.path.insert(0, sys.argv[sys.argv.index("--root") + 1])

import corpora  # noqa: E402
from systems import SYSTEMS  # noqa: E402


def measure(find, texts: list[str], rounds: int) -> dict:
    for text in texts[:20]:
        find(text)
    samples, cpu = [], []
    for _ in range(rounds):
        for text in texts:
            c0, t0 = time.process_time(), time.perf_counter()
            find(text)
            samples.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
    samples.sort()
    return {"p50": statistics.median(samples), "p95": samples[int(len(samples) * 0.95) - 1],
            "mean": statistics.fmean(samples), "per_s": 1000 / statistics.fmean(samples),
            "cpu_p50": statistics.median(cpu)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--systems", default="candor,presidio,regex")
    ap.add_argument("--root", help="import plugin from this checkout (read before the imports above)")
    args = ap.parse_args()
    texts = [r["text"] for r in corpora.tickets(args.texts)]
    import plugin
    print(f"{len(texts)} texts, mean {statistics.fmean(map(len, texts)):.0f} chars, {args.rounds} rounds, "
          f"plugin from {Path(plugin.__file__).parent}, load average {os.getloadavg()[0]:.1f}\n")
    print("| system | build (s) | p50 ms | p95 ms | mean ms | texts/s | cpu p50 ms |")
    print("|---|---|---|---|---|---|---|")
    for name in args.systems.split(","):
        t0 = time.perf_counter()
        find = SYSTEMS[name]()
        build = time.perf_counter() - t0
        r = measure(find, texts, args.rounds)
        print(f"| {name} | {build:.2f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['mean']:.1f} | {r['per_s']:.0f} "
              f"| {r['cpu_p50']:.1f} |")


if __name__ == "__main__":
    main()
