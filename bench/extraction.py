"""The pure extractor alone, one process: extract_articles_per_s on seed-sized articles, and extract_mb_per_s on the
largest upload allowed (5 MB), written as one line and as ordinary paragraphs."""

import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# The largest seed: an interview under a wall of headlines, dense in figures, places and organisations.
LONG_TEXT_SEED = "002"
LONG_TEXT_BYTES = 5 * 1024 * 1024


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


def long_text(*, one_line: bool, size: int = LONG_TEXT_BYTES) -> bytes:
    """A seed article repeated to `size` bytes of UTF-8: its own paragraphs, or every line joined into one."""
    article = next(SEEDS.glob(f"{LONG_TEXT_SEED}_*.txt")).read_text(encoding="utf-8")
    if one_line:
        article = " ".join(article.split())
    separator = " " if one_line else "\n"
    copies = size // len((article + separator).encode()) + 1
    return (separator.join([article] * copies)).encode()[:size].decode("utf-8", "ignore").encode()


def extraction_mb_per_s() -> dict[str, float]:
    """Megabytes per second through extract() on a 5 MB text, one line and paragraphs (target: 0.5 or more)."""
    from offshoring.extraction import extract

    rates = {}
    for name, one_line in (("one_line", True), ("paragraphs", False)):
        data = long_text(one_line=one_line)
        started = time.perf_counter()
        result = extract(data)
        elapsed = time.perf_counter() - started
        if result.error:
            raise RuntimeError(f"{name}: {result.error}")
        rates[name] = round(len(data) / 1_000_000 / elapsed, 2)
    return rates
