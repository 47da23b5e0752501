"""The pipeline's guards for huge inputs: windows over long texts, capped words and lines, warnings."""

from offshoring.extraction import extract
from offshoring.extraction.cleaning import SENTENCE_MAX, WORD_MAX


def figures(result) -> set[tuple]:
    return {(m.indicator, m.value, m.unit, m.year, m.region) for m in result.metrics}


def test_a_long_text_read_in_windows_finds_each_figure_once(seed_text):
    # seed 001 repeated to most of a megabyte: read window by window, its figures are reported once.
    article = seed_text("001")
    once = extract(article)
    repeated = extract("\n\n".join([article] * 400))
    assert len(repeated.text) > 800_000
    assert figures(repeated) == figures(once) and len(repeated.metrics) == len(once.metrics)
    assert repeated.warnings == []


def test_a_one_line_text_is_read_as_paragraphs_with_a_warning(seed_text):
    article = " ".join(seed_text("001").split())
    result = extract(" ".join([article] * 100))
    assert figures(result) == figures(extract(article))
    assert result.warnings == ["1 lines longer than 10000 characters were read as paragraphs"]
    assert result.as_contract("x.txt")["warnings"] == result.warnings


def test_a_megabyte_word_never_makes_a_megabyte_evidence_sentence():
    text = "Les centres d'appels emploient 45.000 personnes au Maroc " + "9" * 1_000_000 + " selon l'AMRC."
    result = extract(text)
    assert result.warnings == [f"1 words longer than {WORD_MAX} characters were cut"]
    assert len(result.text) < 1_000
    assert result.metrics and all(len(m.sentence) <= SENTENCE_MAX for m in result.metrics)
    assert [m.value for m in result.metrics] == [45000]


def test_an_ordinary_article_has_no_warning(seed_text):
    result = extract(seed_text("002"))
    assert result.warnings == [] and "warnings" not in result.as_contract("x.txt")


def test_newcomers_are_looked_for_in_the_first_characters_of_a_huge_text():
    line = "Le groupe Vantelis a ouvert un site. " + "Le secteur recrute des conseillers. " * 80 + "\n"
    far = "La société Korvanex a ouvert un site à Fès.\n"
    text = line * 200 + far  # Vantelis in the first line, Korvanex past 500 000 characters
    names = {o.name for o in extract(text).organisations}
    assert "Vantelis" in names and "Korvanex" not in names
    assert "Korvanex" in {o.name for o in extract(far).organisations}
