"""An admin's opt-out (core/consent.py): one function stores it, audits it and says the state the pipeline
honours; the admin API and the CLI both go through it (services.privacy.set_opt_out)."""
from __future__ import annotations

from plugin.adapters.memory import InMemoryAuditLog, InMemoryPreferenceStore
from plugin.core.consent import set_opt_out


def test_an_opt_out_is_stored_and_audited_with_its_source():
    preferences, audit_log = InMemoryPreferenceStore(), InMemoryAuditLog()
    assert set_opt_out(preferences, audit_log, lambda: 1_800_000_000.0, "acme", "501", True, "admin_api") is True
    assert preferences.opted_out("acme", "501")
    [record] = list(audit_log.query("acme"))
    assert (record["action"], record["requester"], record["detail"]) == (
        "opt_out_set", "501", {"opted_out": True, "source": "admin_api"})


def test_an_opt_in_is_audited_too_and_the_answer_is_what_the_store_now_honours():
    class KeptAsHash(InMemoryPreferenceStore):  # an opt-out kept as a hash after an erasure is not lifted
        def opted_out(self, tenant: str, requester: str) -> bool:
            return True

    preferences, audit_log = KeptAsHash(), InMemoryAuditLog()
    assert set_opt_out(preferences, audit_log, lambda: 1_800_000_000.0, "acme", "501", False, "admin_cli") is True
    assert [r["detail"]["opted_out"] for r in audit_log.query("acme")] == [False]

