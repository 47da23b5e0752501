"""Writes the reference data (regions, cities, organisations) into the database.

The data itself lives in offshoring.extraction.reference, the one list the extractor also reads.
Model classes are passed in so data migrations can call this with their historical models.
"""

import re
import unicodedata

from offshoring import data
from offshoring.extraction import reference


def organisation_key(name: str) -> str:
    """Folded identity of an organisation name: "Web help", "Webhelp" and "WEBHELP" are one."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", folded)[:255] or name[:255]


def reference_data_sync(*, region_model, city_model, organisation_model) -> None:
    """Create or update every reference row; idempotent, never deletes rows articles point to."""
    regions = {}
    for ref in reference.REGIONS:
        regions[ref.slug], _ = region_model.objects.update_or_create(
            slug=ref.slug,
            defaults={
                "name": ref.name,
                "capital": ref.capital,
                "latitude": ref.latitude,
                "longitude": ref.longitude,
                "aliases": list(ref.aliases),
            },
        )
    for ref in reference.CITIES:
        city_model.objects.update_or_create(
            slug=ref.slug,
            defaults={
                "name": ref.name,
                "region": regions[ref.region],
                "latitude": ref.latitude,
                "longitude": ref.longitude,
                "aliases": list(ref.aliases),
            },
        )
    for ref in reference.ORGANISATIONS:
        organisation_model.objects.update_or_create(
            key=organisation_key(ref.name),
            defaults={
                "name": ref.name,
                "acronym": ref.acronym or "",
                "full_name": ref.full_name or "",
                "kind": ref.kind,
                "aliases": list(ref.aliases),
                "is_reference": True,
            },
        )


def region_population_sync(*, region_model) -> None:
    """Write each region's census populations from offshoring/data/region_population.json; idempotent."""
    for row in data.region_populations():
        region_model.objects.filter(slug=row.slug).update(
            population_2024=row.population_2024, population_2014=row.population_2014
        )
