"""The ack path: verify, parse, deduplicate, enqueue ids. Fast, and imports nothing heavy.

Zendesk waits 12 s for an answer and retries only 409, 429/503 with Retry-After < 60 s, and timeouts
(https://developer.zendesk.com/api-reference/webhooks/introduction/, "Webhook retries"), so we answer 202 as soon as the ids are queued and 503 + Retry-After when the
queue is down, which Zendesk does retry.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from . import events, signature
from .errors import BadRequest, Unauthorized
from .logs import log_event
from .model import Job
from .ports import Clock, IdempotencyStore, Queue
from .tenant import SecretStore, TenantConfig, TenantDirectory
from .texts import HTTP_TEXTS

log = logging.getLogger("candor.intake")

MAX_BODY_BYTES = 256 * 1024
DEDUPE_SECONDS = 7 * 24 * 3600  # Zendesk keeps retrying an invocation for far less than this
# Shorter than the Retry-After of our 503: a delivery retried after an attempt that died before releasing
# its claim (store down, process killed) finds the claim expired instead of being taken for a duplicate.
# At worst that queues a job twice; the worker's own claim and the note ref make that one note.
CLAIM_SECONDS = 20
RETRY_AFTER = "30"
# A captured body can be replayed with a valid signature for as long as its timestamp is inside the window
# (± signature.MAX_SKEW_SECONDS) and a new, unsigned invocation id; remembering the body's digest for the
# whole window makes every such replay a duplicate.
BODY_DEDUPE_SECONDS = 2 * signature.MAX_SKEW_SECONDS + 60


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, object]
    headers: dict[str, str] = field(default_factory=dict)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


class Intake:
    def __init__(self, tenants: TenantDirectory, secrets: SecretStore, seen: IdempotencyStore,
                 queue: Queue, clock: Clock, default_tenant: str | None = None) -> None:
        """`default_tenant`: a single-tenant install whose config names no account id accepts any
        account id (the signature still has to match its secret)."""
        self._tenants, self._secrets, self._seen, self._queue, self._clock = tenants, secrets, seen, queue, clock
        self._default = default_tenant

    def accept(self, headers: Mapping[str, str], body: bytes, path_tenant: str | None = None) -> Answer:
        try:
            return self._accept(headers, body, path_tenant)
        except Unauthorized:
            log_event(log, "webhook_rejected", logging.WARNING, reason="unauthorized")
            return Answer(401, {"error": HTTP_TEXTS["unauthorized"]})
        except BadRequest as exc:
            log_event(log, "webhook_rejected", logging.WARNING, reason="bad_request", status=exc.status)
            return Answer(exc.status, {"error": str(exc)})
        except Exception as exc:  # a store (tenants, secrets, dedupe) failed or was throttled: let Zendesk retry
            log_event(log, "webhook_unavailable", logging.ERROR, error=type(exc).__name__)
            return _unavailable()

    def _accept(self, headers: Mapping[str, str], body: bytes, path_tenant: str | None) -> Answer:
        if len(body) > MAX_BODY_BYTES:
            raise BadRequest(HTTP_TEXTS["too_large"], 413)
        content_type = (_header(headers, "Content-Type") or "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise BadRequest(HTTP_TEXTS["content_type"], 415)
        tenant = self._resolve_tenant(headers, path_tenant)
        secrets = self._secrets.get(tenant.tenant)
        if secrets is None:
            raise Unauthorized("no secret")
        signature.verify(secrets.webhook_secrets, _header(headers, signature.SIGNATURE_HEADER),
                         _header(headers, signature.TIMESTAMP_HEADER), body, self._clock())
        self._pin_account(tenant, _header(headers, "x-zendesk-account-id"))
        payload = _decode_json(body)
        parsed = events.parse(payload, tenant.tenant, _header(headers, "x-zendesk-webhook-invocation-id"))
        if parsed.event is None:
            log_event(log, "webhook_ignored", tenant=tenant.tenant, reason=parsed.skip_reason)
            return Answer(202, {"status": "ignored", "reason": parsed.skip_reason})
        return self._enqueue(Job.from_event(parsed.event), hashlib.sha256(body).hexdigest())

    def _resolve_tenant(self, headers: Mapping[str, str], path_tenant: str | None) -> TenantConfig:
        """The tenant a delivery is for. A tenant whose account id is known requires every delivery to carry
        that id: leaving the header out must not skip the comparison."""
        account_id = (_header(headers, "x-zendesk-account-id") or "").strip() or None
        config = None
        if path_tenant:
            config = self._tenants.get(path_tenant)
            if config is not None and config.account_id and config.account_id != account_id:
                config = None  # a request for tenant B carrying tenant A's account, or no account at all
        elif account_id:
            config = self._tenants.by_account_id(account_id)
        if config is None and not path_tenant and self._default:
            fallback = self._tenants.get(self._default)
            config = fallback if fallback is not None and not fallback.account_id else None
        if config is None:
            raise Unauthorized("unknown tenant")
        return config

    def _pin_account(self, tenant: TenantConfig, account_id: str | None) -> None:
        """A tenant without a known account id (added by hand, or installed before per-installation webhook
        secrets) learns it from its first delivery verified with ITS OWN secret; from then on every delivery
        must carry it. OAuth installs get their own webhook secret, so no other account can sign this one."""
        if tenant.account_id is None and account_id and account_id.strip().isdigit():
            self._tenants.put(replace(tenant, account_id=account_id.strip()))

    def _enqueue(self, job: Job, body_digest: str) -> Answer:
        key, body_key = f"intake:{job.tenant}:{job.event_id}", f"intake:{job.tenant}:body:{body_digest}"
        if not self._seen.claim(key, CLAIM_SECONDS):
            log_event(log, "webhook_duplicate", tenant=job.tenant, event_id=job.event_id)
            return Answer(202, {"status": "duplicate", "event_id": job.event_id})
        if not self._seen.claim(body_key, CLAIM_SECONDS):  # the same signed body under another invocation id
            self._seen.release(key)
            log_event(log, "webhook_duplicate", tenant=job.tenant, event_id=job.event_id, reason="same_body")
            return Answer(202, {"status": "duplicate", "event_id": job.event_id})
        try:
            self._queue.enqueue(job)
        except Exception as exc:  # any queue failure: let Zendesk retry, keep nothing half-done
            self._seen.release(key)
            self._seen.release(body_key)
            log_event(log, "enqueue_failed", logging.ERROR, tenant=job.tenant, event_id=job.event_id,
                      error=type(exc).__name__)
            return _unavailable()
        try:
            self._seen.complete(key, DEDUPE_SECONDS)
            self._seen.complete(body_key, BODY_DEDUPE_SECONDS)
        except Exception as exc:  # the job is queued: answer 202; a redelivery is deduplicated by the worker
            log_event(log, "dedupe_not_recorded", logging.WARNING, tenant=job.tenant, event_id=job.event_id,
                      error=type(exc).__name__)
        log_event(log, "webhook_accepted", tenant=job.tenant, event_id=job.event_id, kind=job.kind,
                  ticket_id=job.ticket_id)
        return Answer(202, {"status": "queued", "event_id": job.event_id})


def _unavailable() -> Answer:
    """503 with Retry-After: one of the answers Zendesk retries (see the module's docstring)."""
    return Answer(503, {"error": HTTP_TEXTS["unavailable"]}, {"Retry-After": RETRY_AFTER})


def _decode_json(body: bytes) -> object:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(HTTP_TEXTS["not_utf8"]) from exc
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise BadRequest(HTTP_TEXTS["bad_json"]) from exc
