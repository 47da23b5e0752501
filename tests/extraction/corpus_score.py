"""Scores the extractor on the development corpus (tests/extraction/corpus), with the official scorer's rules.

A predicted metric matches a gold one when the values agree within 0.5 % and the indicators are equal; matching is
one-to-one and greedy; predictions matching an "optional" gold metric (by value) are ignored; year accuracy is read
over matched metrics whose gold year is set (any of "years_ok" counts), region accuracy over all matched metrics.

    .venv/bin/python -m tests.extraction.corpus_score [-v] [NAME_PREFIX ...]

prints the misses, false positives, wrong years / regions / dates / organisations, then the totals as JSON.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from offshoring.extraction import extract

CORPUS = Path(__file__).resolve().parent / "corpus"

_REGIONS = {
    "tanger-tetouan-al hoceima": "tanger tangier tetouan al hoceima larache chefchaouen tanger-tetouan tetouan shore",
    "oriental": "oujda nador berkane taourirt oujda-angad oriental l'oriental oujda shore",
    "fes-meknes": "fes fez meknes taza ifrane fes-boulemane fes shore",
    "rabat-sale-kenitra": "rabat sale kenitra temara skhirat technopolis",
    "beni mellal-khenifra": "beni mellal khenifra khouribga",
    "casablanca-settat": "casablanca casa mohammedia el jadida settat berrechid nouaceur grand casablanca "
    "casanearshore",
    "marrakech-safi": "marrakech marrakesh safi essaouira",
    "draa-tafilalet": "errachidia ouarzazate zagora",
    "souss-massa": "agadir inezgane taroudant tiznit souss-massa-draa souss",
    "guelmim-oued noun": "guelmim tan-tan",
    "laayoune-sakia el hamra": "laayoune boujdour smara",
    "dakhla-oued ed-dahab": "dakhla",
}
_MULTIWORD = ("al hoceima", "tetouan shore", "oujda shore", "fes shore", "beni mellal", "el jadida", "grand casablanca")
_NATIONAL = {"", "national", "maroc", "morocco", "none", "null", "royaume"}


def _norm(value) -> str:
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\s*-\s*", "-", text.replace("’", "'"))
    text = re.sub(r"^(?:la |le |region |region de |la region de )", "", text.strip())
    return re.sub(r"\s+", " ", text).strip(" .")


def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for region, names in _REGIONS.items():
        table[region] = region
        rest = names
        for multi in _MULTIWORD:
            if multi in rest:
                table[multi] = region
                rest = rest.replace(multi, " ")
        for name in rest.split():
            table[name] = region
    return table


_ALIAS = _aliases()


def region_of(place) -> str:
    name = _norm(place)
    if name in _NATIONAL:
        return "national"
    if name in _ALIAS:
        return _ALIAS[name]
    for key in sorted(_ALIAS, key=len, reverse=True):
        if re.search(r"\b" + re.escape(key) + r"\b", name):
            return _ALIAS[key]
    return "other:" + name


def _predicted_region(metric: dict) -> str:
    for key in ("region", "place"):
        if metric.get(key):
            return region_of(metric[key])
    return "national"


def _same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def _match(gold: list[dict], predicted: list[dict], strict: bool) -> tuple[list[tuple[int, int]], set[int]]:
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi in used or not _same_value(g["value"], p.get("value")):
                continue
            if strict and g["indicator"] != p.get("indicator"):
                continue
            used.add(pi)
            pairs.append((gi, pi))
            break
    return pairs, used


def _org_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _norm(name))


def _org_found(gold_name: str, names: list[str]) -> bool:
    wanted = _org_key(gold_name)
    for name in names:
        key = _org_key(name)
        if key and (key == wanted or (len(key) >= 4 and (key in wanted or wanted in key))):
            return True
    return False


@dataclass
class Totals:
    gold: int = 0
    tp: int = 0
    fp: int = 0
    year_ok: int = 0
    year_n: int = 0
    region_ok: int = 0
    region_n: int = 0
    orgs: int = 0
    orgs_found: int = 0
    noise_orgs: int = 0
    dates: int = 0
    dates_ok: int = 0
    relevant_ok: int = 0
    docs: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "docs": self.docs,
            "gold_metrics": self.gold,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "year_accuracy": round(self.year_ok / self.year_n, 3) if self.year_n else None,
            "region_accuracy": round(self.region_ok / self.region_n, 3) if self.region_n else None,
            "org_recall": round(self.orgs_found / self.orgs, 3) if self.orgs else None,
            "noise_orgs": self.noise_orgs,
            "pubdate_accuracy": round(self.dates_ok / self.dates, 3) if self.dates else None,
            "relevance_accuracy": round(self.relevant_ok / self.docs, 3) if self.docs else None,
        }


def score_article(gold: dict, predicted: dict, totals: Totals) -> None:
    name = gold["file"]
    totals.docs += 1
    metrics = predicted.get("metrics") or []
    if gold.get("relevant", True) is False and predicted.get("relevant") is False:
        metrics = []
    if bool(predicted.get("relevant")) != bool(gold.get("relevant", True)):
        totals.notes.append(f"relevance {name}: predicted {predicted.get('relevant')}")
    else:
        totals.relevant_ok += 1
    expected = gold.get("metrics", []) if gold.get("relevant", True) else []
    totals.gold += len(expected)
    pairs, used = _match(expected, metrics, strict=True)
    totals.tp += len(pairs)
    matched = {gi for gi, _ in pairs}
    for gi, g in enumerate(expected):
        if gi not in matched:
            totals.notes.append(f"missed {name}: {g['indicator']} {g['value']} — {g['sentence'][:90]}")
    rest = [m for i, m in enumerate(metrics) if i not in used]
    _, optional_used = _match(gold.get("optional", []), rest, strict=False)
    for i, m in enumerate(rest):
        if i not in optional_used:
            totals.fp += 1
            totals.notes.append(f"false positive {name}: {m['indicator']} {m['value']} — {m['sentence'][:90]}")
    for gi, pi in pairs:
        g, p = expected[gi], metrics[pi]
        if g.get("year") is not None:
            totals.year_n += 1
            if p.get("year") in set(g.get("years_ok") or [g["year"]]):
                totals.year_ok += 1
            else:
                totals.notes.append(f"year {name}: {g['value']} got {p.get('year')} want {g['year']}")
        totals.region_n += 1
        if _predicted_region(p) == region_of(g.get("place")):
            totals.region_ok += 1
        else:
            totals.notes.append(f"region {name}: {g['value']} got {p.get('region')} want {g.get('place')}")
    names = [
        n
        for o in predicted.get("organisations") or []
        for n in (o.get("name"), o.get("full_name"), o.get("acronym"))
        if n
    ]
    for org in gold.get("organisations", []):
        totals.orgs += 1
        if _org_found(org, names):
            totals.orgs_found += 1
        else:
            totals.notes.append(f"organisation {name}: missed {org}")
    for org in gold.get("noise_organisations", []):
        if _org_found(org, names):
            totals.noise_orgs += 1
            totals.notes.append(f"noise organisation {name}: {org}")
    if gold.get("publication_date"):
        totals.dates += 1
        if str(predicted.get("publication_date") or "")[:10] == gold["publication_date"]:
            totals.dates_ok += 1
        else:
            totals.notes.append(
                f"pubdate {name}: got {predicted.get('publication_date')} want {gold['publication_date']}"
            )


def score_corpus(prefixes: tuple[str, ...] = ()) -> Totals:
    totals = Totals()
    for gold_path in sorted(CORPUS.glob("*.json")):
        if prefixes and not gold_path.name.startswith(prefixes):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold_path.with_suffix(".txt")
        predicted = extract(article.read_bytes(), filename=article.name).as_contract(article.name)
        score_article(gold, predicted, totals)
    return totals


def main(argv: list[str]) -> None:
    totals = score_corpus(tuple(a for a in argv if not a.startswith("-")))
    for note in totals.notes:
        print(note)
    print(json.dumps(totals.summary()))


if __name__ == "__main__":
    main(sys.argv[1:])
