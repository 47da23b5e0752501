"""A worker SIGKILLed in the middle of a batch: every article still ends parsed exactly once.

What this proves, and through which mechanisms: tasks are acknowledged late, so the messages worker A
had received (running, or reserved and waiting) stay in Redis's unacked set when A dies with no
chance to clean up. Worker B, started afterwards, puts them back on the queue once they are older
than the visibility timeout (lowered to 10 s here, with the restore sweep every second; production
keeps an hour). Redis has one more window: a message A had popped from the queue but not yet recorded
as unacknowledged when it died is gone from the broker. The beat schedule's stuck-article sweep
(every 2 s here, for articles pending longer than 15 s once the queue has drained) queues those
articles again. The parse service then makes redelivery harmless: an article A had finished is
skipped, one A was in the middle of is parsed again in one transaction.
"""

import time
from pathlib import Path

import pytest

from offshoring.models import Article
from offshoring.selectors import article_status_counts
from offshoring.services.ingest import upload_ingest

from .conftest import wait_until
from .expectations import assert_rows_of_one_clean_parse

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
ARTICLES = 200
FAST_RECOVERY = {
    "CELERY_VISIBILITY_TIMEOUT": 10,
    "CELERY_UNACKED_RESTORE_INTERVAL": 1,
    "CELERY_UNACKED_RESTORE_THROTTLE": 1,
    "PARSE_STUCK_MINUTES": 0.25,
    "PARSE_STUCK_SWEEP_SECONDS": 2,
}
WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett")


def batch_texts() -> list[tuple[str, bytes]]:
    """200 distinct articles: the seeds, each with a closing line of its own (and a bit longer to parse)."""
    seeds = [path.read_text() for path in SEEDS]
    files = []
    for i in range(ARTICLES):
        tag = " ".join(WORDS[int(digit)] for digit in f"{i:03d}")
        text = seeds[i % len(seeds)] + f"\nDossier {tag}.\n"
        files.append((f"article-{i:03d}.txt", text.encode()))
    return files


def test_sigkill_mid_batch_then_a_new_worker_parses_everything_exactly_once(start_worker):
    files = batch_texts()
    report = upload_ingest(files=files, label="crash test")
    assert report.created == ARTICLES

    worker_a = start_worker("a", **FAST_RECOVERY)

    def mid_batch_and_mid_task():
        counts = article_status_counts()
        return counts["parsed"] >= 20 and counts["processing"] >= 1  # a parse is running: kill it there

    wait_until(mid_batch_and_mid_task, timeout=60, interval=0.01, message="worker A to be in the middle of a parse")
    worker_a.kill()
    at_kill = article_status_counts()
    interrupted = set(Article.objects.filter(status="processing").values_list("id", flat=True))
    print(f"at SIGKILL: {at_kill}")
    assert 0 < at_kill["parsed"] < ARTICLES, "the kill must land in the middle of the batch"

    started = time.monotonic()
    worker_b = start_worker("b", beat=True, **FAST_RECOVERY)
    wait_until(
        lambda: article_status_counts()["parsed"] == ARTICLES,
        timeout=90,
        message="every article parsed",
        state=lambda: (
            article_status_counts(),
            list(Article.objects.exclude(status="parsed").values("id", "status", "attempts", "error"))[:10],
        ),
    )
    print(f"worker B finished the batch in {time.monotonic() - started:.1f} s")

    assert article_status_counts() == {"pending": 0, "processing": 0, "parsed": ARTICLES, "failed": 0}
    # Exactly once: only the parses the kill interrupted ran a second time, and none a third.
    rerun = set(Article.objects.filter(attempts__gt=1).values_list("id", flat=True))
    assert rerun == interrupted
    assert not Article.objects.filter(attempts__gt=2).exists()
    print(f"parsed a second time (interrupted by the kill): {len(rerun)}")

    assert_rows_of_one_clean_parse(files)
    assert "succeeded in" in worker_b.output()
