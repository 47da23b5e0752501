"""The permission matrix over EVERY URL of the site, read from the URL resolver.

A URL added anywhere appears here automatically; a dashboard URL that the expectations below do
not classify fails the test, so a new page cannot go unchecked.
"""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from dashboard.models import Export, SavedFilter
from offshoring.models import Article, Event, Organisation, UploadBatch
from tests.dashboard.conftest import client_for
from tests.factories import UserFactory

ANONYMOUS, ANALYST, STAFF, ADMIN = None, "analysts", "staff", "admins"
ROLES = (ANONYMOUS, ANALYST, STAFF, ADMIN)

# Dashboard URL name → expected status for (analyst, staff, admin); anonymous is always sent to login.
DASHBOARD = {
    "overview": (200, 200, 200),
    "metrics": (200, 200, 200),
    "metrics-export": (403, 200, 200),
    "regions": (200, 200, 200),
    "region": (200, 200, 200),
    "articles": (200, 200, 200),
    "articles-export": (403, 200, 200),
    "article": (200, 200, 200),
    "organisations": (200, 200, 200),
    "organisations-export": (403, 200, 200),
    "organisation": (200, 200, 200),
    "events": (200, 200, 200),
    "events-export": (403, 200, 200),
    "event": (200, 200, 200),
    "saved-filters": (200, 200, 200),
    # Large exports: another user's (the sample is an expired one of "owner") is hidden from the staff
    # group (404) and shown to admins; its file is gone, so even they get a 404 for the download.
    "exports": (403, 200, 200),
    "export": (403, 404, 200),
    "export-download": (403, 404, 404),
    # Another user's saved filter (the sample id is not theirs): not found, whoever asks. Their own
    # filters' pages are tested in test_saved_filters.
    "saved-filter-rename": (404, 404, 404),
    "saved-filter-delete": (404, 404, 404),
    "about": (200, 200, 200),
}
# Site URLs outside the dashboard: name → expected status per role (anonymous, analyst, staff, admin).
SITE = {
    "login": (200, 200, 200, 200),
    "logout": (302, 405, 405, 405),  # POST only, from the logout button; anonymous goes to login
    "set_language": (302, 302, 302, 302),  # POST only; a GET just goes back
}


def walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            nested = f"{namespace}:{entry.namespace}".strip(":") if entry.namespace else namespace
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), nested)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), namespace, entry.name


def sample_url(route: str, values: dict[str, str]) -> str:
    """A concrete URL for a route or regex, its parameters filled with existing objects."""
    route = route.replace("^", "").replace("\\Z", "").replace("$", "").replace("\\", "")

    def fill(match: re.Match) -> str:
        name = match.group("name")
        if name not in values:
            raise AssertionError(f"no sample value for URL parameter {name!r} in {route!r}: add one")
        return values[name]

    route = re.sub(r"\(\?P<(?P<name>\w+)>[^)]*\)", fill, route)
    route = re.sub(r"<(?:\w+:)?(?P<name>\w+)>", fill, route)
    return "/" + route


def admin_object_id(route: str, values: dict[str, str]) -> dict[str, str]:
    """An existing object of the model an admin object URL is about (missing ones would 404 or redirect)."""
    match = re.match(r"admin/(\w+)/(\w+)/<path:object_id>", route)
    if not match:
        return values
    first = apps.get_model(match.group(1), match.group(2)).objects.order_by("pk").first()
    return {**values, "object_id": str(first.pk) if first else "1"}


def all_urls(values):
    return [
        (sample_url(route, admin_object_id(route, values)), namespace, name)
        for route, namespace, name in walk(get_resolver().url_patterns)
    ]


@pytest.fixture
def values(demo):
    article = Article.objects.first()
    return {
        "pk": str(article.pk),
        "slug": "souss-massa",
        "object_id": str(article.pk),
        "app_label": "offshoring",
        "content_type_id": "1",
        "url": "offshoring/",
        "id": str(Event.objects.first().pk),
        "batch_id": str(UploadBatch.objects.create(label="matrix").pk),
        "saved": str(SavedFilter.objects.create(user=UserFactory(username="owner"), name="n", path="/metrics/").pk),
        "export": str(
            Export.objects.create(
                user=UserFactory(username="owner"), table="metrics", status="expired", expires_at=timezone.now()
            ).pk
        ),
    }


def expected_pk(name: str, values) -> str:
    # Detail pages need an object of their own kind.
    if name == "organisation":
        return str(Organisation.objects.filter(mentions__isnull=False).first().pk)
    if name == "event":
        return str(Event.objects.first().pk)
    return values["pk"]


def test_every_dashboard_url_is_classified(values):
    names = {name for _url, namespace, name in all_urls(values) if namespace == "dashboard"}
    assert names == set(DASHBOARD), "classify the new dashboard URLs in DASHBOARD"
    site = {name for _url, namespace, name in all_urls(values) if not namespace}
    assert site == set(SITE), "classify the new site URLs in SITE"


@pytest.mark.parametrize("role", ROLES, ids=["anonymous", "analyst", "staff", "admin"])
def test_permission_matrix(role, values):
    client = client_for(role)
    checked = 0
    for url, namespace, name in all_urls(values):
        if namespace == "dashboard" and name in ("organisation", "event"):
            url = re.sub(r"/\d+/$", f"/{expected_pk(name, values)}/", url)
        if namespace == "dashboard" and name in ("export", "export-download"):
            url = re.sub(r"/exports/[^/]+/", f"/exports/{values['export']}/", url)
        response = client.get(url)
        status = response.status_code
        where = f"{role or 'anonymous'} GET {url} ({namespace}:{name})"
        if namespace == "admin":
            check_admin(role, status, response, where, name)
        elif namespace == "dashboard":
            if role is ANONYMOUS:
                assert status == 302 and response.url.startswith("/accounts/login/"), where
            else:
                assert status == DASHBOARD[name][ROLES.index(role) - 1], where
        else:
            assert status == SITE[name][ROLES.index(role)], where
        checked += 1
    assert checked > 30  # the admin alone has dozens of URLs


def check_admin(role, status, response, where, name):
    if name in ("login",):
        # The admin login page is public; a logged-in admin is sent on to the index.
        assert status in (200, 302), where
        return
    if name == "logout":
        assert status in (302, 405), where
        return
    if name == "autocomplete" and role is ADMIN:
        # Without its query parameters (app_label, model_name, field_name) the endpoint refuses.
        assert status == 403, where
        return
    if role is ANONYMOUS:
        assert status == 302 and response.url.startswith(("/accounts/login/", "/admin/login/")), where
    elif role in (ANALYST, STAFF):
        # Logged in but not admin staff: the admin sends them to its own login page.
        assert status == 302 and "/admin/login/" in response.url, where
    elif "/admin/auth/" in where:
        # Users and groups are the superuser's: the admins group has no permission on them
        # (403, or a redirect from the catch-all object URL to the change view that refuses).
        assert status in (302, 403), where
        if status == 302:
            assert "login" not in response.url, where
    elif name == "view_on_site":
        # The sample object has no public page: 404, not a leak.
        assert status == 404, where
    else:
        if name == "index" or (name or "").endswith("_changelist"):
            assert status == 200, where
        # Views of missing objects redirect back into the admin (never to a login page); POST-only
        # actions refuse a GET; models the admins may not add to (upload batches) refuse with 403.
        assert status in (200, 302, 403, 405), where
        if status == 302:
            assert "login" not in response.url, where


def test_saved_filters_are_their_owners_only(values, analyst_client):
    from dashboard.models import SavedFilter
    from tests.factories import UserFactory

    other = SavedFilter.objects.create(user=UserFactory(username="someone-else"), name="x", path="/metrics/")
    for url in (f"/saved/{other.pk}/delete/", f"/saved/{other.pk}/rename/"):
        assert analyst_client.get(url).status_code == 404
        assert analyst_client.post(url, {"name": "mine now"}).status_code == 404
    assert SavedFilter.objects.get(pk=other.pk).name == "x"
