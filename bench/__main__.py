"""Runs every benchmark of SPEC §7 and prints one JSON object as the last line.

PostgreSQL and Redis are required (BENCH_DATABASE_URL, BENCH_REDIS_URL); the benchmark database is
created if missing and its 100k articles / 1M metrics are kept between runs.
"""

import json
import os
import sys

import psycopg

BENCH_DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/offshoring_bench")
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11")


def database_ensure(url: str) -> None:
    """CREATE DATABASE for the benchmark unless it exists (connecting to the server's `postgres` db)."""
    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main() -> None:
    database_ensure(BENCH_DATABASE_URL)
    os.environ["DATABASE_URL"] = BENCH_DATABASE_URL
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "offshoring.settings")
    os.environ.setdefault("DEBUG", "1")  # a local benchmark; DEBUG's query log is switched off below
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.DEBUG = False
    call_command("migrate", verbosity=0)

    from bench.dataset import dataset_ensure
    from bench.export import csv_vs_copy, export_peak_rss_mb
    from bench.extraction import extraction_mb_per_s, extraction_rate
    from bench.ingestion import ingestion_rate
    from bench.pages import page_p95_ms

    results = {}
    log("extraction …")
    results["extract_articles_per_s"] = round(extraction_rate(), 1)
    log("extraction of 5 MB texts …")
    results["extract_mb_per_s"] = extraction_mb_per_s()
    log("ingestion of distinct articles through a real worker …")
    ingestion = ingestion_rate(BENCH_DATABASE_URL, BENCH_REDIS_URL)
    results["ingest_articles_per_s"] = round(ingestion["rate"], 1)
    results["ingest_articles"] = ingestion["created"]
    results["ingest_near_duplicates"] = ingestion["near_duplicates"]
    log("dataset (100k articles, 1M metrics) …")
    results["dataset"] = dataset_ensure()
    log("pages, cold and warm, every table sort and deep page …")
    results.update(page_p95_ms())
    log("CSV export vs COPY …")
    results.update(csv_vs_copy())
    log("export peak memory …")
    results["csv_peak_rss_mb"] = export_peak_rss_mb(BENCH_DATABASE_URL)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
