"""Jobs carry their tenant as the SQS message group, so SQS fair queues keep one tenant's burst from
starving the others (the embedded queue does the same with one FIFO per tenant, tests/unit/test_local_queue.py)."""
from plugin.adapters.aws_clients import client
from plugin.adapters.sqs_queue import SQSQueue
from plugin.core.model import Job
from plugin.settings import Settings
from plugin.wiring import aws_target


def test_each_job_is_grouped_by_its_tenant(aws_stack):
    env = aws_stack.env()
    sqs = client("sqs", aws_target(Settings.from_env(env).aws))
    queue = SQSQueue(sqs, name=f"{aws_stack.prefix}-jobs")
    for tenant in ("acme", "globex", "acme"):
        queue.enqueue(Job(tenant, f"e-{tenant}", "comment_added", ticket_id=1))
    got = sqs.receive_message(QueueUrl=queue.url(), MaxNumberOfMessages=10, MessageSystemAttributeNames=["All"])
    groups = sorted(m["Attributes"].get("MessageGroupId") for m in got["Messages"])
    assert groups == ["acme", "acme", "globex"]
