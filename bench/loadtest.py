"""`make loadtest`: gunicorn as in production, on loopback, against the benchmark database, under locust.

Levels of 1, 10 and 50 users (LOADTEST_SECONDS each, 60 by default) over the mix of
bench/locustfile.py; then 5 full exports of the metrics table at once (Celery jobs on the exports
queue) while 10 users browse: every file must be complete and byte-identical to PostgreSQL's COPY of
the same SELECT, and browsing p95 is compared with the 10-user level without them. Prints one JSON
object as the last line. Every request goes to 127.0.0.1 only; every run is bounded in time.
"""

import csv
import hashlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from bench.__main__ import BENCH_DATABASE_URL, BENCH_REDIS_URL, database_ensure, log

ROOT = Path(__file__).resolve().parent.parent
LEVELS = (1, 10, 50)
SECONDS = int(os.environ.get("LOADTEST_SECONDS", 60))
CONCURRENT_EXPORTS = 5
EXPORT_QUERY = "headers=labels"  # the whole metrics table, the default columns, as the page words them
EXPORT_DEADLINE_SECONDS = 900


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def service_env(export_root: str) -> dict:
    """Production settings on loopback: DEBUG off, Redis cache and broker, no HTTPS redirect (plain HTTP)."""
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="offshoring.settings",
        DATABASE_URL=BENCH_DATABASE_URL,
        DEBUG="0",
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="127.0.0.1",
        REDIS_CACHE_URL=BENCH_REDIS_URL,
        CELERY_BROKER_URL=BENCH_REDIS_URL,
        EXPORT_ROOT=export_root,
        GUNICORN_ACCESS_LOG="/dev/null",
        GUNICORN_LOG_LEVEL="warning",
    )
    return env


def start(args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        args, cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def wait_for_port(port: int, process: subprocess.Popen, seconds: int = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("gunicorn exited at start") from None
            time.sleep(0.5)
    raise RuntimeError(f"gunicorn did not listen on {port} within {seconds} s")


def sessions(count: int) -> list[str]:
    """Session cookies of a staff user, made through Django's own login (stored in the bench database)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    user, _ = get_user_model().objects.get_or_create(username="loadtest-staff")
    user.groups.add(Group.objects.get(name="staff"))
    keys = []
    for _ in range(count):
        client = Client()
        client.force_login(user)
        keys.append(client.cookies["sessionid"].value)
    return keys


def locust_run(host: str, users: int, seconds: int, session_keys: list[str], prefix: str) -> dict:
    env = dict(os.environ, LOADTEST_SESSIONS=",".join(session_keys))
    args = [
        sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
        "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--host", host, "--csv", prefix,
        "--only-summary", "--stop-timeout", "10", "--loglevel", "WARNING",
    ]  # fmt: skip
    subprocess.run(args, cwd=ROOT, env=env, check=False, timeout=seconds + 120, capture_output=True)
    with open(f"{prefix}_stats.csv", newline="") as stats:
        total = next(row for row in csv.DictReader(stats) if row["Name"] == "Aggregated")
    requests_done = int(total["Request Count"])
    return {
        "users": users,
        "seconds": seconds,
        "requests": requests_done,
        "req_per_s": round(float(total["Requests/s"]), 1),
        "p50_ms": float(total["50%"]),
        "p95_ms": float(total["95%"]),
        "p99_ms": float(total["99%"]),
        "errors": int(total["Failure Count"]),
    }


def reference_digest() -> tuple[str, int]:
    """sha256 and size of the export's header and PostgreSQL's COPY of its SELECT, computed apart."""
    from django.db import connection
    from django.http import QueryDict
    from django.utils import translation

    from dashboard.exports import ExportOptions, _header_line, export_header, export_values
    from dashboard.pages import METRICS, chosen_columns

    params = QueryDict(EXPORT_QUERY)
    with translation.override("fr"):
        options = ExportOptions.from_params(params)
        columns = chosen_columns(METRICS.table, params)
        values = export_values(METRICS.table, METRICS.rows(METRICS.filterset(params)), columns, options)
        header = _header_line(export_header(METRICS.table.export_fields(columns), options), options, "\n")
        sql, sql_params = values.query.sql_with_params()
    digest, size = hashlib.sha256(header), len(header)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)", sql_params) as copy,
    ):
        for block in copy:
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def full_export(host: str, session_key: str, results: list, index: int) -> None:
    """One full export as a browser makes it: the export button, the job's page, then the download."""
    http = requests.Session()
    http.cookies.set("sessionid", session_key)
    started = time.monotonic()
    try:
        response = http.get(f"{host}/metrics/export/?{EXPORT_QUERY}", allow_redirects=False, timeout=60)
        assert response.status_code == 302, f"expected a job, got HTTP {response.status_code}"
        job = host + response.headers["Location"]
        while True:
            status = http.get(job, params={"format": "json"}, timeout=30).json()
            if status["status"] in ("ready", "failed"):
                break
            assert time.monotonic() - started < EXPORT_DEADLINE_SECONDS, "export still running"
            time.sleep(1)
        assert status["status"] == "ready", status.get("error")
        digest, size = hashlib.sha256(), 0
        with http.get(host + status["download_url"], stream=True, timeout=120) as download:
            download.raise_for_status()
            announced = int(download.headers["Content-Length"])
            for chunk in download.iter_content(1024 * 1024):
                digest.update(chunk)
                size += len(chunk)
        results[index] = {
            "ok": size == announced,
            "sha256": digest.hexdigest(),
            "bytes": size,
            "rows": status["rows_expected"],
            "seconds": round(time.monotonic() - started, 1),
        }
    except Exception as error:  # reported in the JSON, never hidden
        results[index] = {"ok": False, "error": str(error)[:300]}


def exports_under_browsing(host: str, session_keys: list[str], workdir: str, idle_p95: float) -> dict:
    results: list = [None] * CONCURRENT_EXPORTS
    threads = [
        threading.Thread(target=full_export, args=(host, session_keys[i], results, i))
        for i in range(CONCURRENT_EXPORTS)
    ]
    browse = {}

    def browsing():
        browse.update(locust_run(host, 10, max(SECONDS, 90), session_keys, f"{workdir}/during-exports"))

    browser = threading.Thread(target=browsing)
    browser.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    browser.join()
    reference, size = reference_digest()
    identical = [r.get("ok") and r["sha256"] == reference and r["bytes"] == size for r in results]
    return {
        "concurrent_exports": CONCURRENT_EXPORTS,
        "exports_complete_and_identical_to_copy": sum(identical),
        "export_rows": results[0].get("rows") if results[0] else None,
        "export_bytes": size,
        "export_seconds": [r.get("seconds") for r in results],
        "export_errors": [r["error"] for r in results if "error" in r],
        "browse_p95_idle_ms": idle_p95,
        "browse_p95_during_exports_ms": browse.get("p95_ms"),
        "browse_errors_during_exports": browse.get("errors"),
        "browse_p95_ratio": round(browse["p95_ms"] / idle_p95, 2) if browse.get("p95_ms") and idle_p95 else None,
    }


def main() -> None:
    database_ensure(BENCH_DATABASE_URL)
    os.environ["DATABASE_URL"] = BENCH_DATABASE_URL
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "offshoring.settings")
    # One signing key for this process and gunicorn: the sessions made here must be valid there.
    os.environ["SECRET_KEY"] = secrets.token_urlsafe(40)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from bench.dataset import dataset_ensure

    log("dataset (100k articles, 1M metrics) …")
    dataset = dataset_ensure()
    session_keys = sessions(60)
    workdir = tempfile.mkdtemp(prefix="loadtest-")
    env = service_env(f"{workdir}/exports")
    port = free_port()
    host = f"http://127.0.0.1:{port}"
    gunicorn = start(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "offshoring.wsgi:application"],
        dict(env, GUNICORN_BIND=f"127.0.0.1:{port}"),
    )
    worker = start(
        [sys.executable, "-m", "celery", "-A", "offshoring", "worker", "-Q", "exports", "--concurrency=2",
         "--without-gossip", "--without-mingle", "--loglevel=WARNING"],
        env,
    )  # fmt: skip
    results = {"dataset": dataset, "gunicorn": gunicorn_settings(), "levels": {}}
    try:
        wait_for_port(port, gunicorn)
        requests.get(f"{host}/accounts/login/", timeout=60)  # the workers have loaded the application
        for users in LEVELS:
            log(f"{users} users for {SECONDS} s …")
            results["levels"][str(users)] = locust_run(host, users, SECONDS, session_keys, f"{workdir}/u{users}")
        log(f"{CONCURRENT_EXPORTS} full exports while 10 users browse …")
        results["exports"] = exports_under_browsing(host, session_keys, workdir, results["levels"]["10"]["p95_ms"])
    finally:
        stop(worker)
        stop(gunicorn)
    print(json.dumps(results))


def gunicorn_settings() -> dict:
    """The worker class and counts gunicorn.conf.py gives on this machine (the file is plain Python)."""
    namespace: dict = {}
    exec(compile((ROOT / "gunicorn.conf.py").read_text(), "gunicorn.conf.py", "exec"), namespace)
    return {key: namespace[key] for key in ("worker_class", "workers", "threads", "timeout")}


if __name__ == "__main__":
    main()
