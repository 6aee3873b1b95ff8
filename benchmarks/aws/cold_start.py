"""Worker cold start of the built Lambda package, measured in fresh processes on this machine.

Each run unzips nothing: it imports from an already unzipped package (`--task`) plus the packages the
Lambda runtime provides (`--runtime`), with `python -S` so nothing else is importable, then times:
  import   - `import handlers.worker` and `services()` (settings, boto3 clients, stores: no AWS call)
  worker   - `services().worker` (pipeline, offline drafter, knowledge base)
  engine   - `services().redactor` built and its first `find()` (Presidio + spaCy model load)
The target (issue 14) is import + worker + engine <= 1.5 s. Write the load average down with every figure
(benchmarks/aws/README.md): on a shared machine the same package measures 2.4 s or 4.5 s.

    .venv/bin/python benchmarks/aws/cold_start.py --zip build/package/candor-prod.zip --venv build/package/lambda-venv

AWS is a local moto server holding the infra/candor.yaml stack (infra/package_check.py `local_endpoints`, as
the package's smoke run uses): the worker reads its LLM key from Secrets Manager at start, and that call
is part of the cold start (against moto on 127.0.0.1 it is faster than against AWS).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer", "jmespath", "dateutil", "six.py", "urllib3")
PROBE = r"""
import json, os, time
t0 = time.perf_counter()
import handlers.worker as w
s = w.services()
t1 = time.perf_counter()
s.worker
t2 = time.perf_counter()
s.redactor.find("Hi, I'm John Smith, john.smith@example.com, +1 212 555 0198, card 4111 1111 1111 1111.")
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "worker": t2 - t1, "engine": t3 - t2, "total": t3 - t0}))
"""
ENV = {"CANDOR_BACKEND": "aws", "CANDOR_RESOURCE_PREFIX": "candor-prod", "CANDOR_SECRET_PREFIX": "candor/prod",
       "CANDOR_REDACTOR": "presidio", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "AWS_REGION": "eu-west-1",
       "AWS_ACCESS_KEY_ID": "offline", "AWS_SECRET_ACCESS_KEY": "offline", "AWS_EC2_METADATA_DISABLED": "true",
       "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
       "PYTHONDONTWRITEBYTECODE": "1"}  # /var/task is read-only: only the bytecode shipped in the zip counts


def prepare(zip_path: Path, venv: Path, folder: Path) -> tuple[Path, Path]:
    task, runtime = folder / "task", folder / "runtime"
    zipfile.ZipFile(zip_path).extractall(task)
    site = next((venv / "lib").glob("python3.*/site-packages"))
    runtime.mkdir()
    for name in RUNTIME_PROVIDED:
        src = site / name
        if src.is_dir():
            shutil.copytree(src, runtime / name)
        elif src.exists():
            shutil.copy2(src, runtime / name)
    return task, runtime


def measure(python: Path, task: Path, runtime: Path, runs: int, aws: dict[str, str]) -> list[dict]:
    results = []
    for _ in range(runs + 1):  # the first run warms the page cache and is dropped
        done = subprocess.run([str(python), "-S", "-c", PROBE], cwd=task, capture_output=True, text=True,
                              env={**ENV, **aws, "PYTHONPATH": f"{task}:{runtime}", "HOME": str(task.parent)},
                              check=True, timeout=300)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return results[1:]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zip", type=Path, required=True)
    parser.add_argument("--venv", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "infra"))
    from package_check import local_endpoints

    with tempfile.TemporaryDirectory() as tmp, local_endpoints("000000000000") as aws:
        task, runtime = prepare(args.zip, args.venv, Path(tmp))
        aws = {k: v for k, v in aws.items() if k.startswith(("CANDOR_AWS_", "AWS_", "OPENAI_"))}
        load_before = os.getloadavg()[0]
        results = measure(args.venv.absolute() / "bin" / "python", task, runtime, args.runs, aws)
    summary = {k: {"median_s": round(statistics.median(r[k] for r in results), 3),
                   "max_s": round(max(r[k] for r in results), 3)} for k in results[0]}
    load = [round(load_before, 2), round(os.getloadavg()[0], 2)]  # 1-minute load average, before and after
    print(json.dumps({"runs": len(results), "load_average": load, **summary}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
