"""The outlet an article comes from, suggested from its URL's host when the uploader names none.

The names are data (offshoring/data/outlets.json): a host there matches itself and its subdomains
(fr.le360.ma is Le360), the longest match winning; any other host is shown as it is, without "www.".
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

OUTLETS_FILE = Path(__file__).resolve().parent / "data" / "outlets.json"


@cache
def outlet_names() -> dict[str, str]:
    """{host: outlet name} as the data file lists them."""
    return json.loads(OUTLETS_FILE.read_text(encoding="utf-8"))["outlets"]


def outlet_from_url(url: str) -> str:
    """ "https://www.leconomiste.com/article/x" → "L'Economiste"; "https://www.example.ma/a" → "example.ma";
    "" (or no host) → ""."""
    try:
        host = (urlsplit((url or "").strip()).hostname or "").rstrip(".").lower()
    except ValueError:  # a malformed address (e.g. an unclosed IPv6 bracket) suggests nothing
        return ""
    if not host:
        return ""
    names = outlet_names()
    labels = host.split(".")
    for first in range(len(labels) - 1):  # the longest suffix first, never a bare top-level domain
        suffix = ".".join(labels[first:])
        if suffix in names:
            return names[suffix]
    return host.removeprefix("www.")
