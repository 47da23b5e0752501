"""Gunicorn as production runs it: `docker compose up` and `make loadtest` both start it with this file.

Each value can be changed through the environment (GUNICORN_WORKERS, GUNICORN_THREADS, …) without
editing it; the reasons for the defaults are beside them.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")

# Threads inside a few processes ("gthread"), not one request per process ("sync"):
# - a page spends most of its time waiting on PostgreSQL, and a waiting thread costs no CPU, so a few
#   threads per process keep both cores busy where sync workers would sit idle;
# - a download (an export file, sent with sendfile) or a slow client holds one thread, not a whole
#   process, so browsing stays fast while files go out;
# - gthread's timeout is the worker's heartbeat, sent by its main loop whatever its threads do: a long
#   download is never killed half-way (sync workers are killed after `timeout` seconds of one request,
#   which is how a 10 s export once reached a client cut short).
worker_class = "gthread"
# The usual 2 × cores + 1 processes: one can run Python while the others wait on the database.
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1))
# 4 threads each: 20 requests at once on 2 cores, and as many PostgreSQL connections (CONN_MAX_AGE
# keeps them open), well under PostgreSQL's default limit of 100.
threads = int(os.environ.get("GUNICORN_THREADS", 4))

# A worker whose main loop has not answered for this long is stuck: it is restarted. Requests are not
# timed by it (see above); large exports run as Celery jobs, never inside a request.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
# On a restart or a deploy, requests in flight get this long to finish before the worker is stopped.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))
# Browsers fetch a page then its static files over one connection: keep it open a little.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 5))
# Recycle each worker after a few thousand requests (with jitter, so they don't all restart at once):
# bounds any slow memory growth.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", 200))
# The heartbeat file lives in memory where possible: on a container's overlay file system a disk
# write can stall long enough for the arbiter to think the worker hung.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
