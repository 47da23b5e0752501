"""Seeds in, through Redis and a real Celery worker, figures out in PostgreSQL."""

from decimal import Decimal
from pathlib import Path

import pytest

from offshoring.models import Article, Event, Metric
from offshoring.selectors import article_status_counts, batch_progress, metric_countable_queryset
from offshoring.services.ingest import path_files, upload_ingest

from .conftest import wait_until

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_seeds_are_parsed_by_a_real_worker(start_worker):
    worker = start_worker("seeds")
    report = upload_ingest(files=path_files([SEEDS]), label="seeds")
    assert report.created == 5, [o.line() for o in report.outcomes]

    wait_until(lambda: batch_progress(batch=report.batch).done, timeout=120, message="the seeds to be parsed")
    assert article_status_counts() == {"pending": 0, "processing": 0, "parsed": 5, "failed": 0}
    # Parsed by the worker, once each: the test process only sent the tasks.
    assert set(Article.objects.values_list("attempts", flat=True)) == {1}
    assert worker.output().count("succeeded in") == 5, worker.output()

    countable = metric_countable_queryset()
    assert countable.filter(
        indicator="employment", value=Decimal(45000), unit="persons", region__isnull=True, organisation__isnull=True
    ).exists()
    assert countable.filter(indicator="revenue", value=Decimal(4_500_000_000), unit="MAD", region__isnull=True).exists()
    souss = countable.filter(region__name="Souss-Massa", year=2011)
    assert souss.filter(indicator="employment", value=300, qualifier="less_than").exists()
    assert souss.filter(indicator="jobs_target", value=3500).exists()
    assert countable.filter(indicator="students", value=115000, region__name="Oriental").exists()

    siccam = Event.objects.get(edition=16, city__name="Oujda")
    assert "SICCAM" in siccam.name and siccam.region.name == "Oriental"
    assert siccam.mentions.count() == 1
    assert Metric.objects.filter(article__status="parsed").count() == countable.count()
