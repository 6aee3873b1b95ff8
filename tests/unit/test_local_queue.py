"""The embedded queue: per-tenant round-robin (no starvation), delayed retries, dead letters."""
import pytest

from plugin.adapters.local_queue import InProcessQueue
from plugin.core.errors import PermanentError, TransientError
from plugin.core.model import Job


class FakeTime:
    def __init__(self):
        self.now, self.slept = 1000.0, []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def job(tenant, n):
    return Job(tenant, f"{tenant}-{n}", "comment_added", ticket_id=n)


def test_a_burst_from_one_tenant_does_not_starve_another():
    queue = InProcessQueue()
    for n in range(100):
        queue.enqueue(job("loud", n))
    queue.enqueue(job("quiet", 1))
    queue.enqueue(job("other", 1))
    order = []
    queue.drain(lambda j: order.append(j.event_id))
    assert order[:3] == ["loud-0", "quiet-1", "other-1"]
    assert [e for e in order if e.startswith("loud")] == [f"loud-{n}" for n in range(100)]  # FIFO per tenant
    assert len(order) == 102 and len(queue) == 0


def test_tenants_take_turns_job_by_job():
    queue = InProcessQueue()
    for n in range(3):
        queue.enqueue(job("a", n))
    for n in range(3):
        queue.enqueue(job("b", n))
    order = []
    queue.drain(lambda j: order.append(j.event_id))
    assert order == ["a-0", "b-0", "a-1", "b-1", "a-2", "b-2"]


def test_a_failed_job_comes_back_after_a_backoff_and_others_go_first():
    time = FakeTime()
    queue = InProcessQueue(clock=time.clock, sleep=time.sleep, base_delay=5.0)
    attempts = []

    def handler(j):
        attempts.append((j.event_id, time.now))
        if j.event_id == "a-0" and len([a for a in attempts if a[0] == "a-0"]) < 3:
            raise TransientError("zendesk 503")

    queue.enqueue(job("a", 0))
    queue.enqueue(job("a", 1))
    queue.drain(handler)
    assert [a[0] for a in attempts] == ["a-0", "a-1", "a-0", "a-0"]
    assert time.slept == [5.0, 10.0] and queue.dead_letters == []


def test_retry_after_from_the_error_is_honoured():
    time = FakeTime()
    queue = InProcessQueue(clock=time.clock, sleep=time.sleep)
    calls = []

    def handler(j):
        calls.append(time.now)
        if len(calls) == 1:
            raise TransientError("429", retry_after=42.0)

    queue.enqueue(job("a", 0))
    queue.drain(handler)
    assert calls == [1000.0, 1042.0]


def test_only_what_truly_failed_is_dead_lettered():
    time = FakeTime()
    queue = InProcessQueue(max_receives=3, clock=time.clock, sleep=time.sleep)
    seen = []

    def handler(j):
        seen.append(j.event_id)
        if j.tenant == "ghost":
            raise PermanentError("tenant not installed")
        if j.event_id == "a-down":
            raise TransientError("zendesk down")

    for j in (job("ghost", 1), Job("a", "a-down", "comment_added", ticket_id=2), job("a", 3)):
        queue.enqueue(j)
    queue.drain(handler)
    assert sorted((j.event_id, why) for j, why in queue.dead_letters) == [
        ("a-down", "TransientError"), ("ghost-1", "PermanentError")]
    assert seen.count("ghost-1") == 1 and seen.count("a-down") == 3 and seen.count("a-3") == 1


def test_pending_and_len():
    queue = InProcessQueue()
    queue.enqueue(job("a", 1))
    queue.enqueue(job("b", 2))
    assert len(queue) == 2 and {j.event_id for j in queue.pending()} == {"a-1", "b-2"}
    assert queue.next_ready_in() == 0.0
    assert queue.run_once(lambda j: None) and len(queue) == 1


@pytest.mark.parametrize("timeout", [None, 0.01])
def test_an_empty_queue_returns_false(timeout):
    assert InProcessQueue().run_once(lambda j: None, timeout=timeout) is False
