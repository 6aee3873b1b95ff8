"""POST /webhooks/zendesk[/<tenant>]: the ack path. Verify, parse, dedupe, enqueue ids, answer 202."""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from plugin.core.intake import MAX_BODY_BYTES

from .app import current_services

bp = Blueprint("webhooks", __name__)


@bp.post("/webhooks/zendesk")
@bp.post("/webhooks/zendesk/<tenant>")
def zendesk_webhook(tenant: str | None = None):
    intake = current_services().intake
    body = request.stream.read(MAX_BODY_BYTES + 1)  # never read more than the limit (+1 to detect excess)
    answer = intake.accept(dict(request.headers), body, path_tenant=tenant)
    response = jsonify(answer.body)
    response.status_code = answer.status
    for name, value in answer.headers.items():
        response.headers[name] = value
    return response
