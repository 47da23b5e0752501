"""Scores the extractor on an annotated set: the development corpus (tests/extraction/corpus) or one of
tests/extraction/sets/<name>/, with the rules of offshoring/extraction/scoring.py (those of the official scorer).

    .venv/bin/python -m tests.extraction.corpus_score [--set DIR] [-q] [NAME_PREFIX ...]

prints the misses, false positives, wrong years / regions / kinds / scopes / periods / dates / organisations
(unless -q), then the totals as one JSON line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from offshoring.extraction import extract
from offshoring.extraction.scoring import Totals, score_article

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SETS = HERE / "sets"


def score_set(directory: Path = CORPUS, prefixes: tuple[str, ...] = ()) -> Totals:
    """Every gold file of the directory (NAME.json, with its article NAME.txt beside it), scored."""
    totals = Totals()
    for gold_path in sorted(directory.glob("*.json")):
        if prefixes and not gold_path.name.startswith(prefixes):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = directory / gold["file"]
        predicted = extract(article.read_bytes(), filename=article.name).as_contract(article.name)
        score_article(gold, predicted, totals)
    return totals


def score_corpus(prefixes: tuple[str, ...] = ()) -> Totals:
    return score_set(CORPUS, prefixes)


def main(argv: list[str]) -> None:
    directory = CORPUS
    if "--set" in argv:
        position = argv.index("--set")
        directory = Path(argv[position + 1])
        argv = argv[:position] + argv[position + 2 :]
    totals = score_set(directory, tuple(a for a in argv if not a.startswith("-")))
    if "-q" not in argv:
        for note in totals.notes:
            print(note)
    print(json.dumps(totals.summary()))


if __name__ == "__main__":
    main(sys.argv[1:])
