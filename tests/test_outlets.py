"""Outlet names suggested from an article's URL (offshoring/outlets.py)."""

import pytest

from offshoring.outlets import outlet_from_url, outlet_names


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://leconomiste.com/article/plateformes-offshores", "L'Economiste"),
        ("https://www.leconomiste.com/article/1", "L'Economiste"),
        ("https://redac.leconomiste.com/article/1", "L'Economiste"),  # a subdomain is its outlet
        ("http://lematin.ma/journal/2009/x.html", "Le Matin"),
        ("https://medias24.com/2020/05/01/x/", "Médias24"),
        ("https://FR.LE360.MA/economie/x", "Le360"),  # host names are case-insensitive
        ("https://fr.hespress.com/x", "Hespress FR"),  # the longest match wins over hespress.com
        ("https://www.hespress.com/x", "Hespress"),
        ("https://www.example-news.ma/2011/x", "example-news.ma"),  # unknown: the host without www
        ("https://news.example.co.uk:8080/x", "news.example.co.uk"),
        ("", ""),
        ("not a url", ""),
        ("https://[::1/x", ""),  # malformed: nothing suggested rather than an error
    ],
)
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_the_table_is_lower_case_hosts_without_www():
    names = outlet_names()
    assert len(names) >= 30
    for host, name in names.items():
        assert host == host.lower() and not host.startswith("www.") and "." in host and "/" not in host, host
        assert name.strip() == name and name, host
