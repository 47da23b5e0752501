"""PostgreSQL briefly unreachable, Redis restarted: every article still ends parsed exactly once.

SPEC §8, the two outages besides the killed worker (test_worker_crash.py). Neither test stops the
machine's PostgreSQL or Redis (other things use them): a TCP proxy sits between the worker and the
service, and the test cuts it (every live connection reset, new ones reset on arrival) and restores it.
"""

import logging
import re
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from offshoring.models import Article
from offshoring.selectors import article_status_counts
from offshoring.services.ingest import upload_ingest
from offshoring.tasks import article_parse_task

from .conftest import _connections_reset, database_url, wait_until
from .expectations import assert_rows_of_one_clean_parse

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett")
BATCH = 60


def batch_texts(count: int, *, first: int = 0) -> list[tuple[str, bytes]]:
    """Distinct articles: the seeds, each with a closing line of its own."""
    seeds = [path.read_text() for path in SEEDS]
    files = []
    for i in range(first, first + count):
        tag = " ".join(WORDS[int(digit)] for digit in f"{i:03d}")
        files.append((f"outage-{i:03d}.txt", (seeds[i % len(seeds)] + f"\nDossier {tag}.\n").encode()))
    return files


def state():
    """What a time-out reports: the status counts and a few unfinished articles."""
    unfinished = Article.objects.exclude(status="parsed").values("id", "raw_filename", "status", "attempts", "error")
    return article_status_counts(), list(unfinished[:10])


def mid_batch() -> bool:
    counts = article_status_counts()
    return counts["parsed"] >= 5 and counts["processing"] >= 1  # a parse is running: cut there


def all_finished() -> bool:
    counts = article_status_counts()
    return counts["pending"] == 0 and counts["processing"] == 0


def alive(worker, predicate):
    """`predicate`, failing at once if the worker exited (a worker killed by the outage is a finding)."""

    def check():
        if worker.process.poll() is not None:
            raise AssertionError(f"worker {worker.name} exited with {worker.process.returncode} during the outage")
        return predicate()

    return check


def assert_parsed_exactly_once(files) -> None:
    """Every article parsed, and its rows are those of one clean parse (the extractor called directly)."""
    failed = list(Article.objects.filter(status="failed").values("raw_filename", "error"))
    assert not failed, f"articles failed by the outage: {failed}"
    assert article_status_counts() == {"pending": 0, "processing": 0, "parsed": len(files), "failed": 0}
    assert_rows_of_one_clean_parse(files)


@pytest.mark.parametrize("conn_max_age", ["0", "60"], ids=["new-connection-per-task", "persistent-connections"])
def test_postgres_unreachable_mid_batch_then_every_article_is_parsed_once(tcp_proxy, start_worker, conn_max_age):
    """The worker's database connections are reset and refused for 4 s in the middle of a batch.

    Every database error of a parse is an OperationalError (psycopg's "server closed the connection
    unexpectedly", "connection failed"), which the parse service lets through and the task retries,
    with a backoff of 0–1 s, 0–2 s, 0–4 s… up to 60 s (full jitter; eight retries, two minutes on
    average, so a 4 s outage never exhausts them in practice).
    Tasks that start during the cut fail at the claim, which never commits: their article stays
    pending and its `attempts` unchanged. A parse in flight when the cut lands (at most one per
    worker process) may have committed its claim: its retry claims it again, so that article shows
    attempts = 2, and its rows are written once, by the retry (the write is one transaction: rolled
    back by the cut, or committed, and then the retry finds the article parsed and skips it).

    Both connection settings are run: a new connection per task (CONN_MAX_AGE=0, the fixture's), and
    production's persistent ones (CONN_MAX_AGE=60 with CONN_HEALTH_CHECKS), where the cut kills idle
    connections that the health check must notice before the next task uses them.
    """
    from django.db import connection

    settings = connection.settings_dict
    proxy = tcp_proxy(settings.get("HOST") or "127.0.0.1", int(settings.get("PORT") or 5432))
    files = batch_texts(BATCH)
    report = upload_ingest(files=files, label="postgres outage")  # queued: no worker yet
    assert report.created == BATCH

    through_proxy = database_url({**settings, "HOST": "127.0.0.1", "PORT": proxy.port})
    worker = start_worker("pg", DATABASE_URL=through_proxy, CONN_MAX_AGE=conn_max_age)
    wait_until(mid_batch, timeout=30, interval=0.005, message="a parse in the middle of the batch", state=state)
    live = proxy.cut()
    at_cut = article_status_counts()
    print(f"cut {live} live connections at {at_cut}")
    assert 0 < at_cut["parsed"] < BATCH, "the cut must land in the middle of the batch"
    time.sleep(4)
    during = article_status_counts()
    proxy.restore()
    print(f"restored at {during}; {proxy}")

    # The last retry runs at most retry_backoff_max (60 s) after the last attempt the cut failed: a
    # task can be unlucky enough to draw it (usually all are done 5–15 s after the restore).
    started = time.monotonic()
    wait_until(
        alive(worker, all_finished),
        timeout=article_parse_task.retry_backoff_max + 15,
        message="every article parsed or failed",
        state=lambda: (*state(), proxy),
    )
    print(f"finished {time.monotonic() - started:.1f} s after the restore")

    assert_parsed_exactly_once(files)
    retries = len(re.findall(r"article_parse_task\[[^]]+\] retry: Retry in", worker.output()))
    print(f"retries: {retries}; attempts: {Counter(Article.objects.values_list('attempts', flat=True))}")
    assert retries >= 1, "no parse hit the outage"
    assert proxy.resets + proxy.refused >= 1
    # At most the two parses in flight at the cut were claimed twice; every other article once.
    assert not Article.objects.filter(attempts__gt=2).exists()
    assert not Article.objects.filter(attempts__lt=1).exists()
    assert Article.objects.filter(attempts=2).count() <= 2


@pytest.fixture
def broker_proxy(celery_broker, tcp_proxy):
    """A proxy in front of the test's Redis database; this process's Celery app publishes through it.

    Ask for it before `start_worker`, so that the workers are stopped before the proxy closes.
    """
    from offshoring.celery import app

    parts = urlsplit(celery_broker)
    proxy = tcp_proxy(parts.hostname or "127.0.0.1", parts.port or 6379)
    credentials = parts.netloc.rpartition("@")[0]
    proxy.url = parts._replace(netloc=f"{credentials}{'@' if credentials else ''}127.0.0.1:{proxy.port}").geturl()
    saved = app.conf.broker_url
    app.conf.broker_url = proxy.url
    _connections_reset(app)
    yield proxy
    _connections_reset(app)
    app.conf.broker_url = saved


def test_redis_restarted_mid_batch_then_every_article_is_parsed_once(broker_proxy, start_worker, caplog):
    """Redis goes away for a few seconds in the middle of a batch, and uploads go on meanwhile.

    The worker loses its broker connection ("Connection to broker lost") and kombu reconnects once
    the proxy is restored. Parses already running finish (the database is up), but their late
    acknowledgement goes to a dead channel; the messages the worker had reserved and not started are
    dropped by it. Both stay in Redis's unacknowledged set until the visibility timeout (an hour) and
    are then delivered again, to be skipped as already parsed; the reserved ones' articles, still
    pending, are queued again by the stuck-article sweep in the meantime. The articles uploaded during
    the cut are saved, but their parse message cannot be sent: `on_commit(robust=True)` logs the error
    and they stay pending until the sweep (beat, every 2 s here, for articles pending over 12 s once
    the queue has drained) queues them again. Each of those sends gives up after about 0.6 s (Celery's
    publish retries), so the 20 uploads keep Redis away for about 13 s.

    The sweep is also our answer to a real Redis restart: without persistence, Redis loses what was
    queued, and those articles stay pending just like the ones uploaded during the cut. A sweep may
    queue an article whose message is only waiting in the worker: the second task finds it parsed and
    skips it, or, if both run at once, writes the same rows in its own transaction, so `attempts` can
    exceed 1 while the rows are those of one parse.
    """
    files = batch_texts(BATCH)
    report = upload_ingest(files=files, label="redis restart")
    assert report.created == BATCH
    assert not Article.objects.filter(queued_at__isnull=True).exists()

    worker = start_worker(
        "redis", beat=True, CELERY_BROKER_URL=broker_proxy.url, PARSE_STUCK_MINUTES=0.2, PARSE_STUCK_SWEEP_SECONDS=2
    )
    wait_until(mid_batch, timeout=30, interval=0.005, message="a parse in the middle of the batch", state=state)
    cut_at = time.monotonic()
    live = broker_proxy.cut()
    at_cut = article_status_counts()
    print(f"cut {live} live connections at {at_cut}")
    assert 0 < at_cut["parsed"] < BATCH, "the cut must land in the middle of the batch"

    more = batch_texts(20, first=BATCH)
    with caplog.at_level(logging.ERROR, logger="django.db.backends.base"):
        late = upload_ingest(files=more, label="uploaded while Redis is down")
    assert late.created == len(more)
    unsent = [r for r in caplog.records if "in on_commit()" in r.getMessage()]
    assert len(unsent) == len(more), "every parse message sent during the cut must fail, and be logged"
    late_ids = set(Article.objects.filter(batch=late.batch).values_list("id", flat=True))
    time.sleep(max(0.0, 3 - (time.monotonic() - cut_at)))
    print(f"uploaded {len(more)} during the cut, restored after {time.monotonic() - cut_at:.1f} s")
    assert set(Article.objects.filter(id__in=late_ids).values_list("status", flat=True)) == {"pending"}
    broker_proxy.restore()

    started = time.monotonic()
    everything = files + more
    wait_until(
        alive(worker, lambda: article_status_counts()["parsed"] == len(everything)),
        timeout=45,
        message="every article parsed",
        state=lambda: (*state(), broker_proxy),
    )
    print(f"finished {time.monotonic() - started:.1f} s after the restore; {broker_proxy}")

    assert_parsed_exactly_once(everything)
    output = worker.output()
    assert "Connection to broker lost" in output, "the worker never lost its broker connection"
    requeued = sum(
        int(n) for n in re.findall(r"articles_requeue_stuck_task\[[^]]+\] succeeded in [\d.]+s: (\d+)", output)
    )
    attempts = Counter(Article.objects.values_list("attempts", flat=True))
    print(f"queued again by the sweep: {requeued}; attempts: {attempts}")
    assert requeued >= len(more)
    assert not Article.objects.filter(attempts__lt=1).exists()
