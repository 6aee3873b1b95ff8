"""The scheduled Help Center sync on AWS: a Zappa scheduled event (zappa_settings.json `events`,
`rate(15 minutes)`) calls `scheduled_sync`, which syncs every installed tenant incrementally (a full export
once a day, see core.knowledge.FULL_SYNC_EVERY). A tenant whose sync fails keeps its last good index and the
error shows in its status; the others go on.
https://github.com/zappa/Zappa#scheduling
"""
from __future__ import annotations

import logging

from plugin.core.logs import log_event

from .worker import services

log = logging.getLogger("candor.knowledge")


def scheduled_sync(event: dict | None = None, context: object = None) -> dict:

    statuses = services().knowledge.sync_all()
    failed = sum(1 for s in statuses if s.error)
    log_event(log, "kb_scheduled_sync", tenants=len(statuses), failed=failed)
    return {"tenants": len(statuses), "failed": failed}
