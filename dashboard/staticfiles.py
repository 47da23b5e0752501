"""Serves plotly.js from the installed plotly package as the static file vendor/plotly.min.js.

A finder rather than a committed copy: the JavaScript is always the exact version the Python
package was written against (the figures' schema), upgrading plotly upgrades both, and the
repository does not carry a 4.6 MB generated file. `collectstatic` copies it into STATIC_ROOT like
any other static file, so production serves it through whitenoise without reaching a CDN.
"""

from pathlib import Path

import plotly
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

PLOTLY_DIR = Path(plotly.__file__).resolve().parent / "package_data"
SERVED = {"vendor/plotly.min.js": "plotly.min.js"}


class PlotlyFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=str(PLOTLY_DIR))
        self.storage.prefix = "vendor"

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        name = SERVED.get(path)
        if name is None:
            return [] if find_all else None
        found = str(PLOTLY_DIR / name)
        return [found] if find_all else found

    def list(self, ignore_patterns):
        for name in SERVED.values():
            yield name, self.storage
