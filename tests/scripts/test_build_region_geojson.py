"""The build script's geometry: simplification that keeps shared borders shared, and the validity checks."""

import json

from scripts.build_region_geojson import (
    arcs_of,
    counter_clockwise,
    crossing_edges,
    douglas_peucker,
    junctions,
    ring_problems,
    rounded,
    signed_area,
    simplify_rings,
    source_rings,
)


def test_douglas_peucker_keeps_both_ends_and_only_points_beyond_the_tolerance():
    wiggle = [(0.0, 0.0), (1.0, 0.001), (2.0, -0.001), (3.0, 0.002), (4.0, 0.0)]
    assert douglas_peucker(wiggle, 0.01) == [(0.0, 0.0), (4.0, 0.0)]
    assert douglas_peucker(wiggle, 0.0) == wiggle
    peak = [(0.0, 0.0), (1.0, 0.5), (2.0, 1.0), (3.0, 0.505), (4.0, 0.0)]
    assert douglas_peucker(peak, 0.01) == [(0.0, 0.0), (2.0, 1.0), (4.0, 0.0)]
    assert douglas_peucker(peak, 0.001) == [(0.0, 0.0), (2.0, 1.0), (3.0, 0.505), (4.0, 0.0)]  # (1, 0.5) is on the line


def test_douglas_peucker_simplifies_a_closed_arc_around_its_farthest_point():
    loop = [(0.0, 0.0), (2.0, 0.0), (2.0, 0.001), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]
    assert douglas_peucker(loop, 0.01) == [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]


# Two squares side by side sharing a wiggly border x≈1 from (1, 0) to (1, 1), with a bump into the east one at
# y=0.5; each ring runs its own way round.
BORDER = [(1.0, 0.0), (1.001, 0.1), (1.0, 0.2), (1.0, 0.45), (1.3, 0.5), (1.0, 0.55), (0.999, 0.9), (1.0, 1.0)]
WEST = [(0.0, 0.0), *BORDER, (0.0, 1.0)]
EAST = [*BORDER[::-1], (2.0, 0.0), (2.0, 1.0)]


def test_junctions_are_where_a_shared_border_ends():
    assert junctions([WEST, EAST]) == {(1.0, 0.0), (1.0, 1.0)}


def test_a_ring_is_cut_into_arcs_that_chain_back_to_its_start():
    arcs = arcs_of(WEST, {(1.0, 0.0), (1.0, 1.0)})
    assert arcs == [BORDER, [(1.0, 1.0), (0.0, 1.0), (0.0, 0.0), (1.0, 0.0)]]
    assert arcs_of(WEST, set()) == [[*WEST, WEST[0]]]  # no junction: one closed arc


def test_neighbours_get_the_same_simplified_border():
    west, east = simplify_rings([WEST, EAST], tolerance=0.01)
    west_border = [p for p in west[:-1] if 0.5 <= p[0] <= 1.5]
    east_border = [p for p in east[:-1] if 0.5 <= p[0] <= 1.5]
    assert west_border == [(1.0, 0.0), (1.0, 0.45), (1.3, 0.5), (1.0, 0.55), (1.0, 1.0)]  # the bump stays
    assert sorted(set(west_border)) == sorted(set(east_border))
    assert west[0] == west[-1] and east[0] == east[-1]
    assert crossing_edges([west, east]) == []


def test_crossing_edges_finds_a_bow_tie_and_a_border_that_doubles_back():
    bow_tie = [(0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0), (0.0, 0.0)]
    assert len(crossing_edges([bow_tie])) == 1
    spike = [(0.0, 0.0), (2.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)]  # runs back along itself
    assert crossing_edges([spike]) != []
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]
    assert crossing_edges([square]) == []


def test_ring_problems_name_what_is_wrong():
    clockwise = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.0, 0.0)]
    assert ring_problems(clockwise) == ["not counter-clockwise"]
    assert ring_problems(counter_clockwise(clockwise)) == []
    assert signed_area(counter_clockwise(clockwise)) == 1.0
    assert "not closed" in ring_problems(clockwise[:-1])
    assert "a position repeated in a row" in ring_problems([(0.0, 0.0), (1.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)])


def test_rounding_drops_points_that_become_equal():
    assert rounded([(0.0, 0.0), (0.0001, 0.0002), (1.23456, 2.0), (0.0, 0.0)], 3) == [
        (0.0, 0.0),
        (1.235, 2.0),
        (0.0, 0.0),
    ]


def test_source_rings_are_keyed_by_two_digit_code_without_closing_or_repeated_points():
    document = json.loads(
        '{"Oriental": {"libelle_fr": "Oriental", "code_reg": "2", "Coordinates": '
        '[["-2.0", "-1.0", "-1.0", "-1.0", "-2.0"], ["34.0", "34.0", "34.0", "35.0", "34.0"]]}}'
    )
    assert source_rings(document) == {"02": [(-2.0, 34.0), (-1.0, 34.0), (-1.0, 35.0)]}
