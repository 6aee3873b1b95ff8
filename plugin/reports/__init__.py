"""Reports for admins, built from the audit trail alone. `trust.py` aggregates (standard library only);
`trust_html.py` renders (Jinja2, imported lazily by the CLI and the admin API, never on the webhook or
worker paths)."""
