"""On AWS the OpenAI key comes from Secrets Manager, not from the function's environment."""
from plugin.settings import Settings
from plugin.wiring import build_services


def services_for(stack):
    return build_services(Settings.from_env(stack.env()))


def test_no_key_in_the_secret_means_offline_drafter(aws_stack):
    services = services_for(aws_stack)
    assert services.provider_key is None and services.drafter.name == "offline"


def test_key_from_the_secret_selects_openai_without_touching_the_environment(aws_stack, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    # the stack declares this secret without a value; moto's CloudFormation does not create secrets, so the
    # test creates it as an operator would fill it in after deploying
    aws_stack.client("secretsmanager").create_secret(Name=f"{aws_stack.secret_prefix}/openai",
                                                     SecretString="sk-test-from-secret")
    services = services_for(aws_stack)
    assert services.drafter.name == "openai"
    assert services.drafter.client().api_key == "sk-test-from-secret"
    import os
    assert "OPENAI_API_KEY" not in os.environ
