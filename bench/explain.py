"""`python -m bench.explain URL...`: each dashboard URL against the benchmark database, as the table
figures of the README were measured: its median time over 3 requests (no cache), its number of queries,
and its slowest query run again under EXPLAIN (ANALYZE, BUFFERS). One JSON line per URL."""

import json
import os
import re
import statistics
import sys
import time

from bench.__main__ import BENCH_DATABASE_URL


def explain(urls: list[str]) -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from bench.pages import NO_CACHE

    user, _ = get_user_model().objects.get_or_create(username="bench-analyst")
    user.is_superuser = True
    user.save()
    client = Client()
    client.force_login(user)
    for url in urls:
        times = []
        with override_settings(CACHES=NO_CACHE):
            for _ in range(3):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    status = client.get(url).status_code
                    times.append((time.perf_counter() - started) * 1000)
        slowest = max(queries.captured_queries, key=lambda q: float(q["time"]))
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest["sql"])
            plan = "\n".join(row[0] for row in cursor.fetchall())
        print(
            json.dumps(
                {
                    "url": url,
                    "status": status,
                    "median_ms": round(statistics.median(times), 1),
                    "queries": len(queries.captured_queries),
                    "slowest_sql_ms": float(re.search(r"Execution Time: ([\d.]+)", plan).group(1)),
                    "sorts": re.findall(r"Sort Method: [^\n]*", plan),
                    "plan_top": [line.strip() for line in plan.splitlines()[:4]],
                },
                ensure_ascii=False,
            ),
            flush=True,
        )


if __name__ == "__main__":
    os.environ["DATABASE_URL"] = BENCH_DATABASE_URL
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "offshoring.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    explain(sys.argv[1:])
