"""WSGI entry: Zappa's `app_function` is `handlers.wsgi.app`; gunicorn uses `handlers.wsgi:app`."""
from handlers.app import create_app

app = create_app()
