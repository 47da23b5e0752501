"""Figures per 10 000 inhabitants: a region's figure divided by its legal population at the 2024 census (HCP).

78 000 jobs in Casablanca-Settat and 3 900 in the Oriental say little until each is put against the
people who live there. Only counts and amounts divide by people: a percentage, a growth rate or a
figure in an unknown unit never does.
"""

from __future__ import annotations

from decimal import Decimal

from django.http import QueryDict
from django.utils.translation import gettext as _

PER_INHABITANTS = 10_000
PER_PARAM = "per"
PER_CAPITA_UNITS = frozenset({"persons", "seats", "sites", "companies", "MAD", "EUR", "USD"})
# The indicators whose actual figures are counts or amounts, in the order pages offer them.
PER_CAPITA_INDICATORS = (
    "employment",
    "positions",
    "sites",
    "companies",
    "revenue",
    "investment",
    "hiring_need",
    "trainees",
    "students",
)


def per_toggle(params: QueryDict) -> tuple[bool, str | None]:
    """Whether the page shows figures per 10 000 inhabitants (?per=10000), and what to tell about a bad value."""
    value = params.get(PER_PARAM, "")
    if value in ("", str(PER_INHABITANTS)):
        return value == str(PER_INHABITANTS), None
    message = _("“%(param)s=%(value)s” is not offered (only %(param)s=%(per)s): figures are shown as reported.")
    return False, message % {"param": PER_PARAM, "value": value[:40], "per": PER_INHABITANTS}


def per_inhabitants(value, unit: str, population: int | None) -> Decimal | None:
    """value × 10 000 ÷ population, rounded to three significant digits or so; None when it means nothing."""
    if unit not in PER_CAPITA_UNITS or not population or value is None:
        return None
    ratio = Decimal(str(value)) * PER_INHABITANTS / Decimal(population)
    decimals = 0 if abs(ratio) >= 100 else 1 if abs(ratio) >= 10 else 2
    return round(ratio, decimals)
