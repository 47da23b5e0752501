"""The committed region outlines (built by scripts/build_region_geojson.py) and how the map reads them."""

import json

import plotly.graph_objects as go
import pytest

from dashboard import charts
from offshoring.extraction.reference import REGION_CODES, REGIONS
from scripts.build_region_geojson import crossing_edges, near, ring_problems

DOCUMENT = json.loads(charts.GEOJSON_PATH.read_text(encoding="utf-8"))
FEATURES = DOCUMENT["features"]


def rings_of(feature: dict) -> list[list[tuple[float, float]]]:
    geometry = feature["geometry"]
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [[tuple(point) for point in ring] for polygon in polygons for ring in polygon]


def test_the_file_stays_small():
    assert charts.GEOJSON_PATH.stat().st_size <= 150_000


def test_the_twelve_regions_carry_the_projects_slugs_names_and_hcp_codes():
    assert DOCUMENT["type"] == "FeatureCollection"
    properties = [feature["properties"] for feature in FEATURES]
    assert [(p["slug"], p["name"]) for p in properties] == [(r.slug, r.name) for r in REGIONS]
    assert {p["slug"]: p["code"] for p in properties} == REGION_CODES


@pytest.mark.parametrize("feature", FEATURES, ids=lambda f: f["properties"]["slug"])
def test_each_region_is_a_polygon_of_valid_closed_rings(feature):
    assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    for ring in rings_of(feature):
        assert ring_problems(ring) == []  # closed, 4 positions or more, no repeat, counter-clockwise
        assert all(round(value, 3) == value for point in ring for value in point)


def test_no_two_edges_of_the_map_cross():
    """No ring crosses itself and no two regions overlap: shared borders were simplified once."""
    assert crossing_edges([ring for feature in FEATURES for ring in rings_of(feature)]) == []


def test_each_capital_lies_in_its_own_region():
    by_slug = {feature["properties"]["slug"]: rings_of(feature) for feature in FEATURES}
    for region in REGIONS:
        assert any(near(ring, (region.longitude, region.latitude)) for ring in by_slug[region.slug]), region.name


def test_the_map_draws_one_outline_trace_per_region():
    outlines = charts.region_outlines()
    assert [name for name, _, _ in outlines] == [region.name for region in REGIONS]
    lons = [lon for _, region_lons, _ in outlines for lon in region_lons if lon is not None]
    lats = [lat for _, _, region_lats in outlines for lat in region_lats if lat is not None]
    assert -17.2 < min(lons) and max(lons) < -0.9  # from the Atlantic at Lagouira to Figuig
    assert min(lats) < 21 and max(lats) > 35.9  # from Lagouira to the Strait


def test_a_multipolygon_becomes_one_trace_broken_by_none():
    island = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]
    mainland = [[2.0, 0.0], [4.0, 0.0], [4.0, 2.0], [2.0, 0.0]]
    lons, lats = charts.geometry_outline({"type": "MultiPolygon", "coordinates": [[island], [mainland]]})
    assert lons == (0.0, 1.0, 1.0, 0.0, None, 2.0, 4.0, 4.0, 2.0)
    assert lats == (0.0, 0.0, 1.0, 0.0, None, 0.0, 0.0, 2.0, 0.0)
    go.Scatter(x=lons, y=lats, fill="toself")  # plotly accepts the gaps


def test_a_polygon_with_a_hole_outlines_both_rings():
    outer = [[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]]
    hole = [[1.0, 1.0], [1.0, 2.0], [2.0, 2.0], [1.0, 1.0]]
    lons, _ = charts.geometry_outline({"type": "Polygon", "coordinates": [outer, hole]})
    assert lons.count(None) == 1 and len(lons) == len(outer) + len(hole) + 1
