"""A best-effort write to a ticket: the caller records whether it happened instead of failing its own work."""
from __future__ import annotations

import logging

from .errors import CandorError
from .logs import log_event
from .model import TicketUpdate
from .ports import Helpdesk


def try_update_ticket(helpdesk: Helpdesk, tenant: str, ticket_id: int, update: TicketUpdate, log: logging.Logger,
                      failure_event: str) -> bool:
    """Apply `update`; on a helpdesk error log `failure_event` to the caller's `log` (ids and the error type only)
    and return False."""
    try:
        helpdesk.update_ticket(ticket_id, update)
    except CandorError as exc:
        log_event(log, failure_event, logging.WARNING, tenant=tenant, ticket_id=ticket_id, error=type(exc).__name__)
        return False
    return True
