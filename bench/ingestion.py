"""ingest_articles_per_s: upload → Redis → a real Celery worker (2 processes) → PostgreSQL.

Runs in a subprocess on a database of its own, dropped and created afresh each run, so the figure
never depends on what an earlier run left behind.
"""

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 600


def ingestion_rate(database_url: str, redis_url: str) -> dict:
    """{"rate": articles/s, "created": distinct articles uploaded, "near_duplicates": how many were folded}."""
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
    return json.loads(done.stdout.strip().splitlines()[-1])


CORPUS = ROOT / "tests" / "extraction" / "corpus"
NUMBER_RE = re.compile(r"\d+(?:[.,  ]\d{3})*(?:,\d+)?")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
BROKEN_RE = re.compile("[\x00-\x08\x0b-\x1f\ufffd]")
DATELINES = ("Casablanca", "Rabat", "Tanger", "Fès", "Agadir", "Oujda", "Marrakech", "Tétouan", "Kénitra", "Dakhla")


def corpus_sentences() -> list[str]:
    """The body sentences of the test corpus's articles (realistic wording, not their page chrome)."""
    sentences = []
    for path in sorted(CORPUS.glob("*.txt")):
        if not json.loads(path.with_suffix(".json").read_text(encoding="utf-8")).get("relevant", True):
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            # Paragraphs, not menus, markup and headlines; nothing of the corpus's deliberately broken
            # encodings (a UTF-16 file read as UTF-8 is full of NULs: the upload would refuse it as binary).
            if len(line) > 120 and "<" not in line and not BROKEN_RE.search(line):
                sentences += [s for s in SENTENCE_RE.split(line) if len(s.split()) >= 6]
    return sentences


def articles(count: int) -> list[tuple[str, bytes]]:
    """Seed-sized articles, each its own story (so the near-duplicate detector folds none of them).

    Each draws a dozen sentences from the whole corpus (a pair of articles shares a sentence about
    once in thirty), in a new order, with every number and place changed, under its own headline and
    dateline: the extractor reads realistic sentences, and no two texts are alike.
    """
    from offshoring.extraction.reference import CITIES

    rng = random.Random(7)
    pool = corpus_sentences()
    city_names = [city.name for city in CITIES]
    out = []
    for n in range(count):
        place = rng.choice(city_names)

        def number(match: re.Match) -> str:
            """Another number of the same shape: a year stays a year, 45.000 becomes 38.512."""
            text = match.group()
            if re.fullmatch(r"(19|20)\d\d", text):
                return str(rng.randrange(2004, 2026))
            digits = iter(str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in text))
            return "".join(next(digits) if ch.isdigit() else ch for ch in text)

        def vary(sentence: str) -> str:
            sentence = NUMBER_RE.sub(number, sentence)
            for name in city_names:
                if name in sentence:
                    sentence = sentence.replace(name, rng.choice(city_names))
            return sentence

        body = " ".join(vary(s) for s in rng.sample(pool, 12))
        day, month, year = rng.randrange(1, 28), rng.randrange(1, 12), rng.randrange(2005, 2025)
        text = (
            f"Offshoring à {place} : {rng.randrange(100, 5000)} emplois et de nouveaux sites (dépêche {n})\n"
            f"{rng.choice(DATELINES)}, le {day:02d}/{month:02d}/{year} (MAP) - {body}\n"
        )
        out.append((f"bench-{n}.txt", text.encode("utf-8")))
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
        near_duplicates = Article.objects.filter(duplicate_of__isnull=False).count()
        return created / elapsed, created, near_duplicates
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)


if __name__ == "__main__":
    rate, created, near_duplicates = measure()
    print(json.dumps({"rate": round(rate, 2), "created": created, "near_duplicates": near_duplicates}))
