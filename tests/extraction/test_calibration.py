"""manage.py calibrate_rules: each rule's precision measured on an annotated set, smoothed."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from offshoring.extraction.confidence import smoothed

ARTICLE = (
    "Offshoring : les centres d'appels recrutent\n\n"
    "Le secteur des centres d'appels emploie 45 000 personnes au Maroc. Il compte 20 nouveaux sites.\n"
)


def test_smoothing_pulls_small_counts_towards_one_half():
    assert (smoothed(0, 0), smoothed(1, 0), smoothed(9, 1), smoothed(0, 3)) == (0.5, 0.667, 0.833, 0.2)


def test_a_rule_that_reads_a_gold_figure_gains_and_one_that_reads_noise_loses(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {
        "file": "a.txt",
        "relevant": True,
        "publication_date": None,
        "metrics": [{"indicator": "employment", "value": 45000, "year": None, "place": None, "sentence": "..."}],
    }
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    call_command("calibrate_rules", "--set", str(tmp_path))
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("0.667  tp=1    fp=0") and line.endswith("count.people_employed") for line in lines)
    assert any(line.startswith("0.333  tp=0    fp=1") and line.endswith("count.sites") for line in lines)
    assert json.loads(lines[-1])["recall"] == 1.0


def test_a_folder_without_gold_is_refused(tmp_path):
    with pytest.raises(CommandError, match="no annotated articles"):
        call_command("calibrate_rules", "--set", str(tmp_path))


def test_a_set_kept_beside_its_manifest_is_scored_with_the_manifest_s_dates_and_skips(tmp_path):
    from offshoring.extraction.calibration import AnnotatedSet, score_directories

    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold").mkdir()
    for name in ("001_a", "002_b"):
        (tmp_path / "corpus" / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
        gold = {"file": f"{name}.txt", "relevant": True, "publication_date": "2019-04-02", "metrics": []}
        (tmp_path / "gold" / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "file,url,outlet,publication_date,title\ncorpus/001_a.txt,,,2019-04-02,A\ncorpus/002_b.txt,,,2019-04-02,B\n",
        encoding="utf-8",
    )
    summary = score_directories([AnnotatedSet(tmp_path / "gold", manifest, ("002_",))]).summary()
    assert (summary["docs"], summary["pubdate_accuracy"]) == (1, 1.0)
