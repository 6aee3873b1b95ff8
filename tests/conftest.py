import os

# Presidio's e-mail recognizer uses tldextract, which would fetch the public suffix list at import.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("CANDOR_BACKEND", "embedded")
os.environ.pop("OPENAI_API_KEY", None)


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def moto_server():
    """One moto server per test process on 127.0.0.1 (random port), shared by every test that needs AWS."""
    from tests.e2e.aws_moto import MotoServer, restore, use_fake_credentials

    saved = use_fake_credentials()
    server = MotoServer().start()
    yield server
    server.stop()
    restore(saved)
