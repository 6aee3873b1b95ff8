"""Fixtures of the AWS end-to-end tests: one moto server per test session (per xdist worker)."""
from __future__ import annotations

import uuid

import pytest

from tests.e2e.aws_moto import create_stack


@pytest.fixture
def aws_stack(moto_server):
    """A fresh stack (own tables and queues) per test: tests cannot see each other's messages."""
    return create_stack(moto_server.url, project=f"candor{uuid.uuid4().hex[:8]}")
