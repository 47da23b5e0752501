"""403, 404 and 500 pages: in the site's layout, in the reader's language, and the 500 one with nothing to lean on."""

import pytest
from django.template import loader
from django.test import Client

from tests.dashboard.conftest import client_for


def page(response) -> str:
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading"), [("fr", "Page introuvable"), ("en", "Page not found")], ids=["fr", "en"]
)
def test_404_in_the_layout_and_language(language, heading):
    client = client_for("analysts")
    client.cookies["django_language"] = language
    for url in ("/no-such-page/", "/articles/999999/", "/regions/atlantis/"):
        response = client.get(url)
        assert response.status_code == 404, url
        html = page(response)
        assert f'lang="{language}"' in html and heading in html, url
        assert 'class="mainnav"' in html and 'href="/metrics/"' in html  # the site's navigation, not a bare page
    assert "/no-such-page/" in page(client.get("/no-such-page/"))


@pytest.mark.django_db
def test_404_follows_accept_language_without_a_cookie():
    client = client_for("analysts")
    assert "Page not found" in page(client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9"))
    assert "Page introuvable" in page(client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9"))


@pytest.mark.django_db
def test_anonymous_404_is_a_page_too():
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert "Page introuvable" in page(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "reason", "heading"),
    [("fr", "Les exports sont réservés", "Accès refusé"), ("en", "Exports are for staff.", "Access refused")],
    ids=["fr", "en"],
)
def test_403_says_why(language, reason, heading):
    client = client_for("analysts")
    client.cookies["django_language"] = language
    response = client.get("/metrics/export/?format=csv")
    assert response.status_code == 403
    html = page(response)
    assert heading in html and reason in html
    assert f'lang="{language}"' in html and 'class="mainnav"' in html


@pytest.mark.django_db
@pytest.mark.urls("tests.error_urls")
def test_403_reason_is_escaped():
    html = page(client_for("analysts").get("/test-errors/forbidden/"))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Réservé." in html


@pytest.mark.urls("tests.error_urls")
@pytest.mark.parametrize(("language", "heading"), [("fr", "Une erreur"), ("en", "Something went wrong")])
def test_500_renders_without_database(language, heading):
    # No django_db mark: any query while rendering the page would raise instead of answering 500.
    client = Client(raise_request_exception=False)
    client.cookies["django_language"] = language
    response = client.get("/test-errors/broken/")
    assert response.status_code == 500
    html = page(response)
    assert f'lang="{language}"' in html and heading in html
    assert "a bug in a view" not in html  # no traceback or message leaks


def test_500_template_renders_with_no_context_at_all():
    html = loader.get_template("500.html").render()
    assert "500" in html and 'href="/"' in html


@pytest.mark.django_db
def test_csrf_failure_is_explained_in_the_layout():
    client = client_for("analysts")
    client.handler.enforce_csrf_checks = True
    response = client.post("/saved/", {"name": "x", "path": "/metrics/"})
    assert response.status_code == 403
    assert "Formulaire expiré" in page(response)


def test_favicon_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/vnd.microsoft.icon", "image/x-icon")
    assert b"".join(response.streaming_content).startswith(b"\x00\x00\x01\x00")  # an ICO header


@pytest.mark.django_db
def test_every_page_links_the_icons():
    html = page(client_for("analysts").get("/"))
    assert '<link rel="icon" href="/favicon.ico"' in html
    assert 'href="/static/favicon.svg" type="image/svg+xml"' in html
