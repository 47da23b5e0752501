"""The five seed articles, with expectations written from the articles themselves."""

import datetime as dt

import pytest

from offshoring.extraction import extract


def found(seed_text, prefix: str):
    return extract(seed_text(prefix))


def metric_table(result) -> set[tuple]:
    return {(m.indicator, m.value, m.unit, m.region, m.scope, m.organisation) for m in result.metrics}


def test_000_convention_article(seed_text):
    result = found(seed_text, "000")
    assert result.relevant and result.language == "fr" and result.publication_date is None
    assert metric_table(result) == {
        ("revenue", 4.5e9, "MAD", None, "sector", None),
        ("employment", 45000, "persons", None, "sector", None),
    }
    revenue = next(m for m in result.metrics if m.indicator == "revenue")
    assert revenue.period == "per_year" and revenue.year is None
    assert {o.name for o in result.organisations} >= {"AMRC", "OFPPT"}


def test_001_association_article(seed_text):
    result = found(seed_text, "001")
    table = metric_table(result)
    assert ("employment", 20000, "persons", None, "company", "AMRC") in table
    assert ("employment", 25000, "persons", None, "sector", None) in table
    assert not any(m.value == 6 for m in result.metrics)  # "six commissions"


def test_002_souss_article(seed_text):
    result = found(seed_text, "002")
    assert result.publication_date == dt.date(2011, 1, 18)
    by_value = {m.value: m for m in result.metrics}
    assert (
        by_value[300].indicator,
        by_value[300].kind,
        by_value[300].qualifier,
        by_value[300].region,
        by_value[300].year,
    ) == (
        "employment",
        "actual",
        "less_than",
        "Souss-Massa",
        2011,
    )
    assert (by_value[30000].indicator, by_value[30000].kind, by_value[30000].qualifier, by_value[30000].region) == (
        "positions",
        "actual",
        "more_than",
        None,
    )
    assert (by_value[20].indicator, by_value[20].kind, by_value[20].qualifier, by_value[20].year) == (
        "growth_rate",
        "forecast",
        "exact",
        2011,
    )
    assert (by_value[3500].indicator, by_value[3500].kind, by_value[3500].qualifier, by_value[3500].region) == (
        "jobs_target",
        "target",
        "about",
        "Souss-Massa",
    )
    for noise in (785e9, 5e9, 183, 7000, 25, 48, 2.5):
        assert noise not in by_value
    assert not any(m.value == 300 and m.indicator == "positions" for m in result.metrics)  # "dépassant 300 postes"
    names = {o.name for o in result.organisations}
    assert {"ACASIOM", "SICCAM", "ANAPEC", "OFPPT", "Webhelp", "Crown", "Imane Id", "Les ECO"} <= names
    assert any(name.startswith("CRI Souss") for name in names)
    assert not names & {"Marsa Maroc", "Crédit du Maroc", "RAM", "UEFA", "Al Barid Bank", "Mitsubishi Power", "FIDA"}


def test_003_tanger_article(seed_text):
    result = found(seed_text, "003")
    assert result.publication_date == dt.date(2009, 1, 21)
    assert {(m.indicator, m.value, m.period, m.year, m.kind, m.qualifier) for m in result.metrics} == {
        ("sites", 20, "per_year", 2009, "actual", "exact"),
        ("hiring_need", 250, "per_week", 2009, "actual", "about"),
    }
    assert "Télé-Loisirs" not in {o.name for o in result.organisations}
    places = {p.name for p in result.places}
    assert {"Tanger", "Tétouan", "Agadir", "Marrakech", "Casablanca"} <= places


def test_004_oujda_article(seed_text):
    result = found(seed_text, "004")
    table = metric_table(result)
    assert ("students", 115000, "persons", "Oriental", "sector", None) in table
    assert ("investment", 55e6, "MAD", "Oriental", "company", "Conseil de la région de l'Oriental") in table
    names = {o.name for o in result.organisations}
    assert {
        "SICCAM",
        "ANAPEC",
        "OFPPT",
        "CRI de l'Oriental",
        "Agence de développement de l'Oriental",
        "MedZ Sourcing",
        "MAP",
    } <= names


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_offsets_index_the_text_read(seed_text, prefix):
    text = seed_text(prefix)
    result = extract(text.encode("utf-8"))
    assert result.text == text
    for metric in result.metrics:
        assert text[metric.start : metric.end] == metric.sentence
        assert 0 <= metric.confidence <= 1


def test_no_page_counter_or_headline_figure_anywhere(seed_text):
    values = {m.value for prefix in ("000", "001", "002", "003", "004") for m in found(seed_text, prefix).metrics}
    assert not values & {785e9, 1085, 183, 2004, 2003, 2014, 2020}
