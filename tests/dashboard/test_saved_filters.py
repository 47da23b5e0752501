"""Saved filters: named by their user, shown with the page they open, renamed, deleted only once confirmed."""

from html import unescape

import pytest

from dashboard.models import SavedFilter
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

QUERY = "region=souss-massa&year_min=2011"


def save(client, name, path="/metrics/", query=QUERY):
    return client.post("/saved/", {"name": name, "path": path, "query": query})


def messages_of(response) -> list[str]:
    return [str(message) for message in response.wsgi_request._messages]


def test_a_named_filter_is_listed_with_the_page_it_opens(analyst_client):
    response = save(analyst_client, "  Souss   2011 ")
    assert response.status_code == 302 and response.url == "/saved/"
    saved = SavedFilter.objects.get()
    assert saved.name == "Souss 2011"  # spaces tidied
    html = unescape(analyst_client.get("/saved/").content.decode())
    assert f'href="/metrics/?{QUERY}">Souss 2011</a>' in html
    assert "Chiffres" in html and "Région\u00a0: Souss-Massa · De l'année\u00a0: 2011" in html
    assert f'href="/saved/{saved.pk}/rename/"' in html and f'href="/saved/{saved.pk}/delete/"' in html


def test_the_save_message_names_the_filter_and_its_page(analyst_client):
    response = analyst_client.post("/saved/", {"name": "Souss", "path": "/metrics/", "query": QUERY}, follow=True)
    assert "Filtre « Souss » enregistré : il ouvre Chiffres." in response.content.decode()


def test_a_name_is_required_and_nothing_typed_is_lost(analyst_client):
    response = save(analyst_client, "   ")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Donnez un nom au filtre." in html
    # The page's filters are still in the form, and said in words: one more click saves them.
    assert 'name="path" value="/metrics/"' in html
    assert 'name="query" value="region=souss-massa&amp;year_min=2011"' in html
    assert "Région\u00a0: Souss-Massa" in html
    assert not SavedFilter.objects.exists()


def test_a_name_is_unique_per_user_whatever_its_case(analyst_client):
    save(analyst_client, "Souss 2011")
    response = save(analyst_client, "souss 2011", query="region=oriental")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vous avez déjà un filtre enregistré nommé « souss 2011 »" in html
    assert 'value="souss 2011"' in html  # the name typed comes back to be changed
    assert SavedFilter.objects.get().query == QUERY  # the first one is not overwritten
    # Another user may use the same name.
    other = UserFactory(username="other-analyst", group="analysts")
    analyst_client.force_login(other)
    assert save(analyst_client, "Souss 2011").status_code == 302
    assert SavedFilter.objects.filter(name="Souss 2011").count() == 2


def test_only_dashboard_pages_can_be_saved(analyst_client):
    for path in ("https://evil.example/", "//evil.example/", "/admin/", "/accounts/login/"):
        response = save(analyst_client, "x", path=path)
        assert response.status_code == 200, path
        assert "Seules les pages du tableau de bord peuvent être enregistrées." in response.content.decode()
    assert not SavedFilter.objects.exists()


def test_rename(analyst_client):
    save(analyst_client, "Souss")
    save(analyst_client, "Oriental", query="region=oriental")
    saved = SavedFilter.objects.get(name="Souss")
    form = analyst_client.get(f"/saved/{saved.pk}/rename/").content.decode()
    assert "Renommer « Souss »" in form and 'value="Souss"' in form and "Région\u00a0: Souss-Massa" in form

    refused = analyst_client.post(f"/saved/{saved.pk}/rename/", {"name": "oriental"})
    assert refused.status_code == 200 and "déjà un filtre enregistré nommé « oriental »" in refused.content.decode()
    unchanged = analyst_client.post(f"/saved/{saved.pk}/rename/", {"name": "Souss"})  # its own name is fine
    assert unchanged.status_code == 302 and messages_of(unchanged) == []

    response = analyst_client.post(f"/saved/{saved.pk}/rename/", {"name": "Souss-Massa 2011"})
    assert response.status_code == 302
    assert messages_of(response) == ["Filtre « Souss » renommé « Souss-Massa 2011 »."]
    saved.refresh_from_db()
    assert (saved.name, saved.path, saved.query) == ("Souss-Massa 2011", "/metrics/", QUERY)


def test_delete_asks_first(analyst_client):
    save(analyst_client, "Souss")
    saved = SavedFilter.objects.get()
    confirm = analyst_client.get(f"/saved/{saved.pk}/delete/")
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Supprimer le filtre enregistré « Souss » ?" in html and "Région\u00a0: Souss-Massa" in html
    assert f'<form method="post" action="/saved/{saved.pk}/delete/"' in html
    assert SavedFilter.objects.exists()  # asking deletes nothing

    response = analyst_client.post(f"/saved/{saved.pk}/delete/")
    assert response.status_code == 302 and response.url == "/saved/"
    assert messages_of(response) == ["Filtre « Souss » supprimé."]
    assert not SavedFilter.objects.exists()


def test_pages_without_filters_and_detail_pages_are_described(demo, analyst_client):
    save(analyst_client, "Tout", path="/", query="")
    save(analyst_client, "Souss", path="/regions/souss-massa/", query="")
    html = unescape(analyst_client.get("/saved/").content.decode())
    assert 'Vue d\'ensemble</span> <span class="muted">(aucun filtre)' in html
    assert "Souss-Massa</span>" in html
