"""Data files extracted once from third-party packages by scripts/ and committed, with their credits.

region_population.json: the 12 regions' census populations (HCP, RGPH 2024 and 2014), read by the data migration
that fills Region.population_2024 and population_2014. Credits: dashboard/static/dashboard/geo/ATTRIBUTION.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REGION_POPULATION_PATH = Path(__file__).with_name("region_population.json")


@dataclass(frozen=True)
class RegionPopulation:
    slug: str
    code: str  # HCP's region code
    population_2024: int
    population_2014: int


@cache
def _region_population_document() -> dict:
    return json.loads(REGION_POPULATION_PATH.read_text(encoding="utf-8"))


def region_populations() -> tuple[RegionPopulation, ...]:
    """Each region's legal population at the 2024 and 2014 censuses, in the order of the reference REGIONS."""
    return tuple(RegionPopulation(**row) for row in _region_population_document()["regions"])


def national_population(year: int) -> int:
    """Morocco's legal population at the census of that year (2024 or 2014), as HCP gives it."""
    return _region_population_document()["national"][str(year)]
