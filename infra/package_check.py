"""Checks a Zappa Lambda zip: unzipped size under Candor's budget (150 MB) and Lambda's limit, built for
CPython 3.12, no boto3/botocore (the runtime provides them), and a smoke run of its handler in an interpreter
that sees only the package plus the packages the Lambda Python runtime provides. Writes a JSON report; exit 1
on any failure.

    .venv/bin/python infra/package_check.py build/package/candor-prod.zip --venv build/package/lambda-venv

The smoke run needs no AWS account and no network: it talks to a moto server on 127.0.0.1 holding the
infra/candor.yaml stack (the one tests/e2e uses) and to the tests' fake OpenAI endpoint, so it runs the
packaged handler's HTTP path, worker set-up, redaction, an OpenAI draft and an SQS batch (a poison message,
which goes to the dead-letter queue). Run it with the project's dev interpreter (it has moto).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

LAMBDA_LIMIT = 262_144_000  # "250 MB" unzipped, deployment package incl. layers
BUDGET = 150_000_000  # Candor's own budget (issue 14): 141.6 MB on 2026-12-02 with both NER models; deploys stay fast
ROOT = Path(__file__).resolve().parents[1]
RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer", "jmespath", "dateutil", "six.py", "urllib3")
EXCLUDED = ("boto3", "botocore", "s3transfer")  # big, and the runtime's copy is the one AWS patches
WRONG_ABI = re.compile(r"\.cpython-3(?!12)\d+-")

SMOKE = r"""
import json, os, sys, time, types
t0 = time.perf_counter()
import handler  # Zappa's handler.py at the zip root, as Lambda imports it
ctx = types.SimpleNamespace(function_name="candor-prod", aws_request_id="smoke",
                            invoked_function_arn="arn:aws:lambda:eu-west-1:000000000000:function:candor-prod",
                            get_remaining_time_in_millis=lambda: 60000)
event = {"httpMethod": "GET", "path": "/healthz", "headers": {"Host": "x"}, "queryStringParameters": None,
         "body": None, "isBase64Encoded": False, "requestContext": {"httpMethod": "GET", "path": "/healthz",
         "stage": "prod", "identity": {"sourceIp": "127.0.0.1"}}, "resource": "/{proxy+}", "pathParameters": None}
status = handler.lambda_handler(event, ctx)["statusCode"]
t1 = time.perf_counter()
import handlers.worker as worker
services = worker.services()
services.worker
spans = services.redactor.find("I'm John Smith, john.smith@example.com, card 4111 1111 1111 1111.")
t2 = time.perf_counter()
from plugin.core.model import DraftRequest, Message
draft = services.drafter.draft(DraftRequest((Message("user", "Where is my parcel?"),), (), "Where is my parcel?"))
poison = {"Records": [{"messageId": "smoke-1", "receiptHandle": "r", "body": "not a job", "attributes":
          {"ApproximateReceiveCount": "9"}, "messageAttributes": {}, "md5OfBody": "", "eventSource": "aws:sqs",
          "eventSourceARN": os.environ["SMOKE_QUEUE_ARN"], "awsRegion": "eu-west-1"}]}
batch = handler.lambda_handler(poison, ctx)
sealed = services.cipher.encrypt(b"smoke", {"tenant": "smoke"})  # KMS envelope (cryptography's AES-GCM)
import jwt, jwt.algorithms  # the sidebar's ZAF token check (RS256 needs cryptography)
cipher_ok = services.cipher.decrypt(sealed, {"tenant": "smoke"}) == b"smoke" and jwt.algorithms.has_crypto
if os.environ.get("SMOKE_MODULES_OUT"):
    with open(os.environ["SMOKE_MODULES_OUT"], "w") as out:
        out.write("\n".join(sorted(sys.modules)))
print(json.dumps({"healthz_status": status, "http_cold_s": round(t1 - t0, 3), "worker_cold_s": round(t2 - t1, 3),
                  "entities": sorted({s.type for s in spans}), "drafter": services.drafter.name,
                  "draft_ok": bool(draft.text), "sqs_batch": batch, "cipher_ok": cipher_ok,
                  "sys_path_ok": not any("site-packages" in p for p in sys.path)}))
"""


def inspect(zip_path: Path) -> dict:
    with zipfile.ZipFile(zip_path) as z:
        infos = z.infolist()
    top = Counter()
    for info in infos:
        top[info.filename.split("/")[0]] += info.file_size
    names = [i.filename for i in infos]
    return {
        "zip_bytes": zip_path.stat().st_size,
        "unzipped_bytes": sum(i.file_size for i in infos),
        "files": len(infos),
        "largest_top_level_mb": {k: round(v / 1e6, 1) for k, v in top.most_common(15)},
        "wrong_abi_extensions": [n for n in names if n.endswith(".so") and WRONG_ABI.search(n)][:10],
        "runtime_provided_included": sorted({n.split("/")[0] for n in names
                                             if n.split("/")[0] in EXCLUDED}),
    }


def smoke(zip_path: Path, venv: Path, env_extra: dict[str, str]) -> dict:
    venv = venv.absolute()
    site = next((venv / "lib").glob("python3.*/site-packages"))
    with tempfile.TemporaryDirectory() as tmp:
        task, runtime = Path(tmp) / "task", Path(tmp) / "runtime"
        zipfile.ZipFile(zip_path).extractall(task)
        runtime.mkdir()
        for name in RUNTIME_PROVIDED:  # what the Lambda Python runtime adds to sys.path
            src = site / name
            if src.is_dir():
                shutil.copytree(src, runtime / name)
            elif src.exists():
                shutil.copy2(src, runtime / name)
        env = {"PYTHONPATH": f"{task}:{runtime}", "PATH": "/usr/bin:/bin", "HOME": tmp, "LANG": "C.UTF-8",
               "AWS_REGION": "eu-west-1", "AWS_EC2_METADATA_DISABLED": "true",
               "PYTHONDONTWRITEBYTECODE": "1", **env_extra}  # /var/task is read-only: no bytecode cache
        # -S: no site-packages at all; only the package and the runtime's own packages are importable.
        done = subprocess.run([str(venv / "bin" / "python"), "-S", "-c", SMOKE], cwd=task, env=env,
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            return {"ok": False, "stderr_tail": done.stderr[-3000:]}
        return {"ok": True, **json.loads(done.stdout.strip().splitlines()[-1])}


@contextlib.contextmanager
def local_endpoints(account: str, stage: str = "prod"):
    """moto (AWS) and a fake OpenAI endpoint on 127.0.0.1; yields the environment the handler needs."""
    sys.path.insert(0, str(ROOT))
    from tests.contract.fake_openai_server import FakeOpenAIServer
    from tests.e2e.aws_moto import MotoServer, create_stack, restore, use_fake_credentials

    saved = use_fake_credentials()
    moto = MotoServer().start()
    try:
        with FakeOpenAIServer() as openai_server:
            stack = create_stack(moto.url, "candor", stage)
            secrets = stack.client("secretsmanager")  # the deployment's LLM key (moto's stack may lack it)
            try:
                secrets.put_secret_value(SecretId=f"{stack.secret_prefix}/openai", SecretString="smoke-test-key")
            except secrets.exceptions.ResourceNotFoundException:
                secrets.create_secret(Name=f"{stack.secret_prefix}/openai", SecretString="smoke-test-key")
            yield {**stack.env(), "OPENAI_BASE_URL": openai_server.env()["OPENAI_BASE_URL"],
                   "SMOKE_QUEUE_ARN": f"arn:aws:sqs:eu-west-1:{account}:candor-{stage}-jobs"}
    finally:
        moto.stop()
        restore(saved)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("zip", type=Path)
    parser.add_argument("--venv", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=BUDGET)
    parser.add_argument("--account", default="000000000000", help="the account the zip's settings name")
    parser.add_argument("--report", type=Path)
    parser.add_argument("--modules-out", type=Path, help="write the modules the smoke run loaded (one a line), "
                                                          "to check package_slim.NEVER_LOADED against")
    args = parser.parse_args(argv)
    report = inspect(args.zip)
    with local_endpoints(args.account) as env:
        extra = {"SMOKE_MODULES_OUT": str(args.modules_out.absolute())} if args.modules_out else {}
        report["smoke"] = smoke(args.zip, args.venv, {**env, **extra})
    problems = []
    if report["unzipped_bytes"] > min(args.limit, LAMBDA_LIMIT):
        problems.append(f"unzipped {report['unzipped_bytes']:,} bytes > budget {args.limit:,}")
    if report["wrong_abi_extensions"]:
        problems.append(f"extensions for another Python: {report['wrong_abi_extensions']}")
    if report["runtime_provided_included"]:
        problems.append(f"ships what the runtime provides: {report['runtime_provided_included']}")
    smoke_result = report["smoke"]
    if not smoke_result.get("ok") or smoke_result.get("healthz_status") != 200 or not smoke_result.get("entities") \
            or smoke_result.get("drafter") != "openai" or not smoke_result.get("draft_ok") \
            or smoke_result.get("sqs_batch") != {"batchItemFailures": []} or not smoke_result.get("cipher_ok"):
        problems.append("smoke run of the packaged handler failed")
    report["problems"] = problems
    text = json.dumps(report, indent=2)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")
    print(text)
    print(f"package: {report['zip_bytes'] / 1e6:.1f} MB zipped, {report['unzipped_bytes'] / 1e6:.1f} MB unzipped"
          f" (budget {args.limit / 1e6:.1f} MB)")
    for p in problems:
        print(f"FAIL: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
