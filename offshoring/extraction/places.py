"""Cities, regions (today's and the old ones), HCP's provinces and larger towns, and the country, found through the
gazetteer."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .gazetteer import Gazetteer, Token
from .localities import LOCALITIES
from .reference import CITIES, REGIONS, LocalityRef, region_name

PlaceKind = Literal["city", "province", "region", "country", "regional"]


@dataclass(frozen=True, slots=True)
class PlaceRef:
    name: str  # canonical
    kind: PlaceKind
    region: str | None  # canonical region name


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    place: PlaceRef
    written: str


_COUNTRY = PlaceRef("Maroc", "country", None)
_COUNTRY_ALIASES = ("Maroc", "Morocco", "Royaume", "Royaume du Maroc", "Kingdom of Morocco", "le Royaume")
_EXTRA_CITY_ALIASES = {"Casablanca": ("capitale économique", "economic capital")}


def place_aliases(localities: Iterable[LocalityRef] = LOCALITIES) -> list[tuple[str, PlaceRef]]:
    """Every name the gazetteer knows, with the place it stands for. `localities` is a parameter so that
    scripts/build_place_names.py can measure the extractor with and without them."""
    pairs: list[tuple[str, PlaceRef]] = []
    for region in REGIONS:
        ref = PlaceRef(region.name, "region", region.name)
        pairs += [(alias, ref) for alias in (region.name, *region.aliases)]
    for city in CITIES:
        ref = PlaceRef(city.name, "city", region_name(city.region))
        pairs += [(alias, ref) for alias in (city.name, *city.aliases, *_EXTRA_CITY_ALIASES.get(city.name, ()))]
    # After the cities, whose spellings win: a town of the census is a city, a province keeps its own kind.
    for locality in localities:
        kind: PlaceKind = "city" if locality.kind == "town" else "province"
        pairs.append((locality.name, PlaceRef(locality.name, kind, region_name(locality.region))))
    pairs += [(alias, _COUNTRY) for alias in _COUNTRY_ALIASES]
    return pairs


PLACES: Gazetteer[PlaceRef] = Gazetteer(place_aliases())

# "à l'échelon régional", "dans la région", "in the region": the article's own region.
REGIONAL_REFERENCE_RE = re.compile(
    r"\b(?:regional|regionale|regionaux|in the region|dans la region|de la region|a la region|la region"
    r"|au niveau de la region|la ville|the city|this region|cette region|cette ville)\b"
)
NATIONAL_REFERENCE_RE = re.compile(r"\b(?:au maroc|national|nationale|le royaume|du royaume|in morocco|nationwide)\b")


def find_places(text: str, tokens: list[Token]) -> list[PlaceMention]:
    return [PlaceMention(m.start, m.end, m.payload, text[m.start : m.end]) for m in PLACES.find(text, tokens)]


def main_region(mentions: list[PlaceMention], title_end: int = 0) -> str | None:
    """The region the article is about: the most mentioned, a title mention counting double."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        if mention.place.region:
            counts[mention.place.region] += 2 if mention.start < title_end else 1
    if not counts:
        return None
    (best, best_count), *rest = [*counts.most_common(2), ("", 0)]
    return best if best_count > rest[0][1] else None


def main_city(mentions: list[PlaceMention], region: str | None) -> str | None:
    counts = Counter(m.place.name for m in mentions if m.place.kind == "city" and m.place.region == region)
    return counts.most_common(1)[0][0] if counts else None
