"""extract_articles_per_s: the pure extractor alone, one process, seed-sized articles."""

import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def extraction_rate(seconds: float = 5.0) -> float:
    from offshoring.extraction import extract

    articles = [path.read_bytes() for path in sorted(SEEDS.glob("*.txt"))]
    for data in articles:  # warm the caches the way a long-running worker has them
        extract(data)
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for data in articles:
            extract(data)
        done += len(articles)
    return done / (time.perf_counter() - started)
