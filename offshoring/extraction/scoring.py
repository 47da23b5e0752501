"""Scores extraction output against a gold annotation, by the rules of the project's evaluation protocol.

A predicted metric matches a gold one when the values agree within 0.5 % and the indicator is the gold's (or one of
its "indicators_ok"); matching is one-to-one and greedy, in the gold's order. Predictions that match a gold
"optional" figure are neither rewarded nor penalised, except that an optional figure of scope foreign or worldwide
read with another scope is a foreign leak. Over matched metrics: year (any of "years_ok" counts), region, kind,
scope and period accuracy. Older gold files name the organisation in "scope" and put target/forecast in the
"qualifier": both are read.

Pure Python (no Django): the corpus tests and `manage.py calibrate_rules` share it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_REGIONS = {
    "tanger-tetouan-al hoceima": "tanger|tangier|tetouan|al hoceima|larache|chefchaouen|fnideq|mdiq|ouezzane"
    "|ksar el kebir|asilah|tanger-tetouan|tetouan shore|tanger med",
    "oriental": "oujda|nador|berkane|taourirt|jerada|figuig|driouch|guercif|oujda-angad|oriental|l'oriental"
    "|region de l'oriental|oujda shore",
    "fes-meknes": "fes|fez|meknes|taza|ifrane|sefrou|el hajeb|fes-boulemane|fes shore|meknes-tafilalet",
    "rabat-sale-kenitra": "rabat|sale|kenitra|temara|skhirat|khemisset|sidi kacem|sidi slimane"
    "|rabat-sale-zemmour-zaer|technopolis|rabat technopolis|gharb-chrarda-beni hssen",
    "beni mellal-khenifra": "beni mellal|khenifra|khouribga|fquih ben salah|azilal|tadla-azilal",
    "casablanca-settat": "casablanca|casa|mohammedia|el jadida|settat|berrechid|benslimane|nouaceur|mediouna"
    "|sidi bennour|grand casablanca|casanearshore|chaouia-ouardigha",
    "marrakech-safi": "marrakech|marrakesh|safi|essaouira|el kelaa des sraghna|chichaoua|al haouz|youssoufia"
    "|benguerir|marrakech-tensift-al haouz",
    "draa-tafilalet": "errachidia|ouarzazate|zagora|tinghir|midelt",
    "souss-massa": "agadir|inezgane|ait melloul|taroudant|tiznit|tata|drarga|souss-massa-draa|souss"
    "|souss massa draa|agadir ida-outanane",
    "guelmim-oued noun": "guelmim|tan-tan|sidi ifni|assa-zag",
    "laayoune-sakia el hamra": "laayoune|boujdour|smara|tarfaya",
    "dakhla-oued ed-dahab": "dakhla|aousserd|dakhla-oued eddahab",
}
_NATIONAL = {"", "national", "maroc", "morocco", "none", "null", "royaume", "kingdom of morocco", "le maroc"}
SCOPES = ("sector", "segment", "company", "park", "worldwide", "foreign")
_PERIODS = ("year", "half", "quarter", "month")


def norm(value) -> str:
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\s*-\s*", "-", text.replace("’", "'").replace("–", "-"))
    text = re.sub(r"^(?:la |le |region |region de |la region de |la region |prefecture d')", "", text.strip())
    return re.sub(r"\s+", " ", text).strip(" .")


_ALIAS = {name: region for region, names in _REGIONS.items() for name in (region, *names.split("|"))}
_ALIAS_KEYS = sorted(_ALIAS, key=len, reverse=True)


def region_of(place) -> str:
    name = norm(place)
    if name in _NATIONAL:
        return "national"
    if name in _ALIAS:
        return _ALIAS[name]
    for key in _ALIAS_KEYS:  # "Agadir (Souss-Massa)" and the like
        if re.search(r"\b" + re.escape(key) + r"\b", name):
            return _ALIAS[key]
    return "other:" + name


def predicted_region(metric: dict) -> str:
    for key in ("region", "place"):
        if metric.get(key):
            return region_of(metric[key])
    return "national"


def same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def kind_of(metric: dict) -> str:
    """actual / target / forecast: the explicit kind, else a target/forecast qualifier of older gold."""
    if metric.get("kind"):
        return str(metric["kind"])
    qualifier = metric.get("qualifier")
    return qualifier if qualifier in ("target", "forecast") else "actual"


def scope_class(metric: dict) -> str:
    """sector / segment / company / park / worldwide / foreign; an older gold names the organisation or park."""
    low = norm(metric.get("scope") or "sector")
    if low in SCOPES:
        return low
    if low.startswith("sector"):
        return "sector"
    if re.search(r"shore|park|parc|zone|technopol", low):
        return "park"
    if "member" in low or "membres" in low:
        return "segment"
    return "company"


def period_of(metric: dict) -> str:
    """year / half / quarter / month (a flow is a year's figure here)."""
    period = metric.get("period")
    if period in _PERIODS:
        return period
    return "half" if "half" in str(metric.get("scope") or "") else "year"


def match(gold: list[dict], predicted: list[dict], strict: bool) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi in used or not same_value(g["value"], p.get("value")):
                continue
            if strict and p.get("indicator") not in {g["indicator"], *g.get("indicators_ok", ())}:
                continue
            used.add(pi)
            pairs.append((gi, pi))
            break
    return pairs


def _org_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", norm(name))


def org_found(gold_name: str, names: list[str]) -> bool:
    wanted = _org_key(gold_name)
    for name in names:
        key = _org_key(name)
        if key and (key == wanted or (len(key) >= 4 and (key in wanted or wanted in key))):
            return True
    return False


@dataclass
class Totals:
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    tp_value: int = 0
    fp: int = 0
    year_ok: int = 0
    year_n: int = 0
    region_ok: int = 0
    kind_ok: int = 0
    scope_ok: int = 0
    period_ok: int = 0
    foreign_leaks: int = 0
    without_year: int = 0
    orgs: int = 0
    orgs_found: int = 0
    noise_orgs: int = 0
    dates: int = 0
    dates_ok: int = 0
    relevant_ok: int = 0
    notes: list[str] = field(default_factory=list)
    # per rule id: [true positives, false positives] (figures matching an optional gold figure count for neither)
    rules: dict[str, list[int]] = field(default_factory=dict)

    def summary(self) -> dict:
        """The official scorer's keys, plus the share of predicted figures that have no year."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        matched = self.tp

        def rate(ok: int, n: int) -> float | None:
            return round(ok / n, 3) if n else None

        return {
            "docs": self.docs,
            "gold_metrics": self.gold,
            "predicted_metrics": self.predicted,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "value_recall": rate(self.tp_value, self.gold) or 0.0,
            "year_accuracy": rate(self.year_ok, self.year_n),
            "region_accuracy": rate(self.region_ok, matched),
            "kind_accuracy": rate(self.kind_ok, matched),
            "scope_accuracy": rate(self.scope_ok, matched),
            "period_accuracy": rate(self.period_ok, matched),
            "org_recall": rate(self.orgs_found, self.orgs),
            "noise_orgs": self.noise_orgs,
            "foreign_leaks": self.foreign_leaks,
            "pubdate_accuracy": rate(self.dates_ok, self.dates),
            "relevance_accuracy": rate(self.relevant_ok, self.docs),
            "without_year": rate(self.without_year, self.predicted),
        }

    def _rule(self, metric: dict, outcome: int) -> None:
        counts = self.rules.setdefault(str(metric.get("rule") or ""), [0, 0])
        counts[outcome] += 1


def score_article(gold: dict, predicted: dict, totals: Totals) -> None:
    """Adds one article's comparison to the totals (and its misses and errors to the notes)."""
    name = gold["file"]
    totals.docs += 1
    metrics = predicted.get("metrics") or []
    if gold.get("relevant", True) is False and predicted.get("relevant") is False:
        metrics = []
    if bool(predicted.get("relevant", True)) == bool(gold.get("relevant", True)):
        totals.relevant_ok += 1
    else:
        totals.notes.append(f"relevance {name}: predicted {predicted.get('relevant')}")
    expected = gold.get("metrics", []) if gold.get("relevant", True) else []
    totals.gold += len(expected)
    totals.predicted += len(metrics)
    totals.without_year += sum(m.get("year") is None for m in metrics)
    pairs = match(expected, metrics, strict=True)
    totals.tp += len(pairs)
    totals.tp_value += len(match(expected, metrics, strict=False))
    matched = {gi for gi, _ in pairs}
    used = {pi for _, pi in pairs}
    for gi, g in enumerate(expected):
        if gi not in matched:
            totals.notes.append(f"missed {name}: {g['indicator']} {g['value']} — {g['sentence'][:90]}")
    rest = [m for i, m in enumerate(metrics) if i not in used]
    optional = gold.get("optional", [])
    optional_pairs = match(optional, rest, strict=False)
    for oi, ri in optional_pairs:
        if optional[oi].get("scope") in ("foreign", "worldwide") and scope_class(rest[ri]) not in (
            "foreign",
            "worldwide",
        ):
            totals.foreign_leaks += 1
            totals.notes.append(f"foreign leak {name}: {rest[ri]['indicator']} {rest[ri]['value']}")
            totals._rule(rest[ri], 1)
    optional_used = {ri for _, ri in optional_pairs}
    for i, m in enumerate(rest):
        if i not in optional_used:
            totals.fp += 1
            totals._rule(m, 1)
            totals.notes.append(f"false positive {name}: {m['indicator']} {m['value']} — {m['sentence'][:90]}")
    for gi, pi in pairs:
        _score_pair(name, expected[gi], metrics[pi], totals)
    _score_names_and_date(name, gold, predicted, totals)


def _score_pair(name: str, g: dict, p: dict, totals: Totals) -> None:
    totals._rule(p, 0)
    if g.get("year") is not None:
        totals.year_n += 1
        if p.get("year") in set(g.get("years_ok") or [g["year"]]):
            totals.year_ok += 1
        else:
            totals.notes.append(f"year {name}: {g['value']} got {p.get('year')} want {g['year']}")
    if predicted_region(p) == region_of(g.get("place")):
        totals.region_ok += 1
    else:
        totals.notes.append(f"region {name}: {g['value']} got {p.get('region')} want {g.get('place')}")
    for key, read in (("kind", kind_of), ("scope", scope_class), ("period", period_of)):
        if read(p) == read(g):
            setattr(totals, f"{key}_ok", getattr(totals, f"{key}_ok") + 1)
        else:
            totals.notes.append(f"{key} {name}: {g['value']} got {read(p)} want {read(g)}")


def _score_names_and_date(name: str, gold: dict, predicted: dict, totals: Totals) -> None:
    names = [
        n
        for o in predicted.get("organisations") or []
        for n in (o.get("name"), o.get("full_name"), o.get("acronym"))
        if n
    ]
    for org in gold.get("organisations", []):
        totals.orgs += 1
        if org_found(org, names):
            totals.orgs_found += 1
        else:
            totals.notes.append(f"organisation {name}: missed {org}")
    for org in gold.get("noise_organisations", []):
        if org_found(org, names):
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
