"""Measures each rule's precision on annotated sets: the confidence its figures carry (see confidence.py)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .confidence import smoothed
from .pipeline import extract
from .rules import RULES
from .scoring import Totals, score_article


@dataclass(frozen=True)
class AnnotatedSet:
    """Gold files (NAME.json) with their articles beside them, or in the folder of the manifest that lists them and
    gives their publication dates (the demo corpus); `skip` leaves out files by their name's prefix."""

    gold: Path
    manifest: Path | None = None
    skip: tuple[str, ...] = field(default=())


def manifest_dates(manifest: Path) -> dict[str, dt.date]:
    """The publication date of each article a manifest lists (`file` and `publication_date` columns), by file name."""
    return {name: date for name, (_path, date) in _manifest_rows(manifest).items() if date is not None}


def manifest_paths(manifest: Path) -> dict[str, Path]:
    """Where each article a manifest lists is, by file name (the `file` column is relative to the manifest)."""
    return {name: path for name, (path, _date) in _manifest_rows(manifest).items()}


def _manifest_rows(manifest: Path) -> dict[str, tuple[Path, dt.date | None]]:
    with manifest.open(encoding="utf-8", newline="") as handle:
        return {
            Path(row["file"]).name: (
                manifest.parent / row["file"],
                dt.date.fromisoformat(row["publication_date"]) if row.get("publication_date") else None,
            )
            for row in csv.DictReader(handle)
        }


def score_directories(directories: Iterable[Path | AnnotatedSet]) -> Totals:
    """Every gold file of the sets (a folder: NAME.json beside its article), scored into one total."""
    totals = Totals()
    for annotated in directories:
        if isinstance(annotated, Path):
            annotated = AnnotatedSet(annotated)
        paths = manifest_paths(annotated.manifest) if annotated.manifest else {}
        dates = manifest_dates(annotated.manifest) if annotated.manifest else {}
        for gold_path in sorted(annotated.gold.glob("*.json")):
            if annotated.skip and gold_path.name.startswith(annotated.skip):
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            article = paths.get(gold["file"], annotated.gold / gold["file"])
            result = extract(article.read_bytes(), filename=article.name, publication_date=dates.get(article.name))
            score_article(gold, result.as_contract(article.name), totals)
    return totals


def rule_precision(totals: Totals) -> dict[str, dict]:
    """For every rule of the table (measured or not): its true and false positives and smoothed precision."""
    table = {}
    for rule in RULES:
        if rule.produces == "nothing":
            continue  # a veto reads no figure
        tp, fp = totals.rules.get(rule.id, (0, 0))
        table[rule.id] = {"tp": tp, "fp": fp, "confidence": smoothed(tp, fp)}
    return table
