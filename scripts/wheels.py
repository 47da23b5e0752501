"""Reading a package's data straight from its downloaded wheel, without installing it."""

from __future__ import annotations

import csv
import gzip
import io
import zipfile


def wheel_csv_rows(wheel: zipfile.ZipFile, member: str) -> list[dict[str, str]]:
    """The rows of a gzipped CSV file inside the wheel."""
    with wheel.open(member) as raw:
        return list(csv.DictReader(io.TextIOWrapper(gzip.GzipFile(fileobj=raw), encoding="utf-8")))
