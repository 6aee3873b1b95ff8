"""Render zappa_settings.json for one AWS account: the SQS event source ARN needs the account id, which
the checked-in file cannot know (it holds the placeholder AWS_ACCOUNT_ID).

Zappa routes an SQS batch to the worker by the exact queue ARN (zappa/handler.py, AWS_EVENT_MAPPING);
with a wrong ARN the batch is dropped with "Cannot find a function", so deploys must use the rendered file:

    python infra/render_settings.py --account 123456789012 -o build/zappa_settings.json
    zappa deploy prod -s build/zappa_settings.json

`--prefix` and `--env` exist for tests (stacks with another project name, moto endpoint).
"""
from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = "AWS_ACCOUNT_ID"


def render(settings: dict, account_id: str, *, stage: str | None = None, prefix: str | None = None,
           secret_prefix: str | None = None, env: dict | None = None) -> dict:
    if not re.fullmatch(r"\d{12}", account_id):
        raise ValueError("the AWS account id is 12 digits")
    out = copy.deepcopy(settings if stage is None else {stage: settings[stage]})
    for config in out.values():
        old_prefix = config["environment_variables"]["CANDOR_RESOURCE_PREFIX"]
        for event in config.get("events", []):
            if "event_source" not in event:
                continue  # a scheduled event (the Help Center sync) names no resource
            arn = event["event_source"]["arn"].replace(PLACEHOLDER, account_id)
            event["event_source"]["arn"] = arn.replace(f":{old_prefix}-", f":{prefix}-") if prefix else arn
        if prefix:
            config["environment_variables"]["CANDOR_RESOURCE_PREFIX"] = prefix
            config["role_name"] = f"{prefix}-lambda"
        if secret_prefix:
            config["environment_variables"]["CANDOR_SECRET_PREFIX"] = secret_prefix
        config["environment_variables"].update(env or {})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--account", required=True, help="12-digit AWS account id")
    parser.add_argument("--settings", default=str(ROOT / "zappa_settings.json"))
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args(argv)
    rendered = render(json.loads(Path(args.settings).read_text(encoding="utf-8")), args.account)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(rendered, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
