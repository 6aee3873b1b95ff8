"""Flask application factory (the flaskr pattern): `create_app(test_config=None, services=None)`."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from flask import Flask, current_app, jsonify

from plugin.core.logs import JsonFormatter

if TYPE_CHECKING:
    from plugin.wiring import Services


def current_services() -> Services:
    """The one way a view reaches the composition root (plugin/wiring.py): the app's Services."""
    return current_app.extensions["candor"]  # type: ignore[no-any-return]


def create_app(test_config: dict | None = None, services: Services | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=None, JSON_SORT_KEYS=False)
    if test_config:
        app.config.update(test_config)
    if services is None:
        from plugin.wiring import build_services
        services = build_services()
    app.extensions["candor"] = services
    _configure_logging()
    from .hardening import harden
    harden(app)  # before the blueprints: bounded <int:> ids, deep JSON read as bad JSON

    from . import webhooks
    app.register_blueprint(webhooks.bp)
    from . import admin, install, sidebar, sidebar_api
    app.register_blueprint(sidebar.bp)
    app.register_blueprint(sidebar_api.bp)
    app.register_blueprint(install.bp)
    app.register_blueprint(admin.bp)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    @app.errorhandler(404)
    def not_found(_):
        return jsonify(error="not found"), 404

    @app.errorhandler(405)
    def not_allowed(_):
        return jsonify(error="method not allowed"), 405

    @app.errorhandler(500)
    def server_error(_):
        return jsonify(error="internal error"), 500

    return app


def _configure_logging() -> None:
    """JSON lines on stderr; werkzeug's access log (which prints URLs) quietened to warnings.

    A handler the platform already put on the root logger (the Lambda runtime's, Zappa's basicConfig) gets our
    formatter too: at DEBUG, botocore and urllib3 log request parameters and URLs, i.e. personal data, and
    JsonFormatter keeps only a library record's logger name and level. Formatters chosen on purpose (pytest's,
    an operator's) are left alone. tests/e2e/test_no_personal_data_in_lambda_logs.py checks this."""
    logging.raiseExceptions = False  # a failing handler must not print the record, arguments and all, to stderr
    root = logging.getLogger()
    if not root.handlers:  # Lambda and gunicorn; the CLI configures its own (plugin/cli.py)
        root.addHandler(logging.StreamHandler())
        root.setLevel(logging.INFO)
    for handler in root.handlers:
        formatter = handler.formatter
        if formatter is None or type(formatter) is logging.Formatter or type(formatter).__module__.startswith(
                "awslambdaric"):
            handler.setFormatter(JsonFormatter())
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
