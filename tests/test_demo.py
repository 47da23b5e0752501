"""The demo data `make demo` loads: the seeds, and demo/ through its manifest, never the invented test articles.

demo/ holds dispatches restating real, sourced facts; each must say where its facts come from, and the
folder must hold nothing the manifest does not list. The extractor is scored on it against demo/gold
with the manifest's dates, as `make demo` parses it; the floors sit a little under today's scores.
"""

import json
import re
from pathlib import Path

import pytest

from offshoring.extraction import extract
from offshoring.manifest import manifest_parse
from tests.extraction.corpus_score import Totals, score_article

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo"
MANIFEST = DEMO / "manifest.csv"
DEMO_DOCUMENTS = {"manifest.csv", "README.md", "SOURCES.md"}
FLOORS = {"precision": 0.85, "recall": 0.8}


@pytest.fixture(scope="module")
def manifest():
    return manifest_parse(MANIFEST.read_bytes(), name=MANIFEST.name)


def test_the_manifest_reads_without_a_problem(manifest):
    assert [problem.text() for problem in manifest.problems] == []
    assert manifest.notes == []
    assert len(manifest.entries) >= 60


def test_every_dispatch_says_where_its_facts_come_from(manifest):
    for entry in manifest.entries:
        assert (DEMO / entry.file).is_file(), entry.file
        assert entry.file.startswith("corpus/") and entry.file.endswith(".txt"), entry.file
        assert entry.url and re.match(r"https?://[^/\s]+\.[a-z]{2,}/", entry.url), (entry.file, entry.url)
        assert not re.search(r"example\.(?:com|org|net|ma)|localhost", entry.url), (entry.file, entry.url)
        assert entry.outlet, entry.file
        assert entry.publication_date is not None, entry.file
        assert entry.title, entry.file


def test_demo_holds_nothing_but_what_the_manifest_lists(manifest):
    listed = {entry.file for entry in manifest.entries}
    golds = {f"gold/{Path(file).stem}.json" for file in listed}
    present = {path.relative_to(DEMO).as_posix() for path in DEMO.rglob("*") if path.is_file()}
    assert present - listed - golds - DEMO_DOCUMENTS == set()
    assert golds <= present, "every dispatch has its gold figures"
    sources = (DEMO / "SOURCES.md").read_text(encoding="utf-8")
    for entry in manifest.entries:
        assert Path(entry.file).name in sources, f"{entry.file} is not credited in SOURCES.md"


def test_make_demo_loads_the_seeds_and_the_demo_manifest_only():
    recipe = re.search(r"^demo:.*?\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.MULTILINE).group(1)
    ingests = re.findall(r"manage\.py ingest (.+)", recipe)
    assert ingests == ["seeds --wait", "--manifest demo/manifest.csv --wait"]


def test_the_extractor_on_the_demo_corpus(manifest):
    totals = Totals()
    for entry in manifest.entries:
        path = DEMO / entry.file
        gold = json.loads((DEMO / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        predicted = extract(path.read_bytes(), filename=path.name, publication_date=entry.publication_date)
        score_article(gold, predicted.as_contract(path.name), totals)
    summary = totals.summary()
    print(json.dumps(summary))  # pytest -s shows the scores, then every miss
    for note in totals.notes:
        print(note)
    assert summary["gold_metrics"] >= 150
    for key, floor in FLOORS.items():
        assert summary[key] >= floor, (key, summary)
