"""Webhook ack latency under concurrent signed requests (in-process, the real Flask app and intake with
SQLite dedupe and the in-process queue), and cold import/start times of the ack path and the worker.

Run: .venv/bin/python benchmarks/ack/run.py [--requests 2000] [--threads 8]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ack_latency(requests: int, threads: int) -> dict:
    import logging

    from handlers.app import create_app
    from plugin.core import signature
    from plugin.settings import Settings
    from plugin.wiring import build_services
    logging.disable(logging.INFO)  # production log level is WARNING (zappa_settings.json)
    home = Path(tempfile.mkdtemp(prefix="candor-bench-"))
    services = build_services(Settings(home=home, tenant="bench", webhook_secret="s"))
    app = create_app(services=services)
    latencies: list[float] = []
    lock = threading.Lock()
    per_thread = requests // threads

    def worker(index: int) -> None:
        client = app.test_client()
        for n in range(per_thread):
            # 20% duplicates: every fifth request repeats the previous event id
            event = index * per_thread + (n - 1 if n % 5 == 4 else n)
            body = json.dumps({"ticket_id": str(event + 1), "updated_at": f"2026-11-28T00:00:{event % 60:02d}Z",
                               "candor": 1}).encode()
            stamp = signature.format_timestamp(time.time())
            headers = {signature.SIGNATURE_HEADER: signature.sign("s", stamp, body),
                       signature.TIMESTAMP_HEADER: stamp, "Content-Type": "application/json",
                       "x-zendesk-webhook-invocation-id": f"b-{event}"}
            start = time.perf_counter()
            response = client.post("/webhooks/zendesk", data=body, headers=headers)
            elapsed = (time.perf_counter() - start) * 1000
            assert response.status_code == 202, response.status_code
            with lock:
                latencies.append(elapsed)

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    wall = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    wall = time.perf_counter() - wall
    return {"requests": len(latencies), "threads": threads, "queued": len(services.queue),
            "p50_ms": round(statistics.median(latencies), 2), "p99_ms": round(percentile(latencies, 0.99), 2),
            "max_ms": round(max(latencies), 2), "throughput_rps": round(len(latencies) / wall, 1)}


def cold(code: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                             env={**os.environ, "CANDOR_HOME": tempfile.mkdtemp(), "PYTHONPATH": str(ROOT)})
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return round(statistics.median(times), 3)


ACK_COLD = ("import time; t=time.perf_counter(); from handlers.app import create_app; create_app(); "
            "print(time.perf_counter()-t)")
WORKER_COLD = ("import time; t=time.perf_counter(); from plugin.wiring import build_services; s=build_services(); "
               "s.worker; s.redactor.find('warm up John Smith john@example.com'); s.kb.search('refund'); "
               "print(time.perf_counter()-t)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    result = {"ack": ack_latency(args.requests, args.threads),
              "cold_ack_s": cold(ACK_COLD), "cold_worker_s": cold(WORKER_COLD, runs=3)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
