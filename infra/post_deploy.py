"""After `zappa deploy|update <stage>`: what Zappa cannot configure on the SQS event source mapping.

- FunctionResponseTypes=[ReportBatchItemFailures]: without it Lambda ignores the worker's
  `batchItemFailures` and deletes the whole batch when the function returns
  (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting).
- Checks that the queue's visibility timeout is at least 6x the function timeout.

    python infra/post_deploy.py prod            # uses the default AWS credentials and region
Exit status 1 when the mapping is missing or a check fails.
"""
from __future__ import annotations

import argparse
import sys

VISIBILITY_FACTOR = 6


def configure(lambda_client, sqs_client, function_name: str, queue_name: str) -> list[str]:
    """Returns the problems found (empty: all good)."""
    queue_url = sqs_client.get_queue_url(QueueName=queue_name)["QueueUrl"]
    attrs = sqs_client.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn", "VisibilityTimeout"])
    queue_arn, visibility = attrs["Attributes"]["QueueArn"], int(attrs["Attributes"]["VisibilityTimeout"])
    problems = []
    timeout = lambda_client.get_function_configuration(FunctionName=function_name)["Timeout"]
    if visibility < VISIBILITY_FACTOR * timeout:
        problems.append(f"queue visibility {visibility} s < {VISIBILITY_FACTOR} x function timeout {timeout} s")
    mappings = lambda_client.list_event_source_mappings(FunctionName=function_name,
                                                        EventSourceArn=queue_arn)["EventSourceMappings"]
    if not mappings:
        return problems + [f"no event source mapping from {queue_arn}: run `zappa schedule`"]
    for mapping in mappings:
        if "ReportBatchItemFailures" not in mapping.get("FunctionResponseTypes", []):
            lambda_client.update_event_source_mapping(UUID=mapping["UUID"],
                                                      FunctionResponseTypes=["ReportBatchItemFailures"])
            print(f"post_deploy: enabled ReportBatchItemFailures on mapping {mapping['UUID']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    import boto3

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stage", choices=["dev", "prod"])
    parser.add_argument("--project", default="candor")
    parser.add_argument("--endpoint-url", default=None, help="tests only (moto server)")
    args = parser.parse_args(argv)
    session = boto3.session.Session()
    problems = configure(session.client("lambda", endpoint_url=args.endpoint_url),
                         session.client("sqs", endpoint_url=args.endpoint_url),
                         f"{args.project}-{args.stage}", f"{args.project}-{args.stage}-jobs")
    for problem in problems:
        print(f"post_deploy: FAIL: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
