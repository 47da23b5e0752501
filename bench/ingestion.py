"""ingest_articles_per_s: upload → Redis → a real Celery worker (2 processes) → PostgreSQL.

Runs in a subprocess on a database of its own, dropped and created afresh each run, so the figure
never depends on what an earlier run left behind.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 300


def ingestion_rate(database_url: str, redis_url: str) -> float:
    base, name = database_url.rsplit("/", 1)
    ingest_url = f"{base}/{name}_ingest"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}_ingest" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}_ingest"')
    env = dict(
        os.environ, DATABASE_URL=ingest_url, CELERY_BROKER_URL=redis_url, DJANGO_SETTINGS_MODULE="offshoring.settings"
    )
    env.setdefault("DEBUG", "1")
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    done = subprocess.run([sys.executable, "-m", "bench.ingestion"], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return float(done.stdout.strip().splitlines()[-1])


def articles(count: int) -> list[tuple[str, bytes]]:
    """Seed-sized articles, each its own story: the seeds with their figures and places varied."""
    rng = random.Random(7)
    seeds = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    out = []
    for n in range(count):
        text = seeds[n % len(seeds)]
        text = text.replace("45.000", f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}")
        text = text.replace("300 personnes", f"{rng.randrange(100, 900)} personnes")
        header = f"Dépêche {n} : un nouveau centre d'appels ouvre ses portes, {rng.randrange(100, 2000)} postes.\n"
        out.append((f"bench-{n}.txt", (header + text).encode("utf-8")))
    return out


def worker_start() -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "offshoring",
            "worker",
            "--concurrency=2",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--prefetch-multiplier=1",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def measure() -> float:
    import django

    django.setup()
    from offshoring.celery import app
    from offshoring.models import Article
    from offshoring.services.ingest import upload_ingest

    app.control.purge()
    worker = worker_start()
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(timeout=0.5):
            if time.monotonic() > deadline:
                raise RuntimeError("the Celery worker did not start within 60 s")
        files = articles(ARTICLES)
        started = time.perf_counter()
        report = upload_ingest(files=files, label="benchmark")
        created = report.created
        deadline = time.monotonic() + 600
        while Article.objects.filter(status__in=["pending", "processing"]).exists():
            if time.monotonic() > deadline:
                raise RuntimeError("articles still unparsed after 600 s")
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
        failed = Article.objects.filter(status="failed").count()
        if failed:
            raise RuntimeError(f"{failed} articles failed to parse")
        return created / elapsed
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)


if __name__ == "__main__":
    print(round(measure(), 2))
