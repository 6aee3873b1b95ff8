"""Erasure of one requester in the core, with the in-memory stores and a fake cipher (no I/O): what is
deleted, pseudonymised and kept, the receipt, and the opt-out that survives as a salted hash."""
from __future__ import annotations

import json
import re
from types import SimpleNamespace

import pytest

from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.adapters.local_queue import InProcessQueue
from plugin.adapters.memory import InMemoryAuditLog, InMemoryPreferenceStore, InMemorySuggestionStore
from plugin.core import audit
from plugin.core.erasure import Erasure, Subject, resolve
from plugin.core.errors import BadRequest, CandorError, TransientError
from plugin.core.model import Classification, Comment, Job, Thread, Ticket, User
from plugin.core.pseudonyms import HonouredOptOuts, Pseudonyms
from plugin.core.redaction import PlaceholderMap
from plugin.core.tenant import TenantConfig
from plugin.core.vault import SuggestionArchive

TENANT = TenantConfig(tenant="acme")
MARIA = User(501, "Maria Gonzalez", "maria@example.com", "+1 415 555 0134")
ANA = User(502, "Ana Silva", "ana@example.com")


class FakeCipher:
    """Reversible and context-bound, like the real ones; opaque enough that values do not show."""

    def encrypt(self, plaintext: bytes, context: dict) -> bytes:
        return json.dumps(context, sort_keys=True).encode() + b"|" + plaintext[::-1]

    def decrypt(self, ciphertext: bytes, context: dict) -> bytes:
        head, _, body = ciphertext.partition(b"|")
        if head != json.dumps(context, sort_keys=True).encode():
            raise ValueError("wrong context")
        return body[::-1]


def _save(archive, requester: User, ticket_id: int, *values: tuple[str, str]) -> dict:
    mapping = PlaceholderMap()
    for kind, value in values:
        mapping.placeholder_for(kind, value)
    result = SimpleNamespace(mapping=mapping, redacted_draft="Hi <PERSON_1>", hidden={"PERSON": 1}, sources=(),
                             model="fake", confidence=0.9, draft_hash="h", flagged=())
    thread = Thread(Ticket(ticket_id, "Refund", requester.id), (Comment(1, requester.id, "hi", True),), (requester,))
    return archive.save(TENANT, thread, f"evt-{ticket_id}", Classification("ai_assist"), result)


@pytest.fixture
def world():
    cipher, prefs, log, store = FakeCipher(), InMemoryPreferenceStore(), InMemoryAuditLog(), InMemorySuggestionStore()
    archive = SuggestionArchive(store, cipher, lambda: 1_000_000.0)
    pseudonyms, queue = Pseudonyms(prefs, cipher), InProcessQueue()
    erasure = Erasure(suggestions=store, audit_log=log, preferences=prefs, pseudonyms=pseudonyms, cipher=cipher,
                      clock=lambda: 1_000_000.0, queue=queue)
    _save(archive, MARIA, 101, ("PERSON", "Maria Gonzalez"), ("EMAIL_ADDRESS", "maria@example.com"))
    _save(archive, ANA, 102, ("PERSON", "Ana Silva"), ("PHONE_NUMBER", "+1 (415) 555-0134"))  # names Maria's phone
    _save(archive, ANA, 103, ("PERSON", "Ana Silva"))
    for ticket_id, requester in ((101, "501"), (101, "501"), (102, "502")):
        log.append(audit.record(tenant="acme", ticket_id=ticket_id, event_id="e", action="suggestion_posted",
                                now=999_000.0, requester=requester, hidden={"PERSON": 1}))
    prefs.set_opt_out("acme", "501", True, "customer message")
    queue.enqueue(Job("acme", "evt-9", "comment_added", ticket_id=101))
    queue.enqueue(Job("acme", "evt-10", "comment_added", ticket_id=103))
    return SimpleNamespace(erasure=erasure, prefs=prefs, log=log, store=store, archive=archive, queue=queue,
                           pseudonyms=pseudonyms, cipher=cipher)


def test_erasure_deletes_drafts_pseudonymises_audit_and_keeps_the_opt_out_as_a_hash(world):
    subject = Subject("501", ("maria@example.com", "+1 415 555 0134", "Maria Gonzalez"), "email", "found")
    receipt = world.erasure.forget("acme", subject, "cli")
    stores = receipt.to_dict()["stores"]
    assert stores["suggestions"]["deleted"] == 2 and stores["suggestions"]["tickets"] == [101, 102]
    assert world.store.latest("acme", 101) is None and world.store.latest("acme", 102) is None
    assert world.store.latest("acme", 103) is not None  # Ana's other ticket does not mention Maria
    assert stores["audit"]["pseudonymised"] == 2 and stores["audit"]["tickets"] == [101]
    pseudonym = stores["audit"]["pseudonym"]
    assert [r["requester"] for r in world.log.records[:3]] == [pseudonym, pseudonym, "502"]
    assert stores["preferences"]["opt_out"] == "kept_as_hash" and stores["queue"] == {"removed": 1}
    assert [j.ticket_id for j in world.queue.pending()] == [103]
    assert receipt.tickets == (101, 102) and receipt.requester_id == "501"
    assert not world.prefs.opted_out("acme", "501")  # the id itself is gone...
    assert HonouredOptOuts(world.prefs, world.pseudonyms).opted_out("acme", "501")  # ...the opt-out is honoured
    assert not any(_names_501(key[1]) for key in world.prefs.opt_outs)


def _names_501(text: str) -> bool:
    """The requester id 501 as a value of its own; inside a random hex digest it is chance, not a leak."""
    return re.search(r"\b501\b", text) is not None


def test_the_audit_copy_of_the_receipt_does_not_name_the_requester(world):
    receipt = world.erasure.forget("acme", Subject("501"), "zendesk_user_deleted", event_id="evt-del-1")
    [entry] = [r for r in world.log.records if r["action"] == "erasure"]
    assert entry["requester"] == receipt.stores["audit"]["pseudonym"] and entry["event_id"] == "evt-del-1"
    assert entry["detail"]["receipt_id"] == receipt.receipt_id and not _names_501(json.dumps(entry))
    assert set(receipt.to_dict()) == {"receipt_id", "tenant", "time", "requester_id", "requested_by", "given_as",
                                      "lookup", "stores", "tickets"}


def test_erasing_again_finds_nothing_more(world):
    world.erasure.forget("acme", Subject("501"), "cli")
    again = world.erasure.forget("acme", Subject("501"), "cli").stores
    assert (again["suggestions"]["deleted"], again["audit"]["pseudonymised"], again["preferences"]["opt_out"]) == \
        (0, 0, "none")


def test_a_requester_who_had_not_opted_out_leaves_no_hash(world):
    world.prefs.set_opt_out("acme", "502", False, "customer message")
    assert world.erasure.forget("acme", Subject("502"), "cli").stores["preferences"]["opt_out"] == "deleted"
    assert ("acme", "502") not in world.prefs.opt_outs and len(world.prefs.salts) == 0


def test_opting_back_in_lifts_the_hashed_opt_out(world):
    world.erasure.forget("acme", Subject("501"), "cli")
    honoured = HonouredOptOuts(world.prefs, world.pseudonyms)
    honoured.set_opt_out("acme", "501", False, "customer message")
    assert not honoured.opted_out("acme", "501")
    assert not any(k[1].startswith("h:") for k in world.prefs.opt_outs)


def test_the_pseudonym_is_stable_per_tenant_and_differs_between_tenants(world):
    first = world.pseudonyms.of("acme", "501")
    assert first == Pseudonyms(world.prefs, world.cipher).of("acme", "501")  # same sealed salt, another process
    assert first != world.pseudonyms.of("globex", "501") and first.startswith("h:")
    # a keyed hash, not the id: 64 hex digits (a bare `"501" not in first` failed ~1.5 % of runs by chance)
    digest = first.removeprefix("h:")
    assert len(digest) == 64 and set(digest) <= set("0123456789abcdef") and digest != "501"
    assert first == world.pseudonyms.of("acme", "501") != world.pseudonyms.of("acme", "502")


def test_a_vault_nobody_can_open_is_kept_and_an_unavailable_key_service_stops_the_erasure(world):
    world.store.items[("acme", 104)] = [{"id": "x", "ticket_id": 104, "requester": "9", "vault": "bm90IGEgdmF1bHQ="}]
    world.erasure.forget("acme", Subject(None, ("maria@example.com",), "email", "not_found"), "cli")
    assert world.store.latest("acme", 104) is not None

    def unavailable(ciphertext, context):
        raise TransientError("kms down")
    world.cipher.decrypt = unavailable
    with pytest.raises(TransientError):
        world.erasure.forget("acme", Subject(None, ("maria@example.com",), "email", "not_found"), "cli")


class Directory:
    def __init__(self, user=None, error=None):
        self.user, self.error = user, error

    def user_by_id(self, user_id):
        if self.error:
            raise self.error
        return self.user if self.user and self.user.id == user_id else None

    def user_by_email(self, email):
        if self.error:
            raise self.error
        return self.user if self.user and self.user.email == email.strip().lower() else None


def test_resolve_an_email_through_the_helpdesk():
    subject = resolve(" maria@example.com ", Directory(MARIA))
    assert (subject.requester, subject.given_as, subject.lookup) == ("501", "email", "found")
    assert set(subject.values) == {"maria@example.com", "+1 415 555 0134", "Maria Gonzalez"}


def test_resolve_an_id_learns_the_values_and_survives_a_failed_lookup():
    assert resolve("501", Directory(MARIA)).values == ("maria@example.com", "+1 415 555 0134", "Maria Gonzalez")
    failed = resolve("501", Directory(error=CandorError("down")))
    assert (failed.requester, failed.values, failed.lookup) == ("501", (), "failed")
    assert resolve("501", None).lookup == "skipped"


def test_resolve_an_unknown_email_keeps_the_email_to_search_vaults_and_a_failed_one_is_retried():
    subject = resolve("ghost@example.com", Directory(MARIA))
    assert (subject.requester, subject.values, subject.lookup) == (None, ("ghost@example.com",), "not_found")
    with pytest.raises(TransientError):
        resolve("maria@example.com", Directory(error=CandorError("down")))


def test_a_single_name_is_not_used_to_search_vaults():
    assert resolve("7", Directory(User(7, "Maria", "m@example.com"))).values == ("m@example.com",)


@pytest.mark.parametrize("given", ["", "maria", "0", "-5", "maria@", "12 34"])
def test_resolve_refuses_what_is_neither_an_id_nor_an_email(given):
    with pytest.raises(BadRequest):
        resolve(given, None)


def test_dry_run_helpdesk_answers_as_a_user_directory():
    desk = DryRunHelpdesk([Thread(Ticket(1, "s", 501), (), (MARIA,))])
    assert resolve("MARIA@example.com", desk).requester == "501"


def test_a_new_salt_after_a_reinstall_is_used_at_once_by_erasure_and_soon_by_reads():
    prefs, now = InMemoryPreferenceStore(), [0.0]
    pseudonyms = Pseudonyms(prefs, FakeCipher(), clock=lambda: now[0])
    before = pseudonyms.of("acme", "501")
    prefs.delete_tenant("acme")  # tenant removed and installed again: another process makes a new salt
    fresh = Pseudonyms(prefs, FakeCipher()).of("acme", "501")
    assert fresh != before and pseudonyms.existing("acme", "501") == before  # reads: cached for a while
    now[0] = 10_000.0
    assert pseudonyms.existing("acme", "501") == fresh
    prefs.delete_tenant("acme")
    newest = Pseudonyms(prefs, FakeCipher()).of("acme", "501")
    assert pseudonyms.of("acme", "501") == newest != fresh  # erasure asks the store at once


def test_dead_lettered_jobs_naming_the_requester_are_dropped_too(world):
    world.queue.dead_letters.append((Job("acme", "evt-del", "user_deleted", user_id=501), "TransientError"))
    world.queue.dead_letters.append((Job("acme", "evt-other", "comment_added", ticket_id=103), "PermanentError"))
    assert world.erasure.forget("acme", Subject("501"), "cli").stores["queue"] == {"removed": 2}
    assert [job.event_id for job, _ in world.queue.dead_letters] == ["evt-other"]
