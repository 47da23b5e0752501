"""Scores the extractor on an annotated set: the development corpus (tests/extraction/corpus) or one of
tests/extraction/sets/<name>/, with the rules of offshoring/extraction/scoring.py (those of the official scorer).

    .venv/bin/python -m tests.extraction.corpus_score [--set DIR] [--manifest CSV] [--hide-dates[=all]] [-q] [PREFIX]

prints the misses, false positives, wrong years / regions / kinds / scopes / periods / dates / organisations
(unless -q), then the totals as one JSON line. `--manifest` gives each article the publication date of a manifest
(the CSV of `manage.py ingest --manifest`: its `file` and `publication_date` columns), as an upload with its date
would: the demo corpus (`--set demo/gold --manifest demo/manifest.csv`) keeps its articles beside the manifest and
its gold apart. `--hide-dates` switches off the publication date (given, written or in an address), as on the
undated pages of the hidden sets; `--hide-dates=all` every date written in the page too (bylines, events): they
measure the years the engine takes from the article's own words.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from offshoring.extraction import extract
from offshoring.extraction.calibration import manifest_dates, manifest_paths
from offshoring.extraction.scoring import Totals, score_article

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SETS = HERE / "sets"
DEMO = HERE.parents[1] / "demo"


def score_set(
    directory: Path = CORPUS,
    prefixes: tuple[str, ...] = (),
    *,
    manifest: Path | None = None,
    hide_dates: str = "",
) -> Totals:
    """Every gold file of the directory (NAME.json), scored on its article: NAME.txt beside it, or in the folder of
    the manifest that lists it."""
    totals = Totals()
    dates = manifest_dates(manifest) if manifest else {}
    articles = manifest_paths(manifest) if manifest else {}
    for gold_path in sorted(directory.glob("*.json")):
        if prefixes and not gold_path.name.startswith(prefixes):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = articles.get(gold["file"], directory / gold["file"])
        if hide_dates:
            predicted = _undated(article, hide_dates)
        else:
            result = extract(article.read_bytes(), filename=article.name, publication_date=dates.get(article.name))
            predicted = result.as_contract(article.name)
        score_article(gold, predicted, totals)
    return totals


def _undated(article: Path, hide_dates: str) -> dict:
    """The contract of an article read with no publication date: none given, none found in its lines or its
    address; with "all", no date written anywhere in it either (bylines, events), only the years of its sentences.
    The pipeline's date finders are switched off for this one reading: a measurement, never the product's path."""
    from offshoring.extraction import pipeline

    saved = pipeline.publication_date_from_lines, pipeline._url_year, pipeline.extract_metrics
    pipeline.publication_date_from_lines = lambda *args, **kwargs: None
    pipeline._url_year = lambda text: None
    if hide_dates == "all":
        pipeline.extract_metrics = lambda context: saved[2](replace(context, dates=()))
    try:
        result = extract(article.read_bytes(), filename=article.name)
    finally:
        pipeline.publication_date_from_lines, pipeline._url_year, pipeline.extract_metrics = saved
    return result.as_contract(article.name)


def score_corpus(prefixes: tuple[str, ...] = ()) -> Totals:
    return score_set(CORPUS, prefixes)


def main(argv: list[str]) -> None:
    directory, manifest = CORPUS, None
    for option in ("--set", "--manifest"):
        if option in argv:
            position = argv.index(option)
            value = Path(argv[position + 1])
            argv = argv[:position] + argv[position + 2 :]
            directory, manifest = (value, manifest) if option == "--set" else (directory, value)
    prefixes = tuple(a for a in argv if not a.startswith("-"))
    hide = next((a.partition("=")[2] or "publication" for a in argv if a.startswith("--hide-dates")), "")
    totals = score_set(directory, prefixes, manifest=manifest, hide_dates=hide)
    if "-q" not in argv:
        for note in totals.notes:
            print(note)
    print(json.dumps(totals.summary()))


if __name__ == "__main__":
    main(sys.argv[1:])
