"""On AWS a tenant's Help Center index lives in the stack's S3 bucket (`<prefix>-kb`, KMS-encrypted): written
by a sync, read for drafts, erased by tenant removal — through the same wiring the Lambda uses."""
from plugin.core.installation import remove_tenant
from plugin.core.knowledge import KbDocument, KbSnapshot, KbStatus
from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.marketplace import Marketplace
from plugin.settings import Settings
from plugin.wiring import build_services

DOC = KbDocument("1@es", "article", "1", "es", "Seguir tu paquete", "Cada pedido tiene un número de seguimiento.")


def test_index_in_the_stack_bucket_is_per_tenant_and_erased_with_the_tenant(aws_stack):
    services = build_services(Settings.from_env(aws_stack.env()))
    knowledge = services.knowledge
    for tenant in ("acme", "globex"):
        services.tenants.put(TenantConfig(tenant=tenant))
        services.secrets.put(tenant, TenantSecrets("s", "a@example.com", "t"))
    assert knowledge.store.load("acme") is None  # not synced yet: no error from a missing key
    knowledge.store.save("acme", KbSnapshot(documents=(DOC,), synced_at=1.0), KbStatus("acme", last_success=1.0))
    assert knowledge.kb_for(TenantConfig("acme"), "es").search("número de seguimiento")[0][0].id == "1@es"
    assert knowledge.kb_for(TenantConfig("globex"), "es").search("número de seguimiento") == []
    keys = [o["Key"] for o in aws_stack.client("s3").list_objects_v2(Bucket=f"{aws_stack.prefix}-kb")["Contents"]]
    assert sorted(keys) == ["acme/index.json.gz", "acme/status.json"]
    removal = remove_tenant("acme", tenants=services.tenants, secret_store=services.secrets,
                            stores=Marketplace(services).removal_stores())
    assert removal.deleted["knowledge"] == 2 and knowledge.store.load("acme") is None


def test_zappas_scheduled_event_syncs_every_tenant_into_the_bucket(aws_stack, tmp_path):
    import sys

    from tests.e2e.aws_moto import ROOT
    from tests.e2e.lambda_harness import Lambda, write_zappa_settings
    sys.path.insert(0, str(ROOT / "tests" / "contract"))
    from help_center_server import seeded_help_center
    from zendesk_spec import SpecValidator

    server = seeded_help_center(SpecValidator(), email="a@example.com", api_token="t")
    try:
        services = build_services(Settings.from_env(aws_stack.env()))
        for tenant in ("acme", "globex"):
            services.tenants.put(TenantConfig(tenant=tenant))
            services.secrets.put(tenant, TenantSecrets("s", "a@example.com", "t"))
        env = {"CANDOR_AWS_ENDPOINT_URL": aws_stack.endpoint_url, "ZENDESK_BASE_URL": server.base_url,
               "CANDOR_DRAFTER": "offline", "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
        write_zappa_settings(aws_stack, tmp_path, env)
        event = {"version": "0", "id": "1", "detail-type": "Scheduled Event", "source": "aws.events",
                 "account": "123456789012", "time": "2026-12-02T01:00:00Z", "region": "eu-west-1", "detail": {},
                 "resources": ["arn:aws:events:eu-west-1:123456789012:rule/candor-dev-handlers.kb_sync.scheduled_sync"]}
        with Lambda(tmp_path) as lam:
            assert lam.invoke(event) == {"tenants": 2, "failed": 0}
        keys = {o["Key"] for o in aws_stack.client("s3").list_objects_v2(Bucket=f"{aws_stack.prefix}-kb")["Contents"]}
        assert keys == {f"{t}/{n}" for t in ("acme", "globex") for n in ("index.json.gz", "status.json")}
        assert services.knowledge.status("acme")["articles"]["pt-br"] == 10
        assert server.violations == []
    finally:
        server.stop()
