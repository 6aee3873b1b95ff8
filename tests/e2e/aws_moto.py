"""moto in server mode, and the infra stack created in it: shared by tests/e2e and tests/contract.

The server is a real HTTP endpoint on 127.0.0.1 (no in-process mocking), so the code under test talks to
it exactly as it would to AWS, through `CANDOR_AWS_ENDPOINT_URL`.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "infra" / "candor.yaml"
REGION = "eu-west-1"
FAKE_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                    "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": REGION, "AWS_REGION": REGION}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _moto_server_command() -> list[str]:
    """moto's server with DynamoDB writes serialised, as DynamoDB makes each conditional write atomic
    (tests/e2e/moto_serial.py says why)."""
    return [sys.executable, str(Path(__file__).with_name("moto_serial.py"))]


class MotoServer:
    def __init__(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._proc: subprocess.Popen | None = None

    def start(self, wait_seconds: float = 30.0) -> MotoServer:
        self._proc = subprocess.Popen([*_moto_server_command(), "-H", "127.0.0.1", "-p", str(self.port)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"moto_server exited with {self._proc.returncode}")
            try:
                urllib.request.urlopen(f"{self.url}/moto-api/", timeout=1).close()
                return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"moto_server did not answer on {self.url} within {wait_seconds} s")

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()


@dataclass(frozen=True)
class Stack:
    name: str
    prefix: str  # "<project>-<stage>": table and queue names
    secret_prefix: str
    outputs: dict
    endpoint_url: str

    def env(self) -> dict[str, str]:
        """The environment of a Lambda deployed against this stack (as zappa_settings.json sets it)."""
        return {**FAKE_CREDENTIALS, "CANDOR_BACKEND": "aws", "CANDOR_AWS_ENDPOINT_URL": self.endpoint_url,
                "CANDOR_RESOURCE_PREFIX": self.prefix, "CANDOR_SECRET_PREFIX": self.secret_prefix,
                "CANDOR_MAX_RECEIVES": "5", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}

    def client(self, service: str):
        import boto3

        return boto3.session.Session(**{"aws_access_key_id": "testing", "aws_secret_access_key": "testing",
                                         "region_name": REGION}).client(service, endpoint_url=self.endpoint_url)


def create_stack(endpoint_url: str, project: str, stage: str = "dev") -> Stack:
    """Create infra/candor.yaml in moto and return its outputs; fails unless CREATE_COMPLETE."""
    import boto3

    cfn = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing",
                                region_name=REGION).client("cloudformation", endpoint_url=endpoint_url)
    name = f"{project}-{stage}"
    cfn.create_stack(StackName=name, TemplateBody=TEMPLATE.read_text(encoding="utf-8"),
                     Parameters=[{"ParameterKey": "Stage", "ParameterValue": stage},
                                 {"ParameterKey": "ProjectName", "ParameterValue": project}],
                     Capabilities=["CAPABILITY_NAMED_IAM"])
    stack = cfn.describe_stacks(StackName=name)["Stacks"][0]
    if stack["StackStatus"] != "CREATE_COMPLETE":
        raise RuntimeError(f"stack {name}: {stack['StackStatus']}")
    outputs = {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])}
    return Stack(name, outputs["TablePrefix"], outputs["SecretPrefix"], outputs, endpoint_url)


def use_fake_credentials() -> dict[str, str | None]:
    """Point boto3 at fake credentials only (never a developer's real profile). Returns what to restore."""
    saved = {k: os.environ.get(k) for k in [*FAKE_CREDENTIALS, "AWS_PROFILE"]}
    os.environ.pop("AWS_PROFILE", None)
    os.environ.update(FAKE_CREDENTIALS)
    return saved


def restore(saved: dict[str, str | None]) -> None:
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
