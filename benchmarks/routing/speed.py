"""Speed of the router (issue 12 goals): import, first call, p50/p99 per message, a 6,000-character e-mail.

    .venv/bin/python -m benchmarks.routing.speed

Each figure is CPU time of this process (``time.process_time``), so other load on a shared machine inflates it
less than wall time; import and first call are measured in fresh interpreters (median of 5)."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROWS = [json.loads(line)["text"] for line in (ROOT / "training/routing/data/project.jsonl").read_text().splitlines()]
_COLD = ("import time; t=time.process_time(); import plugin.core.routing as r; a=time.process_time(); "
         "r.classify('Where is my parcel?'); b=time.process_time(); print(a-t, b-a)")


def cold() -> tuple[float, float]:
    runs = [tuple(map(float, subprocess.run([sys.executable, "-c", _COLD], cwd=ROOT, capture_output=True, text=True,
                                            check=True).stdout.split())) for _ in range(5)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> None:
    from plugin.core.routing import classify
    imported, first = cold()
    for text in ROWS:  # warm every lazily compiled pattern group once
        classify(text)
    times = []
    for text in ROWS:
        start = time.process_time()
        classify(text)
        times.append((time.process_time() - start) * 1000)
    times.sort()
    email = " ".join(ROWS)[:6000]
    long_runs = []
    for _ in range(5):
        start = time.process_time()
        classify(email)
        long_runs.append((time.process_time() - start) * 1000)
    print(f"import {imported * 1000:.0f} ms, first classify {first * 1000:.0f} ms (fresh interpreter, median of 5)")
    print(f"per message over {len(times)} messages: p50 {times[len(times) // 2]:.2f} ms, "
          f"p99 {times[int(0.99 * (len(times) - 1))]:.2f} ms")
    print(f"6,000-character e-mail: median {statistics.median(long_runs):.1f} ms")


if __name__ == "__main__":
    main()
