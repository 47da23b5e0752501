"""The population build script: census totals read from the package's tables, and the national check."""

import csv
import gzip
import io
import json
import zipfile

import pytest

from offshoring.extraction.reference import REGION_CODES
from scripts.build_region_population import (
    PEOPLE_TABLES,
    SOURCE_IDS,
    SOURCES_MEMBER,
    census_totals,
    population_document,
)

HEADER = ["code", "level", "area", "sex", "population_legal"]


def table(national: int, regional: dict[str, int]) -> bytes:
    """A census people table shaped like the package's, with made-up figures (test data)."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(HEADER)
    writer.writerow(["", "country", "total", "all", national])
    writer.writerow(["", "country", "urban", "all", national // 2])  # other areas and sexes are ignored
    for code, population in regional.items():
        writer.writerow([code, "region", "total", "all", population])
        writer.writerow([code, "region", "total", "male", population // 2])
    return gzip.compress(text.getvalue().encode())


def fake_wheel(path, national_offset: int = 0) -> zipfile.ZipFile:
    regional = {code: 1000 * int(code) for code in REGION_CODES.values()}
    with zipfile.ZipFile(path, "w") as wheel:
        for member in PEOPLE_TABLES.values():
            wheel.writestr(member, table(sum(regional.values()) + national_offset, regional))
        sources = [{"id": source_id, "url": f"https://example.org/{source_id}"} for source_id in SOURCE_IDS.values()]
        wheel.writestr(SOURCES_MEMBER, json.dumps({"sources": sources}))
    return zipfile.ZipFile(path)


def test_census_totals_take_both_sexes_urban_and_rural_together():
    rows = list(csv.DictReader(io.StringIO(gzip.decompress(table(3000, {"01": 1000, "02": 2000})).decode())))
    assert census_totals(rows) == (3000, {"01": 1000, "02": 2000})


def test_the_document_lists_the_regions_in_reference_order_with_both_censuses(tmp_path):
    document = population_document(fake_wheel(tmp_path / "communes.whl"))
    assert document["national"] == {"2024": 78000, "2014": 78000}
    assert document["regions"][0] == {
        "slug": "tanger-tetouan-al-hoceima",
        "code": "01",
        "population_2024": 1000,
        "population_2014": 1000,
    }


def test_regions_that_do_not_add_up_to_the_national_total_stop_the_build(tmp_path):
    with pytest.raises(SystemExit, match="add up to 78000, not 78001"):
        population_document(fake_wheel(tmp_path / "communes.whl", national_offset=1))
