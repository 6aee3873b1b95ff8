"""gunicorn settings for running Candor outside AWS on the embedded default (docs/self-hosting.md):

    CANDOR_HOME=/var/lib/candor .venv/bin/gunicorn -c infra/gunicorn_conf.py handlers.wsgi:app

ONE worker process with threads: the embedded queue lives in memory in the process that accepted the webhook,
and that process runs the worker thread (started here after fork) and the hourly retention sweep, as
`candor serve` does. More processes would each hold part of the queue; deployments that need them use the AWS
path (SQS + Lambda). TLS: terminate it in a reverse proxy in front (recommended), or give gunicorn
`--certfile`/`--keyfile`. Override the bind address with `CANDOR_BIND` or `-b`.
"""
import os

bind = os.environ.get("CANDOR_BIND", "127.0.0.1:8080")
workers = 1
worker_class = "gthread"
threads = int(os.environ.get("CANDOR_THREADS", "8"))
timeout = 120
keepalive = 30
forwarded_allow_ips = os.environ.get("CANDOR_FORWARDED_ALLOW_IPS", "127.0.0.1")  # the proxy's address


def post_worker_init(worker):
    import sys

    from plugin.adapters.sqlite_retention import RetentionSweeper, SQLiteRetention
    from plugin.commands.serve import startup_warnings

    services = worker.wsgi.extensions["candor"]
    if services.settings.backend != "embedded":
        return  # on AWS the SQS event source runs the worker
    for warning in startup_warnings(services.settings, host=bind.rsplit(":", 1)[0].strip("[]")):
        print(f"candor gunicorn: warning: {warning}", file=sys.stderr)
    services.queue.start(services.worker.handle)
    RetentionSweeper(SQLiteRetention(services.db, services.tenants)).start()
