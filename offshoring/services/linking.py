"""Resolves the names the extractor found to rows shared across articles.

One Organisation for "Web help" and "Webhelp" (the folded key, plus the reference list's acronyms and
aliases); one Event for an edition of a salon reported by several outlets; cities and regions to the
reference rows (old region names included, through the aliases).

Rows are created with INSERT … ON CONFLICT DO NOTHING on their unique key and then read back, so two
workers linking the same new organisation at once end up with one row and neither fails. Keys are
inserted in sorted order, so two transactions never wait on each other's keys in opposite orders.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from datetime import date

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from offshoring.extraction.result import EventFound, OrganisationFound
from offshoring.models import City, Event, Organisation, Region
from offshoring.services.reference import organisation_key

_ACRONYM_IN_PARENS_RE = re.compile(r"\(([A-Z][A-Za-z0-9&.\-]{1,15})\)\s*$")
_EVENT_KINDS = {"salon", "roadshow", "convention", "general_assembly", "conference", "other"}
_ORG_KINDS = {choice for choice, _ in Organisation._meta.get_field("kind").choices}


def fold(name: str) -> str:
    """The comparison form of any name (the organisation key: no case, accents, spaces, punctuation)."""
    return organisation_key(name or "")


class Linker:
    """Name-to-row resolution for one parse, over an index of the (small) reference tables."""

    def __init__(self) -> None:
        self.regions, self.cities, self.reference_organisations = _reference_index()

    def region(self, name: str | None) -> Region | None:
        return self.regions.get(fold(name)) if name else None

    def city(self, name: str | None) -> City | None:
        return self.cities.get(fold(name)) if name else None

    def organisations(
        self, found: Iterable[OrganisationFound], extra_names: Iterable[str] = ()
    ) -> dict[str, Organisation]:
        """Every name (as found, and the extra ones such as metric scopes) mapped to its Organisation."""
        by_name: dict[str, Organisation] = {}
        new: dict[str, Organisation] = {}
        wanted: dict[str, list[str]] = {}
        details = {o.name: o for o in found}
        for name in [*details, *extra_names]:
            if not name or name in by_name:
                continue
            reference = self._reference_organisation(name, details.get(name))
            if reference is not None:
                by_name[name] = reference
                continue
            key = fold(name)
            wanted.setdefault(key, []).append(name)
            if key not in new:
                detail = details.get(name)
                new[key] = Organisation(
                    key=key,
                    name=name[:255],
                    acronym=((detail.acronym if detail else None) or "")[:40],
                    full_name=((detail.full_name if detail else None) or "")[:255],
                    kind=detail.kind if detail and detail.kind in _ORG_KINDS else "other",
                )
        if wanted:
            Organisation.objects.bulk_create([new[key] for key in sorted(new)], ignore_conflicts=True)
            for organisation in Organisation.objects.filter(key__in=list(wanted)):
                for name in wanted[organisation.key]:
                    by_name[name] = organisation
        return by_name

    def _reference_organisation(self, name: str, detail: OrganisationFound | None) -> Organisation | None:
        for candidate in (name, detail.acronym if detail else None, detail.full_name if detail else None):
            if candidate and (organisation := self.reference_organisations.get(fold(candidate))):
                return organisation
        return None

    def events(self, found: Iterable[EventFound], *, publication_date: date | None) -> dict[EventFound, Event]:
        """Each event found mapped to its shared row (created when new, completed when less precise)."""
        rows: dict[str, Event] = {}
        keys: dict[EventFound, str] = {}
        for event in found:
            city = self.city(event.city)
            region = city.region if city else self.region(event.region)
            event_date, precision = parse_partial_date(event.date)
            key = self.event_key(event, city=city, event_date=event_date, publication_date=publication_date)
            keys[event] = key
            rows.setdefault(
                key,
                Event(
                    key=key,
                    kind=event.kind if event.kind in _EVENT_KINDS else "other",
                    name=event.name[:300],
                    edition=event.edition,
                    city=city,
                    region=region,
                    date=event_date,
                    date_precision=precision,
                ),
            )
        if not rows:
            return {}
        Event.objects.bulk_create([rows[key] for key in sorted(rows)], ignore_conflicts=True)
        existing = {event.key: event for event in Event.objects.filter(key__in=list(rows))}
        for key, candidate in rows.items():
            _event_complete(existing[key], candidate)
        return {event: existing[key] for event, key in keys.items()}

    def event_key(self, event: EventFound, *, city: City | None, event_date: date | None, publication_date) -> str:
        """Identity of an event across articles.

        The Nth edition of a named event is one event wherever and whenever outlets place it. Without
        an edition: kind, name, city and year (the event's, else the article's). The year and not the
        month, because one outlet gives "vendredi dernier" and another the full date.
        """
        name_key = self._event_name_key(event.name)
        if event.edition:
            return f"{name_key}:ed{event.edition}"[:400]
        year = event_date.year if event_date else (publication_date.year if publication_date else "")
        return f"{event.kind}:{name_key}:{city.slug if city else ''}:{year}"[:400]

    def _event_name_key(self, name: str) -> str:
        reference = self.reference_organisations.get(fold(name))
        if reference is not None:
            return reference.key
        if match := _ACRONYM_IN_PARENS_RE.search(name):
            reference = self.reference_organisations.get(fold(match.group(1)))
            return reference.key if reference else fold(match.group(1))
        return fold(name)[:300]


# Building the index costs more than extracting an article, so each process keeps it for a minute;
# an edit of the reference rows in this process drops it at once (other processes within the minute).
REFERENCE_CACHE_SECONDS = 60
_reference_cache: dict = {}


def _reference_index() -> tuple[dict[str, Region], dict[str, City], dict[str, Organisation]]:
    cached = _reference_cache.get("index")
    if cached is not None and time.monotonic() - cached[0] < REFERENCE_CACHE_SECONDS:
        return cached[1]
    regions: dict[str, Region] = {}
    for region in Region.objects.all():
        for name in (region.name, region.slug, *region.aliases):
            regions.setdefault(fold(name), region)
    cities: dict[str, City] = {}
    for city in City.objects.select_related("region"):
        for name in (city.name, city.slug, *city.aliases):
            cities.setdefault(fold(name), city)
    organisations: dict[str, Organisation] = {}
    for organisation in Organisation.objects.filter(is_reference=True):
        for name in (organisation.name, organisation.acronym, organisation.full_name, *organisation.aliases):
            if name:
                organisations.setdefault(fold(name), organisation)
    index = (regions, cities, organisations)
    _reference_cache["index"] = (time.monotonic(), index)
    return index


@receiver([post_save, post_delete], sender=Region)
@receiver([post_save, post_delete], sender=City)
@receiver([post_save, post_delete], sender=Organisation)
def reference_index_clear(sender, instance, **kwargs) -> None:
    if sender is not Organisation or instance.is_reference:
        _reference_cache.clear()


_PRECISION_ORDER = {"": 0, "year": 1, "month": 2, "day": 3}


def _event_complete(row: Event, candidate: Event) -> None:
    """Fill what an earlier article left unknown (city, a more precise date)."""
    changed = []
    if row.city_id is None and candidate.city_id is not None:
        row.city, row.region = candidate.city, candidate.region
        changed += ["city", "region"]
    elif row.region_id is None and candidate.region_id is not None:
        row.region = candidate.region
        changed.append("region")
    if _PRECISION_ORDER[candidate.date_precision or ""] > _PRECISION_ORDER[row.date_precision or ""]:
        row.date, row.date_precision = candidate.date, candidate.date_precision
        changed += ["date", "date_precision"]
    if changed:
        row.save(update_fields=changed)


def parse_partial_date(value: str | None) -> tuple[date | None, str]:
    """'2011-01-18', '2011-01' or '2011' as a date and its precision."""
    if not value:
        return None, ""
    parts = value.split("-")
    try:
        numbers = [int(part) for part in parts]
        if len(numbers) >= 3:
            return date(numbers[0], numbers[1], numbers[2]), "day"
        if len(numbers) == 2:
            return date(numbers[0], numbers[1], 1), "month"
        return date(numbers[0], 1, 1), "year"
    except (ValueError, TypeError):
        return None, ""
