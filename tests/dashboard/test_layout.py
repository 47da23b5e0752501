"""The page furniture every dashboard page shares: chart containers, filters, navigation."""

import pytest

pytestmark = pytest.mark.django_db


def test_charts_show_a_loading_state_until_drawn(demo, analyst_client):
    html = analyst_client.get("/").content.decode()
    assert html.count('<p class="chart-loading" aria-hidden="true">Chargement du graphique…</p>') >= 3
    # Without JavaScript the loading text would stay for ever: it is hidden, and the <noscript> note shows.
    assert "<noscript><style>.chart-loading { display: none; }</style></noscript>" in html


def test_filters_and_menu_fold_behind_a_button(demo, analyst_client):
    html = analyst_client.get("/metrics/").content.decode()
    assert '<details class="filter-panel">\n<summary>Filtres</summary>' in html
    assert '<details class="nav-menu"><summary>Menu</summary>' in html


def test_filters_with_errors_are_open(analyst_client):
    html = analyst_client.get("/metrics/", {"year_min": "not a year"}).content.decode()
    assert '<details class="filter-panel" open>' in html


def test_table_cells_carry_their_column_name_for_small_screens(demo, analyst_client):
    html = analyst_client.get("/metrics/", {"columns": ["year", "indicator"]}).content.decode()
    assert '<td data-label="Année">' in html and '<td data-label="Indicateur">' in html
    assert '<tr data-sort-label="Trier par :">' in html
