"""gunicorn settings for the load test: ONE worker process with threads, because the embedded queue lives in
memory inside the process that accepted the webhook (several processes would each hold part of the queue and
run their own worker thread; production uses SQS for that). The worker thread is started in the worker
process after fork. LOAD_QUEUE_ORDER=fifo swaps in a single FIFO (no per-tenant turns) for comparison.
Bind address, threads and log file come from the command line (benchmarks/load/run.py)."""
import logging
import os

workers = 1
worker_class = "gthread"
keepalive = 30
timeout = 120


def post_worker_init(worker):
    logging.getLogger().setLevel(logging.WARNING)  # production level (zappa_settings.json); INFO costs ~0.3 ms/line
    services = worker.wsgi.extensions["candor"]
    if os.environ.get("LOAD_QUEUE_ORDER") == "fifo":
        from benchmarks.load.fifo import FifoQueue

        services.queue = FifoQueue()
    services.queue.start(services.worker.handle)
