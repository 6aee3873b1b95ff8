"""Checks a Zappa Lambda zip: unzipped size under the limit, built for CPython 3.12, no boto3/botocore
(the runtime provides them), and a smoke run of its handler in an interpreter that sees only the package
plus the packages the Lambda Python runtime provides. Writes a JSON report; exit 1 on any failure.

    python infra/package_check.py build/package/candor-prod.zip --venv build/package/lambda-venv
"""
from __future__ import annotations

import argparse
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
RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer", "jmespath", "dateutil", "six.py", "urllib3")
EXCLUDED = ("boto3", "botocore", "s3transfer")  # big, and the runtime's copy is the one AWS patches
WRONG_ABI = re.compile(r"\.cpython-3(?!12)\d+-")

SMOKE = r"""
import json, os, sys, time, types
t0 = time.perf_counter()
import handler  # Zappa's handler.py at the zip root, as Lambda imports it
event = {"httpMethod": "GET", "path": "/healthz", "headers": {"Host": "x"}, "queryStringParameters": None,
         "body": None, "isBase64Encoded": False, "requestContext": {"httpMethod": "GET", "path": "/healthz",
         "stage": "prod", "identity": {"sourceIp": "127.0.0.1"}}, "resource": "/{proxy+}", "pathParameters": None}
ctx = types.SimpleNamespace(function_name="candor-prod", get_remaining_time_in_millis=lambda: 60000)
status = handler.lambda_handler(event, ctx)["statusCode"]
t1 = time.perf_counter()
import handlers.worker as worker
services = worker.services()
services.worker
spans = services.redactor.find("I'm John Smith, john.smith@example.com, card 4111 1111 1111 1111.")
t2 = time.perf_counter()
print(json.dumps({"healthz_status": status, "http_cold_s": round(t1 - t0, 3), "worker_cold_s": round(t2 - t1, 3),
                  "entities": sorted({s.type for s in spans}),
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
               "AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "offline", "AWS_SECRET_ACCESS_KEY": "offline",
               "AWS_EC2_METADATA_DISABLED": "true",
               "PYTHONDONTWRITEBYTECODE": "1", **env_extra}  # /var/task is read-only: no bytecode cache
        # -S: no site-packages at all; only the package and the runtime's own packages are importable.
        done = subprocess.run([str(venv / "bin" / "python"), "-S", "-c", SMOKE], cwd=task, env=env,
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            return {"ok": False, "stderr_tail": done.stderr[-3000:]}
        return {"ok": True, **json.loads(done.stdout.strip().splitlines()[-1])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("zip", type=Path)
    parser.add_argument("--venv", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=LAMBDA_LIMIT)
    parser.add_argument("--report", type=Path)
    args = parser.parse_args(argv)
    report = inspect(args.zip)
    report["smoke"] = smoke(args.zip, args.venv, {})
    problems = []
    if report["unzipped_bytes"] > args.limit:
        problems.append(f"unzipped {report['unzipped_bytes']:,} bytes > limit {args.limit:,}")
    if report["wrong_abi_extensions"]:
        problems.append(f"extensions for another Python: {report['wrong_abi_extensions']}")
    if report["runtime_provided_included"]:
        problems.append(f"ships what the runtime provides: {report['runtime_provided_included']}")
    smoke_result = report["smoke"]
    if not smoke_result.get("ok") or smoke_result.get("healthz_status") != 200 or not smoke_result.get("entities"):
        problems.append("smoke run of the packaged handler failed")
    report["problems"] = problems
    text = json.dumps(report, indent=2)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")
    print(text)
    print(f"package: {report['zip_bytes'] / 1e6:.1f} MB zipped, {report['unzipped_bytes'] / 1e6:.1f} MB unzipped"
          f" (limit {args.limit / 1e6:.1f} MB)")
    for p in problems:
        print(f"FAIL: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
