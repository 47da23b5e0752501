"""Figures as French (or English) readers write them: "plus de 30 000 positions", "4,5 Md MAD".

Number formatting is typography, not translation, so the words live here per language rather than in
the gettext catalogues: a figure then reads the same whether or not the .mo files are compiled.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import translation

# French separates thousands with a narrow no-break space (U+202F) and puts one before "%".
NNBSP = "\u202f"

QUALIFIER_PREFIX = {
    "fr": {
        "exact": "",
        "more_than": "plus de",
        "less_than": "moins de",
        "about": "environ",
    },
    "en": {
        "exact": "",
        "more_than": "more than",
        "less_than": "less than",
        "about": "about",
    },
}

# Targets and forecasts are announced before their figure: "objectif : plus de 40 Md MAD".
KIND_PREFIX = {
    "fr": {"actual": "", "target": "objectif :", "forecast": "prévision :"},
    "en": {"actual": "", "target": "target:", "forecast": "forecast:"},
}

UNIT_WORD = {
    "fr": {"persons": "personnes", "seats": "positions", "sites": "sites", "companies": "entreprises", "other": ""},
    "en": {"persons": "people", "seats": "seats", "sites": "sites", "companies": "companies", "other": ""},
}

# A full year says nothing more; a part of one or a flow is said after the figure.
PERIOD_WORD = {
    "fr": {
        "year": "",
        "half": "sur un semestre",
        "quarter": "sur un trimestre",
        "month": "sur un mois",
        "per_week": "par semaine",
        "per_month": "par mois",
        "per_year": "par an",
    },
    "en": {
        "year": "",
        "half": "in a half-year",
        "quarter": "in a quarter",
        "month": "in a month",
        "per_week": "per week",
        "per_month": "per month",
        "per_year": "per year",
    },
}

# Money scales: (threshold, French abbreviation, English abbreviation).
MONEY_SCALES = (
    (Decimal(10) ** 9, "Md", "bn"),
    (Decimal(10) ** 6, "M", "M"),
)
MONEY_UNITS = {"MAD", "EUR", "USD"}


def current_language(language: str | None = None) -> str:
    code = (language or translation.get_language() or "fr").split("-")[0]
    return code if code in QUALIFIER_PREFIX else "en"


def to_decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def format_number(value, language: str | None = None, max_decimals: int = 2) -> str:
    """45000 → "45 000" (fr, narrow no-break space) or "45,000" (en); 4.5 → "4,5" / "4.5"."""
    number = to_decimal(value)
    if number is None:
        return "–"
    lang = current_language(language)
    quantum = Decimal(1).scaleb(-max_decimals)
    rounded = number.quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{max_decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    return text


def format_money(value, unit: str, language: str | None = None) -> str:
    """4500000000 MAD → "4,5 Md MAD" (fr) / "4.5 bn MAD" (en); 55000000 → "55 M MAD"."""
    number = to_decimal(value)
    if number is None:
        return "–"
    lang = current_language(language)
    for threshold, fr_word, en_word in MONEY_SCALES:
        if abs(number) >= threshold:
            scaled = format_number(number / threshold, lang, max_decimals=2)
            return f"{scaled}\u00a0{fr_word if lang == 'fr' else en_word}\u00a0{unit}"
    return f"{format_number(number, lang)}\u00a0{unit}"


def unit_word(unit: str, language: str | None = None) -> str:
    """The unit as a figure says it: "personnes", "positions", "%", "MAD" ("" for other)."""
    if unit == "percent":
        return "%"
    if unit in MONEY_UNITS:
        return unit
    return UNIT_WORD[current_language(language)].get(unit, unit)


def format_quantity(value, unit: str, language: str | None = None) -> str:
    """The number with its unit, no qualifier: "30 000 positions", "20 %", "4,5 Md MAD"."""
    lang = current_language(language)
    if unit in MONEY_UNITS:
        return format_money(value, unit, lang)
    number = format_number(value, lang, max_decimals=1 if unit == "percent" else 2)
    if unit == "percent":
        return f"{number}{NNBSP}%" if lang == "fr" else f"{number}%"
    word = unit_word(unit, lang)
    return f"{number}\u00a0{word}" if word else number


def format_figure(
    value,
    unit: str,
    qualifier: str = "exact",
    period: str = "",
    language: str | None = None,
    kind: str = "actual",
) -> str:
    """A figure as a sentence fragment: "plus de 30 000 positions", "250 personnes par semaine",
    "objectif : 40 Md MAD"."""
    lang = current_language(language)
    parts = [
        KIND_PREFIX[lang].get(kind or "actual", ""),
        QUALIFIER_PREFIX[lang].get(qualifier or "exact", ""),
        format_quantity(value, unit, lang),
    ]
    if period:
        parts.append(PERIOD_WORD[lang].get(period, period))
    return " ".join(part for part in parts if part)


def plotly_separators(language: str | None = None) -> str:
    """Plotly's layout.separators: the decimal mark then the thousands separator."""
    return "," + NNBSP if current_language(language) == "fr" else ".,"
