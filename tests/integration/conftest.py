"""Real Celery workers on Redis and PostgreSQL, started as subprocesses of the test.

The test process sends tasks to the broker (the Celery app is switched out of eager mode for the
test) and the workers parse them into the test database. Worker logs go to files under tmp_path and
are printed when a test fails.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Worker:
    name: str
    process: subprocess.Popen
    log: Path

    def wait_ready(self, timeout: float = 40) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"worker {self.name} exited with {self.process.returncode}:\n{self.output()}")
            if " ready." in self.output():
                return
            time.sleep(0.2)
        raise AssertionError(f"worker {self.name} not ready after {timeout} s:\n{self.output()}")

    def kill(self) -> None:
        """SIGKILL the whole worker: the main process and its prefork children, with no chance to clean up."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def database_url(settings_dict: dict) -> str:
    """The URL of the database the test runs on (the test database, once pytest-django created it)."""
    user = quote(settings_dict.get("USER") or "", safe="")
    password = quote(settings_dict.get("PASSWORD") or "", safe="")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{credentials}{host}:{port}/{settings_dict['NAME']}"


@pytest.fixture
def celery_broker(redis_url):
    """The Celery app of this process sends to Redis (db of TEST_REDIS_URL, emptied before and after)."""
    import redis

    from offshoring.celery import app

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    saved = {
        key: app.conf[key]
        for key in ("task_always_eager", "broker_url", "broker_transport_options", "broker_connection_retry")
    }
    app.conf.task_always_eager = False
    app.conf.broker_url = redis_url
    app.conf.broker_transport_options = {"visibility_timeout": 10}
    _connections_reset(app)  # pools made earlier (eager tests) point at the default broker, not this one
    try:
        yield redis_url
    finally:
        _connections_reset(app)
        app.conf.update(saved)
        client.flushdb()


def _connections_reset(app) -> None:
    from kombu import pools

    pools.reset()  # the process-wide producer pools, keyed by broker URL
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def start_worker(request, tmp_path, celery_broker, postgres):
    """start_worker(name, **env) → a ready Worker (2 prefork processes) on the test database."""
    from django.db import connection

    workers: list[Worker] = []
    env = {
        **os.environ,
        "DATABASE_URL": database_url(connection.settings_dict),
        "CELERY_BROKER_URL": celery_broker,
        "DJANGO_SETTINGS_MODULE": "offshoring.settings",
        "CONN_MAX_AGE": "0",
        "PYTHONUNBUFFERED": "1",
        "LOG_LEVEL": "WARNING",
    }

    def start(name: str = "w", *, beat: bool = False, **extra_env) -> Worker:
        log = tmp_path / f"worker-{name}.log"
        node = f"{name}-{uuid.uuid4().hex[:6]}@%h"
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "offshoring",
            "worker",
            "--concurrency=2",
            "--pool=prefork",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-n",
            node,
        ]
        if beat:  # the embedded scheduler, which runs the stuck-article sweep
            command += ["--beat", "--schedule", str(tmp_path / f"beat-{name}")]
        with log.open("wb") as handle:
            process = subprocess.Popen(
                command,
                cwd=ROOT,
                env={**env, **{k: str(v) for k, v in extra_env.items()}},
                stdout=handle,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        worker = Worker(name, process, log)
        workers.append(worker)
        worker.wait_ready()
        return worker

    yield start
    for worker in workers:
        worker.stop()
    failed = getattr(request.node, "rep_call", None)
    if failed is None or failed.failed:
        for worker in workers:
            print(f"\n===== log of worker {worker.name} =====\n{worker.output()[-20000:]}")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def wait_until(predicate, *, timeout: float, interval: float = 0.2, message: str = "condition", state=None):
    """Poll `predicate`; on time-out, fail with what `state()` says (e.g. the status counts)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    detail = f"; last state: {state()}" if state else ""
    raise AssertionError(f"timed out after {timeout} s waiting for {message}{detail}")
