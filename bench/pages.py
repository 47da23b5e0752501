"""Page timings through the whole Django stack (server side), cold and warm, at 100k articles / 1M metrics.

- cold: no application cache at all (a dummy cache backend), as after a restart or for a new filter;
- warm: the same URL again, its cached aggregates (if any) reused.

Table URLs: every table sorted by every sortable column, both ways, on its first page and on its
deepest reachable page (page 200: the paginator counts 10 000 rows at most), plus filtered views.
`table_p95_ms` is the worst p95 over all of them (the key SPEC §7 lists), `table_deep_p95_ms` the
worst over the deep pages; `table_worst_url` names the slowest.
"""

import statistics
import time

from django.contrib.auth import get_user_model
from django.test import Client, override_settings

OVERVIEW_URLS = ["/", "/?show=positions", "/?region=souss-massa", "/?year_min=2010&year_max=2015"]
REGION_URLS = ["/regions/souss-massa/", "/regions/casablanca-settat/", "/regions/oriental/"]
DEEP_PAGE = 200
FILTERED_TABLE_URLS = [
    "/metrics/?indicator=employment",
    "/metrics/?indicator=employment&region=souss-massa",
    "/metrics/?region=casablanca-settat&year_min=2010&year_max=2015",
    "/metrics/?indicator=revenue&o=-value",
    "/metrics/?region=souss-massa&o=-year&page=200",
    "/metrics/?q=webhelp&page=3",
    "/metrics/?q=dakhla&indicator=positions",
    "/metrics/?qualifier=more_than&review_state=auto&page=2",
    "/articles/?region=oriental&page=50",
    "/organisations/?kind=operator&o=-articles",
    "/events/?region=souss-massa&o=date",
]
NO_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def table_urls() -> tuple[list[str], list[str]]:
    """(every table URL, the deep ones among them): each sort both ways, first and deepest page."""
    from dashboard.pages import LIST_PAGES

    urls, deep = [], []
    for name, page in LIST_PAGES.items():
        sorts = [""] + [f"{d}{c.sort}" for c in page.table.columns if c.sort for d in ("", "-")]
        for sort in sorts:
            query = f"o={sort}&" if sort else ""
            urls.append(f"/{name}/?{query}".rstrip("?&"))
            deep.append(f"/{name}/?{query}page={DEEP_PAGE}")
    return urls + deep + FILTERED_TABLE_URLS, deep + [u for u in FILTERED_TABLE_URLS if "page=200" in u]


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 2 else samples[0]


def timed(client: Client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def url_samples(client: Client, urls: list[str], rounds: int, cold: bool) -> dict[str, list[float]]:
    """Each URL `rounds` times, round after round; cold: without any cache, warm: after one warm-up."""
    samples: dict[str, list[float]] = {url: [] for url in urls}
    if cold:
        with override_settings(CACHES=NO_CACHE):
            for _ in range(rounds):
                for url in urls:
                    samples[url].append(timed(client, url))
        return samples
    for url in urls:
        timed(client, url)  # warm-up: connection, templates, query plans, the cache
    for _ in range(rounds):
        for url in urls:
            samples[url].append(timed(client, url))
    return samples


def pooled_p95(samples: dict[str, list[float]]) -> float:
    return round(p95([s for values in samples.values() for s in values]), 1)


def worst_p95(samples: dict[str, list[float]]) -> tuple[float, str]:
    url = max(samples, key=lambda u: p95(samples[u]))
    return round(p95(samples[url]), 1), url


def page_p95_ms(rounds: int = 5) -> dict:
    user, _ = get_user_model().objects.get_or_create(username="bench-analyst")
    user.is_superuser = True  # reads everything, like an analyst; no permission check in the timings
    user.save()
    client = Client()
    client.force_login(user)
    tables, deep = table_urls()
    results = {}
    for key, urls in (("overview", OVERVIEW_URLS), ("region", REGION_URLS)):
        results[f"{key}_p95_ms"] = pooled_p95(url_samples(client, urls, rounds, cold=False))
        results[f"{key}_cold_p95_ms"] = pooled_p95(url_samples(client, urls, rounds, cold=True))
    warm = url_samples(client, tables, rounds, cold=False)
    cold = url_samples(client, tables, max(2, rounds // 2), cold=True)
    results["table_p95_ms"], results["table_worst_url"] = worst_p95(warm)
    results["table_cold_p95_ms"], results["table_cold_worst_url"] = worst_p95(cold)
    results["table_deep_p95_ms"], _url = worst_p95({url: warm[url] for url in deep})
    results["table_pooled_p95_ms"] = pooled_p95(warm)
    results["table_urls"] = len(tables)
    return results
