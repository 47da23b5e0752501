"""The load test's traffic (`make loadtest`): analysts and staff on the dashboard, in a realistic mix.

Every simulated user holds a session made beforehand by bench.loadtest (LOADTEST_SESSIONS), so no
login is measured. Short pauses between requests: an analyst clicking through filters and pages.
"""

import os
import random

from locust import HttpUser, between, task

REGIONS = [
    "souss-massa",
    "casablanca-settat",
    "oriental",
    "rabat-sale-kenitra",
    "fes-meknes",
    "tanger-tetouan-al-hoceima",
]
INDICATORS = ["employment", "revenue", "positions", "sites", "jobs_target"]
SORTS = {
    "metrics": ["year", "value", "indicator", "region", "published"],
    "articles": ["published", "title", "outlet", "added"],
    "organisations": ["name", "acronym", "kind", "articles"],
    "events": ["date", "name", "edition", "city"],
}
SESSIONS = os.environ.get("LOADTEST_SESSIONS", "").split(",")


class Analyst(HttpUser):
    wait_time = between(0.1, 0.5)

    def on_start(self):
        self.client.cookies.set("sessionid", random.choice(SESSIONS))

    def get(self, url: str, name: str):
        with self.client.get(url, name=name, catch_response=True, allow_redirects=False) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")

    @task(3)
    def overview(self):
        choice = random.randrange(4)
        if choice == 0:
            self.get("/", "overview")
        elif choice == 1:
            self.get(f"/?region={random.choice(REGIONS)}", "overview filtered")
        elif choice == 2:
            start = random.randrange(2005, 2020)
            self.get(f"/?year_min={start}&year_max={start + 5}", "overview filtered")
        else:
            self.get(f"/?show={random.choice(INDICATORS)}", "overview filtered")

    @task(2)
    def region(self):
        self.get(f"/regions/{random.choice(REGIONS)}/", "region page")

    @task(6)
    def table(self):
        table = random.choice(list(SORTS))
        query = [f"o={random.choice(['', '-'])}{random.choice(SORTS[table])}"]
        deep = random.random() < 0.2
        query.append(f"page={200 if deep else random.randrange(1, 10)}")
        if table == "metrics" and random.random() < 0.5:
            query.append(random.choice([f"region={random.choice(REGIONS)}", f"indicator={random.choice(INDICATORS)}"]))
        self.get(f"/{table}/?{'&'.join(query)}", "table deep page" if deep else "table")

    @task(1)
    def export(self):
        """One staff export of a filtered table (a few thousand rows: a direct download)."""
        region = random.choice(REGIONS)
        year = random.randrange(2005, 2025)
        self.get(f"/metrics/export/?region={region}&year_min={year}&year_max={year}&sep=semicolon", "export")
