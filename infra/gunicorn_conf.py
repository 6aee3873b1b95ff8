"""gunicorn settings for running Candor outside AWS on the embedded default (docs/self-hosting.md):

    CANDOR_HOME=/var/lib/candor .venv/bin/gunicorn -c infra/gunicorn_conf.py handlers.wsgi:app [-b HOST:PORT]

ONE worker process with threads: the embedded queue lives in memory in the process that accepted the webhook,
and that process runs the worker thread (started here after fork) and the hourly retention sweep, as
`candor serve` does. More processes would each hold part of the queue; deployments that need them use the AWS
path (SQS + Lambda). TLS: terminate it in a reverse proxy in front (recommended), or give gunicorn
`--certfile`/`--keyfile`. gunicorn's own options override these (`-b`, `--threads`, `--forwarded-allow-ips`);
Candor's settings are the environment variables of docs/configuration.md.
"""

bind = "127.0.0.1:8080"
workers = 1
worker_class = "gthread"
threads = 8
timeout = 120
keepalive = 30
forwarded_allow_ips = "127.0.0.1"  # the reverse proxy's address


def post_worker_init(worker):
    import sys

    from handlers.serve import startup_warnings
    from plugin.adapters.sqlite_retention import RetentionSweeper, SQLiteRetention

    services = worker.wsgi.extensions["candor"]
    if services.settings.backend != "embedded":
        return  # on AWS the SQS event source runs the worker
    host = str(worker.cfg.bind[0]).rsplit(":", 1)[0].strip("[]")
    for warning in startup_warnings(services.settings, host=host):
        print(f"candor gunicorn: warning: {warning}", file=sys.stderr)
    services.queue.start(services.worker.handle)
    RetentionSweeper(SQLiteRetention(services.db, services.tenants)).start()
