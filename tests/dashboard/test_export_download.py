"""An export cut short is never a complete file to its client: real gunicorn, real kill, real HTTP client.

gunicorn runs with the repository's gunicorn.conf.py against the test database. The client reads the
first bytes of a large export, the worker serving it is killed (SIGKILL: no chance to finish, as when
the arbiter or the kernel kills it), and the client reads on. Python's http.client then raises
IncompleteRead: the response announced its Content-Length, and fewer bytes came. An uninterrupted
download of the same URL is complete and equals the file.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

from dashboard.models import Export
from dashboard.services import export_job_create, export_job_run, export_path
from offshoring.models import Metric
from tests.factories import ArticleFactory, UserFactory

# serialized_rollback: the reference data (regions, groups) is restored for the transactional tests after it.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "Le secteur de l'offshoring emploie {n} personnes dans la région, selon l'association. " * 30


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def many_long_metrics(postgres):
    """About 30 MB of CSV: far more than the socket buffers between gunicorn and the client hold."""
    article = ArticleFactory()
    Metric.objects.bulk_create(
        Metric(
            article=article,
            indicator="employment",
            value=n,
            unit="persons",
            sentence=SENTENCE.format(n=n),
            start=0,
            end=10,
            fingerprint=f"long{n}",
        )
        for n in range(12_000)
    )


@pytest.fixture
def gunicorn(tmp_path, settings):
    """gunicorn as configured for production (one worker, so the one to kill is known)."""
    settings.EXPORT_ROOT = tmp_path / "exports"
    db = connection.settings_dict
    port = free_port()
    env = dict(
        os.environ,
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        EXPORT_ROOT=str(settings.EXPORT_ROOT),
        CONN_MAX_AGE="0",
        DEBUG="1",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="1",
        GUNICORN_ACCESS_LOG="/dev/null",
    )
    env.pop("CELERY_BROKER_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "offshoring.wsgi:application"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180  # a busy shared machine imports Django slowly
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, "gunicorn exited at start"
                assert time.monotonic() < deadline, "gunicorn did not start within 180 s"
                time.sleep(0.2)
        yield server, port
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def worker_pids(master: int) -> list[int]:
    """The master's live workers (a killed one may linger as a zombie until the arbiter reaps it)."""
    pids = []
    for pid in Path(f"/proc/{master}/task/{master}/children").read_text().split():
        stat = Path(f"/proc/{pid}/stat")
        if stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z":
            pids.append(int(pid))
    return pids


def staff_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


def get(port: int, path: str, cookie: str) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 * 1024)  # a slow client: little buffered
    sock.settimeout(60)
    sock.connect(("127.0.0.1", port))
    conn.sock = sock
    conn.request("GET", path, headers={"Cookie": cookie})
    return conn.getresponse()


def assert_cut_download_is_incomplete(server, port: int, path: str, cookie: str, expected_size: int) -> None:
    response = get(port, path, cookie)
    assert response.status == 200
    assert int(response.getheader("Content-Length")) == expected_size
    assert response.getheader("Transfer-Encoding") is None  # a length, not an open-ended chunked stream
    first = response.read(64 * 1024)
    (worker,) = worker_pids(server.pid)
    os.kill(worker, signal.SIGKILL)
    with pytest.raises(http.client.IncompleteRead) as cut:
        response.read()
    received = len(first) + len(cut.value.partial)
    assert received < expected_size, "the kill came too late to interrupt anything"


def test_an_interrupted_export_is_never_a_complete_file(many_long_metrics, gunicorn, settings):
    server, port = gunicorn
    user = UserFactory(username="staff-gunicorn", group="staff")
    cookie = staff_cookie(user)

    # A direct export (below the job threshold): written whole first, then sent with its length.
    complete = get(port, "/metrics/export/?columns=evidence&headers=codes", cookie)
    assert complete.status == 200
    body = complete.read()
    assert len(body) == int(complete.getheader("Content-Length")) > 25_000_000
    assert body.count(b"\n") == 12_001
    assert_cut_download_is_incomplete(
        server, port, "/metrics/export/?columns=evidence&headers=codes", cookie, len(body)
    )

    # A large export's file, written by its job, downloaded the same way.
    from django.http import QueryDict

    from dashboard.pages import METRICS

    export = export_job_create(
        user=user, page=METRICS, params=QueryDict("columns=evidence&headers=codes"), language="fr"
    )
    assert export_job_run(export_id=export.pk) == "ready"
    export = Export.objects.get(pk=export.pk)
    file_bytes = export_path(export).read_bytes()
    assert file_bytes == body
    assert_cut_download_is_incomplete(server, port, f"/exports/{export.pk}/download/", cookie, len(file_bytes))
    again = get(port, f"/exports/{export.pk}/download/", cookie)
    assert again.status == 200 and again.read() == file_bytes
