"""Shared fixtures, and the rule that turns a missing service into a failure in CI.

Tests that need PostgreSQL, Redis or a browser skip with a visible reason on a laptop that lacks
them. `.ci/run` sets OFFSHORING_REQUIRE_SERVICES=1, and then every such skip fails instead.
"""

import os
import socket
from urllib.parse import urlparse

import pytest

REQUIRE_SERVICES = os.environ.get("OFFSHORING_REQUIRE_SERVICES") == "1"
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def service_missing(reason: str) -> None:
    """Skip the test (a newcomer's laptop) or fail it (CI, where every service must be there)."""
    if REQUIRE_SERVICES:
        pytest.fail(f"required service missing: {reason}", pytrace=False)
    pytest.skip(reason)


def tcp_open(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or default_port), timeout=1):
            return True
    except OSError:
        return False


POSTGRES_REASON = "needs PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/offshoring"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    """Skip service tests before any database set-up when the service is absent (never in CI).

    Skipping here rather than inside a fixture matters for transactional tests: a test skipped
    half-way through its database set-up would leave the next one a database in the wrong state.
    """
    if REQUIRE_SERVICES:
        return  # the fixtures fail loudly instead
    from django.conf import settings

    missing = {}
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        missing["postgres"] = POSTGRES_REASON
    if not tcp_open(REDIS_URL, 6379):
        missing["redis"] = f"needs Redis at {REDIS_URL} (set TEST_REDIS_URL)"
    if not os.path.exists(CHROMIUM):
        missing["browser"] = "needs Debian's chromium: apt-get install chromium"
    for item in items:
        for marker, reason in missing.items():
            if item.get_closest_marker(marker):
                item.add_marker(pytest.mark.skip(reason=reason))
                break


@pytest.fixture
def postgres(settings):
    """The test runs only on PostgreSQL (set DATABASE_URL=postgres://...)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        service_missing(POSTGRES_REASON)
    return connection


@pytest.fixture
def redis_url():
    if not tcp_open(REDIS_URL, 6379):
        service_missing(f"needs Redis at {REDIS_URL} (set TEST_REDIS_URL)")
    return REDIS_URL


@pytest.fixture
def browser(monkeypatch):
    """Playwright's chromium (Debian's), for the tests marked `browser`."""
    if not os.path.exists(CHROMIUM):
        service_missing("needs Debian's chromium: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop; Django would refuse its ORM calls in the test body.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
