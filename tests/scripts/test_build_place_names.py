"""The filters that choose which census names extend the place gazetteer, and the module they write."""

from collections import defaultdict

import pytest

from scripts.build_place_names import Candidate, known_names, localities_module, select, why_left_out


def candidate(name, kind="urban", population=50_000, region="fes-meknes"):
    return Candidate(name, region, kind, "03.451", population)


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        (candidate("Tazarine", kind="rural"), "rural commune"),
        (candidate("Boufakrane", population=19_999), "small town"),
        (candidate("Moulay Rachid", kind="prefecture_of_arrondissements"), "Casablanca district"),
        (candidate("Zaio"), "short name"),
        (candidate("Mohammedia"), "already known"),
        (candidate("Sidi Taibi"), "a person's name"),
        (candidate("Ameur"), "stop-list"),
        (candidate("Sefrou"), None),
        (candidate("Sidi Kacem", kind="province"), None),  # a province keeps its title
    ],
)
def test_each_filter_names_its_reason(item, reason):
    regions = defaultdict(set, {"sefrou": {"fes-meknes"}})
    assert why_left_out(item, known_names(), regions) == reason


def test_a_name_in_two_regions_is_left_out_and_a_town_wins_over_its_province():
    adopted, left_out = select(
        [
            candidate("Sefrou", kind="province", population=300_000),
            candidate("Sefrou", population=86_000),
            candidate("Oulad Azzouz", region="casablanca-settat"),
            candidate("Oulad Azzouz", region="souss-massa"),
        ]
    )
    assert [(c.name, c.kind) for c in adopted] == [("Sefrou", "urban")]
    assert [c.name for c in left_out["a town's name"]] == ["Sefrou"]
    assert len(left_out["in two regions"]) == 2


def test_the_written_module_is_the_data_it_was_given():
    namespace: dict = {}
    source = localities_module([candidate("Sefrou"), candidate("Al Haouz", kind="province", region="marrakech-safi")])
    exec(
        compile(source.replace("from .reference", "from offshoring.extraction.reference"), "localities", "exec"),
        namespace,
    )
    assert [(r.name, r.region, r.kind) for r in namespace["LOCALITIES"]] == [
        ("Sefrou", "fes-meknes", "town"),
        ("Al Haouz", "marrakech-safi", "province"),
    ]
