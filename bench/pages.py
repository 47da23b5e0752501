"""overview_p95_ms and table_p95_ms: server-side time of real requests through the whole Django stack."""

import statistics
import time

from django.contrib.auth import get_user_model
from django.test import Client

OVERVIEW_URLS = ["/", "/?show=positions", "/?region=souss-massa", "/?year_min=2010&year_max=2015"]
TABLE_URLS = [
    "/metrics/",
    "/metrics/?indicator=employment",
    "/metrics/?indicator=employment&region=souss-massa",
    "/metrics/?region=casablanca-settat&year_min=2010&year_max=2015",
    "/metrics/?indicator=revenue&o=-value",
    "/metrics/?q=webhelp&page=3",
    "/metrics/?q=dakhla&indicator=positions",
    "/metrics/?qualifier=more_than&review_state=auto&page=2",
]


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 2 else samples[0]


def timed_gets(client: Client, urls: list[str], rounds: int) -> list[float]:
    for url in urls:  # warm-up: connection, template and query-plan caches
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    samples = []
    for _ in range(rounds):
        for url in urls:
            started = time.perf_counter()
            client.get(url)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def page_p95_ms(rounds: int = 8) -> dict:
    user, _ = get_user_model().objects.get_or_create(username="bench-analyst")
    client = Client()
    client.force_login(user)
    user.is_superuser = True  # reads everything, like an analyst; no permission check in the timings
    user.save()
    return {
        "overview_p95_ms": round(p95(timed_gets(client, OVERVIEW_URLS, rounds)), 1),
        "table_p95_ms": round(p95(timed_gets(client, TABLE_URLS, rounds)), 1),
    }
