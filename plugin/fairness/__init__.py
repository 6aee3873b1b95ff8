"""Counterfactual fairness audit of drafted replies and of the routing classifier (`fairness-audit`).

Standard library only. Pipeline: tickets -> twins (one identity signal changed, the same way across the
thread) -> drafts (production drafting path, redaction on and off, several samples per twin) and routes ->
outcomes (offers, refusal, tone, length, similarity) -> group comparisons with bootstrap intervals and a
noise floor -> gate (exit status) and report (HTML + JSON). Entry points are in `audit.py`.
"""
from .audit import AuditOptions, audit_classifier, audit_drafts, build_twins, run_audit
from .tickets import AuditTicket, load_tickets

__all__ = ["AuditOptions", "AuditTicket", "audit_classifier", "audit_drafts", "build_twins", "load_tickets",
           "run_audit"]
