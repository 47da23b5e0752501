"""The page furniture every dashboard page shares: chart containers, filters, navigation."""

import pytest

pytestmark = pytest.mark.django_db


def test_charts_show_a_loading_state_until_drawn(demo, analyst_client):
    html = analyst_client.get("/").content.decode()
    assert html.count('<p class="chart-loading" aria-hidden="true">Chargement du graphique…</p>') >= 3
    # Without JavaScript the loading text would stay for ever: it is hidden, and the <noscript> note shows.
    assert "<noscript><style>.chart-loading { display: none; }</style></noscript>" in html
