"""core.installation.install() with its collaborators given explicitly: an account fake, in-memory stores and
post-install steps (the extension point later issues use: a ticket field, a Help Center sync)."""
from __future__ import annotations

import pytest

from plugin.adapters.memory import InMemoryAuditLog, InMemorySecretStore, InMemoryTenantDirectory
from plugin.core.errors import Forbidden, PermanentError
from plugin.core.installation import Grant, InstallRequest, StepResult, Webhook, install


class FakeAccount:
    def __init__(self, role: str = "admin", fail: tuple[str, ...] = ()) -> None:
        self.role, self.fail, self.revoked, self.calls = role, fail, [], []

    def _maybe_fail(self, name: str) -> None:
        self.calls.append(name)
        if name in self.fail:
            raise PermanentError(f"{name} refused")

    def current_user(self):
        return 7, self.role

    def user_role(self, user_id):
        return self.role

    def ticket_field_id(self, title):
        self._maybe_fail("ticket_field_id")
        return 555

    def ensure_webhook(self, spec, endpoint):
        self._maybe_fail(f"ensure_webhook:{spec.key}")
        return Webhook(f"hook-{spec.key}", f"secret-of-{spec.key}-0123456789")

    def route_triggers(self, webhook_id):
        self._maybe_fail("route_triggers")
        return 2

    def retire_app_webhooks(self, keep):
        self._maybe_fail("retire_app_webhooks")
        return 2

    def delete_webhooks(self, endpoint):
        return 0

    def revoke(self, token=None):
        self.revoked.append(token)


class RecordingStep:
    def __init__(self, name: str, fail: bool = False) -> None:
        self.name, self.fail, self.seen = name, fail, []

    def run(self, config, account):
        self.seen.append(config.tenant)
        if self.fail:
            raise PermanentError("no permission")
        return StepResult({"field_id": 42})


def _install(account, steps=(), tenants=None, secrets=None, audit=None):
    tenants, secrets, audit = tenants or InMemoryTenantDirectory(), secrets or InMemorySecretStore(), \
        audit or InMemoryAuditLog()
    request = InstallRequest("acme", Grant("tok", "refresh", 2e9), "https://candor.test/webhooks/zendesk/acme", "9")
    result = install(request, account=account, tenants=tenants, secret_store=secrets, audit_log=audit,
                     clock=lambda: 1e9, steps=steps)
    return result, tenants, secrets, audit


def test_post_install_steps_run_in_order_and_are_audited():
    first, second = RecordingStep("bias_outcome_field"), RecordingStep("help_center_sync")
    result, _, _, audit = _install(FakeAccount(), steps=[first, second])
    assert first.seen == second.seen == ["acme"] and result.warnings == ()
    assert audit.query("acme")[-1]["detail"]["steps"] == {"bias_outcome_field": {"field_id": 42},
                                                          "help_center_sync": {"field_id": 42}}


def test_a_failing_step_is_a_warning_not_a_failed_install():
    result, tenants, secrets, _ = _install(FakeAccount(), steps=[RecordingStep("help_center_sync", fail=True)])
    assert tenants.get("acme") is not None and secrets.get("acme").zendesk_oauth_token == "tok"
    assert any("help_center_sync" in w for w in result.warnings)


def test_each_webhook_secret_is_stored_and_the_refresh_token_too():
    _, _, secrets, _ = _install(FakeAccount())
    stored = secrets.get("acme")
    assert stored.webhook_secrets == tuple(f"secret-of-{k}-0123456789" for k in ("tickets", "user_events", "article_events"))
    assert (stored.zendesk_refresh_token, stored.oauth_expires_at) == ("refresh", 2e9)


def test_without_routed_triggers_nobody_can_sign_and_app_webhooks_stay():
    account = FakeAccount(fail=("route_triggers",))
    result, _, secrets, _ = _install(account)
    assert result.to_dict()["webhook_addressed"] is False
    assert "secret-of-tickets-0123456789" not in secrets.get("acme").webhook_secrets
    assert "retire_app_webhooks" not in account.calls


def test_a_non_admin_gets_nothing_and_the_token_is_revoked():
    account = FakeAccount(role="agent")
    tenants, secrets = InMemoryTenantDirectory(), InMemorySecretStore()
    with pytest.raises(Forbidden):
        _install(account, tenants=tenants, secrets=secrets)
    assert tenants.get("acme") is None and secrets.get("acme") is None and account.revoked == [None]
    assert account.calls == []  # no webhook was created for a non-admin
