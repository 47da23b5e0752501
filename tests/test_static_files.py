"""Static files as browsers get them: plotly.min.js compressed, hashed names cached for ever in production.

Each test collects the static files into a temporary STATIC_ROOT, as the Docker image and `make demo`
do, then asks whitenoise for them with the settings of that setup.
"""

import gzip
import re

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

from dashboard.staticfiles import PLOTLY_DIR

PLOTLY = (PLOTLY_DIR / "plotly.min.js").read_bytes()
PRODUCTION = "whitenoise.storage.CompressedManifestStaticFilesStorage"
DEMO = "whitenoise.storage.CompressedStaticFilesStorage"


def storages(backend: str) -> dict:
    return {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": backend},
    }


def collected(tmp_path, backend: str):
    root = tmp_path / "static"
    with override_settings(STATIC_ROOT=root, STORAGES=storages(backend)):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


def served(path: str, accept_encoding: str | None):
    """What whitenoise answers for `path`, with the settings in force."""
    middleware = WhiteNoiseMiddleware(lambda request: HttpResponse("not a static file", status=404))
    headers = {"HTTP_ACCEPT_ENCODING": accept_encoding} if accept_encoding else {}
    response = middleware(RequestFactory().get(path, **headers))
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


@pytest.mark.parametrize("accept_encoding", ["gzip, deflate, br, zstd", "gzip"])
def test_production_serves_plotly_hashed_compressed_and_cached_for_ever(tmp_path, accept_encoding):
    root = collected(tmp_path, PRODUCTION)
    production = {"DEBUG": False, "WHITENOISE_AUTOREFRESH": False, "WHITENOISE_USE_FINDERS": False}
    with override_settings(STATIC_ROOT=root, STORAGES=storages(PRODUCTION), **production):
        url = staticfiles_storage.url("vendor/plotly.min.js")
        assert re.fullmatch(r"/static/vendor/plotly\.min\.[0-9a-f]{12}\.js", url)
        response, body = served(url, accept_encoding)
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
        assert "immutable" in response["Cache-Control"] and "max-age=315360000" in response["Cache-Control"]
        assert len(body) < len(PLOTLY) / 2
        assert gzip.decompress(body) == PLOTLY

        plain, plain_body = served(url, None)  # a client that accepts no encoding gets the file as it is
        assert not plain.has_header("Content-Encoding")
        assert plain_body == PLOTLY


def test_demo_serves_the_collected_compressed_plotly(tmp_path):
    # `make demo`: DEBUG on (plain names, files looked up on each request), finders off after collectstatic.
    root = collected(tmp_path, DEMO)
    demo = {"DEBUG": True, "WHITENOISE_AUTOREFRESH": True, "WHITENOISE_USE_FINDERS": False}
    with override_settings(STATIC_ROOT=root, STORAGES=storages(DEMO), **demo):
        assert staticfiles_storage.url("vendor/plotly.min.js") == "/static/vendor/plotly.min.js"
        response, body = served("/static/vendor/plotly.min.js", "gzip, deflate")
        assert response["Content-Encoding"] == "gzip"
        assert gzip.decompress(body) == PLOTLY
        assert served("/static/css/site.css", "gzip")[0]["Content-Encoding"] == "gzip"
