"""Bounded load test of the embedded server: gunicorn on 127.0.0.1 serving handlers.wsgi:app, signed webhooks
from several tenants, one tenant bursting, 20% duplicate deliveries; the worker posts notes to a local fake
Zendesk (tests/contract/zendesk_server.py). Measures ack latency, checks that every unique event got exactly
one note and no duplicate got a second, and how long quiet tenants wait while one tenant bursts (per-tenant
round-robin in the queue, or one FIFO for comparison). Loopback only; request count and time are bounded.

Run: .venv/bin/python benchmarks/load/run.py [--order both] [--burst 600] [--steady 100] [--tenants 4]
Figures and method: benchmarks/load/README.md.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "contract")]
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import zendesk_server  # noqa: E402
from zendesk_server import PLUGIN_USER_ID, ZendeskServer  # noqa: E402
from zendesk_spec import SpecValidator  # noqa: E402
from zendesk_state import make_comment, make_ticket, make_user  # noqa: E402

from plugin.core import signature  # noqa: E402

EMAIL, TOKEN, CUSTOMER = "candor@example.com", "load-token", 501
TEXTS = ["Hello, I returned my order last week. When will I get my refund?", "Where is my parcel? It is late.",
         "I forgot my password and cannot log in.", "Can I get a copy of my invoice please?"]


# The fake writes headers and body separately; without TCP_NODELAY, Nagle + delayed ACK add ~40 ms per call.
zendesk_server._Handler.disable_nagle_algorithm = True


class MatchOnlyValidator(SpecValidator):
    """Routes by the Support API spec but skips schema checks: the fake should not eat the CPU it measures
    (the contract tests check our requests against the spec)."""

    def request_errors(self, *args, **kwargs):
        return []

    def response_errors(self, *args, **kwargs):
        return []


class TimedZendesk(ZendeskServer):
    """Remembers when each ticket got its first note, as seen by Zendesk."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.noted_at: dict[int, float] = {}

    def handle(self, method, raw_path, headers, raw):
        answer = super().handle(method, raw_path, headers, raw)
        if method == "PUT" and b'"comment"' in raw and answer[0] == 200:
            ticket = int(raw_path.split("/")[4].split(".")[0].split("?")[0])
            self.noted_at.setdefault(ticket, time.monotonic())
        return answer


@dataclass
class Delivery:
    send_at: float
    tenant: str
    ticket: int
    event_id: str
    duplicate: bool
    status: int = 0
    answer: str = ""
    sent: float = 0.0
    latency_ms: float = 0.0


@dataclass
class Plan:
    secrets: dict[str, str]
    deliveries: list[Delivery] = field(default_factory=list)


def make_plan(tenants: int, burst: int, steady: int, spread: float, dup_rate: float, seed: int) -> Plan:
    rng = random.Random(seed)
    names = [f"t{i}" for i in range(tenants)]
    plan = Plan({name: f"secret-{name}-{seed}" for name in names})
    for index, name in enumerate(names):
        count = burst if index == 0 else steady
        for n in range(count):
            at = 0.0 if index == 0 else spread * (n + rng.random()) / count  # the loud tenant sends all at once
            plan.deliveries.append(Delivery(at, name, (index + 1) * 100_000 + n, f"evt-{name}-{n}", False))
    originals = list(plan.deliveries)
    extra = round(len(originals) * dup_rate / (1 - dup_rate))  # duplicates are dup_rate of all requests
    for original in rng.sample(originals, extra):
        plan.deliveries.append(Delivery(original.send_at + rng.uniform(0.05, 2.0), original.tenant, original.ticket,
                                        original.event_id, True))
    plan.deliveries.sort(key=lambda d: d.send_at)
    return plan


def seed_zendesk(zendesk: ZendeskServer, plan: Plan, rng: random.Random) -> None:
    users = [make_user(CUSTOMER, "Maria Example", email="maria@example.com"),
             make_user(601, "Alex Agent", "agent", email="alex@acme.test")]
    for d in plan.deliveries:
        if not d.duplicate:
            zendesk.state.add(make_ticket(d.ticket, CUSTOMER, updated_at="2024-05-02T10:00:00Z"),
                              [make_comment(d.ticket * 10 + 1, CUSTOMER, rng.choice(TEXTS))], users)


def prepare_home(home: Path, plan: Plan, zendesk_url: str) -> dict:
    """Tenants and their secrets in the SQLite state the server will open; returns the server's environment."""
    from plugin.core.tenant import TenantConfig, TenantSecrets
    from plugin.settings import Settings
    from plugin.wiring import build_services

    names = list(plan.secrets)
    env = {"CANDOR_BACKEND": "embedded", "CANDOR_HOME": str(home), "CANDOR_TENANT": names[0],
           "CANDOR_WEBHOOK_SECRET": plan.secrets[names[0]], "ZENDESK_SUBDOMAIN": names[0], "ZENDESK_EMAIL": EMAIL,
           "ZENDESK_API_TOKEN": TOKEN, "ZENDESK_BASE_URL": zendesk_url, "CANDOR_DRAFTER": "offline",
           "CANDOR_REDACTOR": "regex", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    services = build_services(Settings.from_env(env))
    for name in names[1:]:
        services.tenants.put(TenantConfig(tenant=name))
        services.secrets.put(name, TenantSecrets(plan.secrets[name], EMAIL, TOKEN))
    services.db.conn.close()
    return env


def body_of(d: Delivery) -> bytes:
    return json.dumps({"type": "zen:event-type:ticket.comment_added", "account_id": 1, "id": d.event_id,
                       "subject": f"zen:ticket:{d.ticket}", "detail": {"id": str(d.ticket)},
                       "event": {"comment": {"id": str(d.ticket * 10 + 1), "is_public": True,
                                             "author": {"id": str(CUSTOMER), "is_staff": False}}}}).encode()


def send_all(port: int, plan: Plan, senders: int) -> float:
    items, lock = iter(plan.deliveries), threading.Lock()
    start = time.monotonic()

    def sender() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                d = next(items, None)
            if d is None:
                break
            delay = start + d.send_at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            body = body_of(d)
            stamp = signature.format_timestamp(time.time())
            headers = {signature.SIGNATURE_HEADER: signature.sign(plan.secrets[d.tenant], stamp, body),
                       signature.TIMESTAMP_HEADER: stamp, "Content-Type": "application/json"}
            d.sent = time.monotonic()
            conn.request("POST", f"/webhooks/zendesk/{d.tenant}", body, headers)
            response = conn.getresponse()
            payload = response.read()
            d.latency_ms = (time.monotonic() - d.sent) * 1000
            d.status = response.status
            d.answer = json.loads(payload).get("status", "") if payload else ""
        conn.close()

    pool = [threading.Thread(target=sender) for _ in range(senders)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return time.monotonic() - start


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(env: dict, port: int, threads: int, order: str, log: Path) -> subprocess.Popen:
    command = [str(Path(sys.executable).with_name("gunicorn")), "-c", str(ROOT / "benchmarks/load/gunicorn_conf.py"),
               "--bind", f"127.0.0.1:{port}", "--threads", str(threads), "--error-logfile", str(log),
               "--chdir", str(ROOT), "handlers.wsgi:app"]
    proc = subprocess.Popen(command, env={**os.environ, **env, "PYTHONPATH": str(ROOT), "LOAD_QUEUE_ORDER": order},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit(f"gunicorn did not start; see {log}")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 2) if ordered else 0.0


def run_once(args, order: str) -> dict:
    rng = random.Random(args.seed)
    plan = make_plan(args.tenants, args.burst, args.steady, args.spread, args.dup_rate, args.seed)
    home = Path(tempfile.mkdtemp(prefix="candor-load-"))
    zendesk = TimedZendesk(email=EMAIL, api_token=TOKEN, validator=MatchOnlyValidator()).start()
    seed_zendesk(zendesk, plan, rng)
    port = free_port()
    server = start_gunicorn(prepare_home(home, plan, zendesk.base_url), port, args.threads, order, home / "gunicorn.log")
    try:
        wall = send_all(port, plan, args.senders)
        unique = {d.ticket for d in plan.deliveries if not d.duplicate}
        deadline = time.monotonic() + args.deadline
        while len(zendesk.noted_at) < len(unique) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)  # anything posted twice would show up now
    finally:
        server.terminate()
        server.wait(timeout=30)
        zendesk.stop()
    return summarise(plan, zendesk, unique, wall, order)


def summarise(plan: Plan, zendesk: TimedZendesk, unique: set[int], wall: float, order: str) -> dict:
    notes = {t: sum(1 for c in zendesk.state.comments[t] if c["author_id"] == PLUGIN_USER_ID) for t in unique}
    firsts = {}
    for d in sorted(plan.deliveries, key=lambda d: d.sent):
        firsts.setdefault(d.ticket, d)
    latencies = [d.latency_ms for d in plan.deliveries]
    dwell: dict[str, list[float]] = {}
    for ticket, d in firsts.items():
        if ticket in zendesk.noted_at:
            dwell.setdefault(d.tenant, []).append(zendesk.noted_at[ticket] - (d.sent + d.latency_ms / 1000))
    processed = list(zendesk.noted_at.values())
    return {
        "queue_order": order, "requests": len(plan.deliveries), "unique_events": len(unique),
        "duplicates_sent": sum(d.duplicate for d in plan.deliveries), "send_wall_s": round(wall, 2),
        "statuses": {str(s): sum(d.status == s for d in plan.deliveries) for s in sorted({d.status for d in plan.deliveries})},
        "answers": {a: sum(d.answer == a for d in plan.deliveries) for a in sorted({d.answer for d in plan.deliveries})},
        "ack_ms": {"p50": pct(latencies, 0.5), "p95": pct(latencies, 0.95), "p99": pct(latencies, 0.99),
                   "max": pct(latencies, 1.0)},
        "ack_rps": round(len(latencies) / wall, 1),
        "events_with_exactly_one_note": sum(n == 1 for n in notes.values()),
        "events_without_note": sum(n == 0 for n in notes.values()),
        "events_with_more_than_one_note": sum(n > 1 for n in notes.values()),
        "worker_jobs_per_s": round(len(processed) / (max(processed) - min(processed)), 1) if len(processed) > 1 else 0,
        "dwell_s_by_tenant": {t: {"n": len(v), "p50": pct(v, 0.5), "p95": pct(v, 0.95), "max": pct(v, 1.0)}
                              for t, v in sorted(dwell.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenants", type=int, default=4)
    parser.add_argument("--burst", type=int, default=600, help="events the loud tenant sends at once")
    parser.add_argument("--steady", type=int, default=100, help="events each quiet tenant sends over --spread s")
    parser.add_argument("--spread", type=float, default=8.0)
    parser.add_argument("--dup-rate", type=float, default=0.2)
    parser.add_argument("--senders", type=int, default=16)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--deadline", type=float, default=240.0, help="seconds to wait for the worker to finish")
    parser.add_argument("--order", choices=["roundrobin", "fifo", "both"], default="both")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    orders = ["roundrobin", "fifo"] if args.order == "both" else [args.order]
    print(json.dumps([run_once(args, order) for order in orders], indent=2))


if __name__ == "__main__":
    main()
