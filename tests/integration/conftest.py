"""Real Celery workers on Redis and PostgreSQL, started as subprocesses of the test.

The test process sends tasks to the broker (the Celery app is switched out of eager mode for the
test) and the workers parse them into the test database. Worker logs go to files under tmp_path and
are printed when a test fails.
"""

from __future__ import annotations

import os
import signal
import socket
import struct
import subprocess
import sys
import threading
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


class TcpProxy:
    """A TCP forwarder on 127.0.0.1:<free port> to host:port that a test can cut and restore.

    `cut()` is the service going away as seen from its clients: every live connection is reset (both
    ends: the client and the real server each see the connection drop), and a new one is accepted
    and reset at once, so a client fails fast (as against a restarting server) instead of hanging.
    `restore()` lets new connections through again. One acceptor thread and two threads per live
    connection (at most MAX_CONNECTIONS); `close()`, the fixture's teardown, stops and joins them all.
    """

    MAX_CONNECTIONS = 200  # live at once; more would be a leak in the code under test: refused

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))  # loopback only
        self.listener.settimeout(0.1)
        self.port = self.listener.getsockname()[1]
        self.accepted = 0  # connections forwarded
        self.resets = 0  # live connections reset by cut()
        self.refused = 0  # connections reset on arrival while cut
        self._cut = False
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._live: set[_Link] = set()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name=f"proxy-{self.port}", daemon=True)
        self._acceptor.start()

    def __repr__(self) -> str:
        return (
            f"<TcpProxy 127.0.0.1:{self.port} -> {self.target[0]}:{self.target[1]} {'cut' if self._cut else 'open'}: "
            f"accepted {self.accepted}, live {len(self._live)}, reset {self.resets}, refused {self.refused}>"
        )

    def cut(self) -> int:
        """Reset every live connection and refuse new ones; returns how many were live."""
        with self._lock:
            self._cut = True
            live = list(self._live)
            self.resets += len(live)
        for link in live:
            link.abort()
        return len(live)

    def restore(self) -> None:
        with self._lock:
            self._cut = False

    def close(self) -> None:
        self._closed.set()
        self.cut()
        self._acceptor.join(timeout=5)
        self.listener.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                refuse = self._cut or len(self._live) >= self.MAX_CONNECTIONS
            if refuse:
                self.refused += 1
                _reset(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset(client)
                continue
            client.settimeout(None)
            upstream.settimeout(None)
            link = _Link(client, upstream, self._forget)
            with self._lock:
                if self._cut:  # cut while it connected upstream
                    refuse = True
                else:
                    self._live.add(link)
                    self.accepted += 1
            if refuse:
                link.abort()
                link.close()
                continue
            self._threads = [thread for thread in self._threads if thread.is_alive()]
            for source, sink in ((client, upstream), (upstream, client)):
                thread = threading.Thread(target=link.pump, args=(source, sink), daemon=True)
                self._threads.append(thread)
                thread.start()

    def _forget(self, link: _Link) -> None:
        with self._lock:
            self._live.discard(link)


class _Link:
    """One client connection and its upstream twin; the second pump to finish closes both sockets."""

    def __init__(self, client: socket.socket, upstream: socket.socket, on_close) -> None:
        self.sockets = (client, upstream)
        self._on_close = on_close
        self._lock = threading.Lock()
        self._running = 2

    def pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
            sink.shutdown(socket.SHUT_WR)  # an orderly close, passed on
        except OSError:  # reset by cut(), or by either end: reset the other end too
            self.abort()
        with self._lock:
            self._running -= 1
            last = self._running == 0
        if last:
            self.close()

    def abort(self) -> None:
        """RST on close (SO_LINGER 0), and wake the pumps blocked in recv() or sendall()."""
        for sock in self.sockets:
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self._on_close(self)
        for sock in self.sockets:
            sock.close()


def _reset(sock: socket.socket) -> None:
    """Drop a connection no thread uses with a RST (SO_LINGER 0)."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()


@pytest.fixture
def tcp_proxy():
    """tcp_proxy(host, port) → a started TcpProxy in front of that service; closed at teardown.

    Request it before `start_worker`: fixtures are torn down in reverse order, so the workers then
    stop while their service is still reachable.
    """
    proxies: list[TcpProxy] = []

    def start(host: str, port: int) -> TcpProxy:
        proxy = TcpProxy(host, port)
        proxies.append(proxy)
        return proxy

    yield start
    for proxy in proxies:
        proxy.close()
