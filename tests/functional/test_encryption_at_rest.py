"""Encryption at rest for the placeholder vault and OAuth tokens: a local key file created 0600 (embedded
default), KMS envelopes and a KMS-encrypted secret (AWS, in moto)."""
from __future__ import annotations

import base64
import json
import os
import stat
import uuid

import pytest

from plugin.adapters.local_crypto import LocalKeyCipher
from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.settings import Settings
from plugin.wiring import build_services
from tests.functional.zaf.support import seed_suggestion


@pytest.fixture
def permissive_umask():
    old = os.umask(0)  # whatever the operator's umask, the key file must come out 0600
    yield
    os.umask(old)


def test_the_key_file_is_created_readable_by_its_owner_only(tmp_path, permissive_umask):
    LocalKeyCipher(tmp_path / "state" / "key")
    mode = stat.S_IMODE((tmp_path / "state" / "key").stat().st_mode)
    assert mode == 0o600 and (tmp_path / "state" / "key").stat().st_size == 32


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o666])
def test_a_key_file_others_can_read_is_refused(tmp_path, mode):
    key = tmp_path / "key"
    key.write_bytes(os.urandom(32))
    key.chmod(mode)
    with pytest.raises(PermissionError, match="must not be readable by others"):
        LocalKeyCipher(key)


def test_a_key_file_of_the_wrong_size_is_refused(tmp_path):
    key = tmp_path / "key"
    key.write_bytes(b"short")
    key.chmod(0o600)
    with pytest.raises(ValueError, match="32-byte"):
        LocalKeyCipher(key)


def test_the_same_key_file_opens_what_it_sealed_and_another_does_not(tmp_path):
    sealed = LocalKeyCipher(tmp_path / "a" / "key").encrypt(b"Maria Gonzalez", {"tenant": "acme"})
    assert LocalKeyCipher(tmp_path / "a" / "key").decrypt(sealed, {"tenant": "acme"}) == b"Maria Gonzalez"
    with pytest.raises(Exception):  # noqa: B017 - cryptography's InvalidTag
        LocalKeyCipher(tmp_path / "b" / "key").decrypt(sealed, {"tenant": "acme"})


def test_embedded_vault_and_oauth_token_are_not_stored_in_clear(tmp_path, permissive_umask):
    services = build_services(Settings(home=tmp_path / "state", tenant="acme", redactor="regex"))
    services.secrets.put("acme", TenantSecrets("whsec-1", zendesk_oauth_token="oauth-token-in-clear-42"))
    seed_suggestion(services, "acme", name="Zofia Wisniewska")
    raw = b"".join(p.read_bytes() for p in (tmp_path / "state").glob("candor.db*"))
    assert b"oauth-token-in-clear-42" not in raw and b"Zofia Wisniewska" not in raw
    assert services.archive.latest("acme", 101)["draft"].startswith("Hi Zofia Wisniewska")
    assert stat.S_IMODE((tmp_path / "state" / "key").stat().st_mode) == 0o600


@pytest.mark.e2e
def test_aws_vault_is_a_kms_envelope_and_the_oauth_token_a_kms_encrypted_secret(moto_server):
    from tests.e2e.aws_moto import create_stack

    stack = create_stack(moto_server.url, project=f"enc{uuid.uuid4().hex[:6]}")
    services = build_services(Settings.from_env({**stack.env(), "CANDOR_REDACTOR": "regex"}))
    services.tenants.put(TenantConfig("acme"))
    services.secrets.put("acme", TenantSecrets("whsec-1", zendesk_oauth_token="oauth-token-in-clear-42"))
    seed_suggestion(services, "acme", name="Zofia Wisniewska")
    item = stack.client("dynamodb").scan(TableName=f"{stack.prefix}-suggestions")["Items"][0]
    assert b"Zofia" not in item["doc"]["S"].encode()
    vault = base64.b64decode(json.loads(item["doc"]["S"])["vault"])
    assert vault[:2] == b"K1"  # KmsCipher's envelope: a data key from KMS, AES-256-GCM locally
    secret = stack.client("secretsmanager").describe_secret(SecretId=f"{stack.secret_prefix}/tenants/acme")
    assert secret["KmsKeyId"] == f"alias/{stack.prefix}"
    assert services.archive.latest("acme", 101)["draft"].startswith("Hi Zofia Wisniewska")


def test_the_sqlite_files_are_private_to_the_owner(tmp_path):
    import os

    old = os.umask(0o022)  # a typical shell umask: files would come out 0644
    try:
        services = build_services(Settings(home=tmp_path / "state", tenant="acme", redactor="regex"))
        services.preferences.set_opt_out("acme", "5", True, "test")  # a write: the WAL and shm files exist
        files = sorted((tmp_path / "state").glob("candor.db*"))
        assert {p.name for p in files} >= {"candor.db", "candor.db-wal", "candor.db-shm"}
        assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {p.name: 0o600 for p in files}
    finally:
        os.umask(old)


def test_state_stays_private_after_a_checkpoint_a_restart_and_an_audit_export(tmp_path, monkeypatch, capsys):
    """Outside review (issue 13): the WAL is truncated and rewritten, the process restarts and reopens the file,
    and `audit-log export --out` writes the tenant's trail to a file: all of it owner-only under a 022 umask."""
    import os

    from plugin.cli import main

    home = tmp_path / "state"
    monkeypatch.setenv("CANDOR_HOME", str(home))
    monkeypatch.setenv("CANDOR_TENANT", "acme")
    monkeypatch.setenv("CANDOR_REDACTOR", "regex")
    old = os.umask(0o022)
    try:
        services = build_services(Settings(home=home, tenant="acme", redactor="regex"))
        services.preferences.set_opt_out("acme", "5", True, "test")
        services.db.purge_free_space()  # checkpoint(TRUNCATE)
        services.db.conn.close()  # the last connection: SQLite removes the WAL and shm files
        again = build_services(Settings(home=home, tenant="acme", redactor="regex"))
        again.preferences.set_opt_out("acme", "6", True, "test")  # WAL and shm created anew
        out = tmp_path / "exports" / "audit.jsonl"
        out.parent.mkdir()
        assert main(["audit-log", "export", "--tenant", "acme", "--out", str(out)]) == 0
        files = [*sorted(home.glob("candor.db*")), out]
        assert {p.name for p in files} >= {"candor.db", "candor.db-wal", "candor.db-shm", "audit.jsonl"}
        assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {p.name: 0o600 for p in files}
        assert stat.S_IMODE(home.stat().st_mode) & 0o077 == 0  # the state folder is not listable by others
    finally:
        os.umask(old)
