"""manage.py extract: JSON Lines on stdout, errors on stderr, no database."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(*files: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "extract", *files], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def seeds_run():
    return run(*[str(p.relative_to(ROOT)) for p in SEEDS])


def test_one_json_object_per_seed(seeds_run):
    assert seeds_run.returncode == 0, seeds_run.stderr
    lines = seeds_run.stdout.splitlines()
    assert len(lines) == len(SEEDS)
    for line, path in zip(lines, SEEDS, strict=True):
        data = json.loads(line)
        assert data["file"].endswith(path.name)
        assert set(data) >= {"language", "relevant", "publication_date", "organisations", "places", "events", "metrics"}


def test_contract_values_and_offsets(seeds_run):
    by_name = {Path(json.loads(line)["file"]).name: json.loads(line) for line in seeds_run.stdout.splitlines()}
    souss = next(v for k, v in by_name.items() if k.startswith("002"))
    assert souss["publication_date"] == "2011-01-18"
    metric = next(m for m in souss["metrics"] if m["value"] == 300)
    assert (metric["indicator"], metric["unit"], metric["qualifier"], metric["region"]) == (
        "employment",
        "persons",
        "less_than",
        "Souss-Massa",
    )
    text = (ROOT / souss["file"]).read_text(encoding="utf-8")
    assert text[metric["start"] : metric["end"]] == metric["sentence"]
    assert "ensure_ascii" not in seeds_run.stdout and "é" in seeds_run.stdout  # UTF-8, not \\u escapes


def test_bad_file_gives_an_error_line_and_a_message(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    result = run(str(SEEDS[0]), str(binary), str(missing))
    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3 and "error" not in lines[0]
    assert "error" in lines[1] and "error" in lines[2]
    assert "Traceback" not in result.stderr and str(missing) in result.stderr


def test_exit_code_is_non_zero_when_every_file_fails(tmp_path):
    result = run(str(tmp_path / "nope.txt"))
    assert result.returncode != 0
    assert json.loads(result.stdout.splitlines()[0])["error"]
    assert "Traceback" not in result.stderr


def test_every_metric_says_its_kind_scope_period_year_source_and_rule(seeds_run):
    metrics = [m for line in seeds_run.stdout.splitlines() for m in json.loads(line)["metrics"]]
    assert metrics
    for metric in metrics:
        assert metric["kind"] in ("actual", "target", "forecast")
        assert metric["qualifier"] in ("exact", "more_than", "less_than", "about")
        assert metric["scope"] in ("sector", "segment", "company", "park", "worldwide", "foreign")
        assert metric["period"] in ("year", "half", "quarter", "month", "per_week", "per_month", "per_year")
        assert metric["year_source"] in ("stated", "context", "relative", "publication", "none")
        assert metric["rule"]


def test_values_print_without_float_noise():
    from decimal import Decimal

    from offshoring.extraction.result import json_number

    assert json.dumps(json_number(Decimal("1.07") * Decimal(10) ** 9)) == "1070000000"
    assert json.dumps(json_number(Decimal("4.5000"))) == "4.5"
    assert json.dumps(json_number(Decimal("-2.3"))) == "-2.3"


def test_an_address_given_with_url_dates_an_undated_file(tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text("Les centres d'appels du Maroc emploient 45.000 personnes, selon l'AMRC.\n", encoding="utf-8")
    result = run("--url", "https://www.example.ma/economie/2011/01/22/centres-appels", str(article))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["publication_date"] == "2011-01-22"


def test_media_are_named_with_their_kind(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(
        "Centres d'appels : Webhelp recrute à Fès\n\n"
        "Selon L'Economiste, le groupe Webhelp va recruter 500 téléconseillers à Fès, a indiqué l'AMRC.\n",
        encoding="utf-8",
    )
    data = json.loads(run(str(article)).stdout.splitlines()[0])
    kinds = {o["name"]: o["kind"] for o in data["organisations"]}
    assert kinds["L'Economiste"] == "media"
    assert kinds["Webhelp"] == "operator" and kinds["AMRC"] == "association"
