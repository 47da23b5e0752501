"""Plotly figures built from selector output, as plain dicts ready for a json_script island.

The figures are plain dicts of the plotly.js schema rather than plotly.graph_objects: validating
graph objects costs tens of milliseconds per page, and the schema is checked by the tests instead
(tests/dashboard/test_charts.py builds a go.Figure from each dict).

Every point carries in `customdata` the URL of the metrics table filtered to the rows behind it;
static/dashboard/js/dashboard.js opens it on click.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from django.utils.translation import gettext as _

from offshoring.choices import Indicator, Unit

from .formatting import MONEY_UNITS, format_figure, plotly_separators
from .selectors import IndicatorSeries, SeriesPoint

# (indicator, region slug or None for national, year or None for all years) → table URL
LinkBuilder = Callable[[str, str | None, int | None], str]

GEOJSON_PATH = Path(__file__).parent / "static" / "dashboard" / "geo" / "morocco-regions.geojson"
NATIONAL_COLOUR = "#0b6e4f"
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#d62728",
    "#2ca02c",
    "#393b79",
    "#637939",
)
FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13, "color": "#1d2733"}


def indicator_label(indicator: str) -> str:
    return str(dict(Indicator.choices).get(indicator, indicator))


def value_scale(unit: str | None, largest: float) -> tuple[float, str]:
    """Divide money so the axis reads "4,5" with the title "Md MAD", not "4500000000"."""
    if unit in MONEY_UNITS:
        if largest >= 1e9:
            return 1e9, _("billion %(unit)s") % {"unit": unit}
        if largest >= 1e6:
            return 1e6, _("million %(unit)s") % {"unit": unit}
        return 1, unit
    if unit == "percent":
        return 1, "%"
    return 1, str(dict(Unit.choices).get(unit, unit or ""))


def base_layout(**extra) -> dict:
    layout = {
        "font": FONT,
        "separators": plotly_separators(),
        "margin": {"l": 60, "r": 20, "t": 10, "b": 40},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "#ffffff",
        "hoverlabel": {"align": "left"},
        "legend": {"orientation": "h", "y": -0.18},
        "height": 340,
    }
    layout.update(extra)
    return layout


def _point_figure(point: SeriesPoint) -> str:
    return format_figure(point.value, point.unit, point.qualifier, point.period, kind=point.kind)


def _hover_text(point: SeriesPoint) -> str:
    figures = _("%(count)s figure(s)") % {"count": point.figures}
    return f"{_point_figure(point)}<br>{point.year} · {figures}"


def _year_axis(points: list[SeriesPoint]) -> dict:
    years = [p.year for p in points]
    axis: dict = {"tickformat": "d", "gridcolor": "#eef1f4", "title": {"text": _("Year")}}
    if years and max(years) - min(years) <= 12:
        axis.update({"dtick": 1, "range": [min(years) - 0.5, max(years) + 0.5]})
    return axis


def years_figure(series: IndicatorSeries, region_names: dict[str, str], link: LinkBuilder) -> dict:
    """The indicator across years: one line for the national figures, one per region."""
    divisor, unit_title = value_scale(series.unit, max((p.value for p in series.points), default=0))
    traces = []
    groups: list[tuple[str | None, list[SeriesPoint]]] = [(None, series.national())]
    groups += sorted(series.by_region().items(), key=lambda item: region_names.get(item[0], item[0]))
    for index, (slug, points) in enumerate(groups):
        if not points:
            continue
        name = region_names.get(slug, slug) if slug else _("Morocco (national)")
        colour = NATIONAL_COLOUR if slug is None else PALETTE[index % len(PALETTE)]
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": name,
                "x": [p.year for p in points],
                "y": [p.value / divisor for p in points],
                "text": [_hover_text(p) for p in points],
                "customdata": [link(series.indicator, slug, p.year) for p in points],
                "hovertemplate": "%{text}<extra>" + name.replace("%", "%%") + "</extra>",
                "line": {"color": colour, "width": 3 if slug is None else 2},
                "marker": {"size": 9 if slug is None else 7, "color": colour},
            }
        )
    layout = base_layout(
        xaxis=_year_axis(series.points),
        yaxis={"title": {"text": unit_title}, "rangemode": "tozero", "gridcolor": "#eef1f4"},
    )
    return {"data": traces, "layout": layout}


def latest_by_region_figure(series: IndicatorSeries, region_names: dict[str, str], link: LinkBuilder) -> dict:
    """The latest value of each region, one horizontal bar per region (year shown in the label)."""
    latest = sorted(series.latest_by_region().items(), key=lambda item: item[1].value)
    divisor, unit_title = value_scale(series.unit, max((p.value for _slug, p in latest), default=0))
    trace = {
        "type": "bar",
        "orientation": "h",
        "x": [p.value / divisor for _slug, p in latest],
        "y": [f"{region_names.get(slug, slug)} ({p.year})" for slug, p in latest],
        "text": [format_figure(p.value, p.unit, p.qualifier, p.period, kind=p.kind) for _slug, p in latest],
        "textposition": "auto",
        "customdata": [link(series.indicator, slug, p.year) for slug, p in latest],
        "hovertemplate": "%{y}<br>%{text}<extra></extra>",
        "marker": {"color": NATIONAL_COLOUR},
    }
    layout = base_layout(
        xaxis={"title": {"text": unit_title}, "gridcolor": "#eef1f4"},
        yaxis={"automargin": True},
        height=max(220, 60 + 34 * len(latest)),
        margin={"l": 10, "r": 20, "t": 10, "b": 40},
        showlegend=False,
    )
    return {"data": [trace], "layout": layout}


def geometry_outline(geometry: dict) -> tuple[tuple[float | None, ...], tuple[float | None, ...]]:
    """(longitudes, latitudes) of every ring of a GeoJSON Polygon or MultiPolygon, rings separated by None:
    plotly.js breaks the line there, and `fill: toself` fills each piece on its own."""
    polygons = {"Polygon": [geometry["coordinates"]], "MultiPolygon": geometry["coordinates"]}[geometry["type"]]
    lons: list[float | None] = []
    lats: list[float | None] = []
    for ring in (ring for polygon in polygons for ring in polygon):
        if lons:
            lons.append(None)
            lats.append(None)
        lons += (point[0] for point in ring)
        lats += (point[1] for point in ring)
    return tuple(lons), tuple(lats)


@lru_cache(maxsize=1)
def region_outlines() -> tuple[tuple[str, tuple[float | None, ...], tuple[float | None, ...]], ...]:
    """(name, longitudes, latitudes) of each region's outline, from the committed GeoJSON (one trace per region)."""
    document = json.loads(GEOJSON_PATH.read_text(encoding="utf-8"))
    return tuple(
        (feature["properties"]["name"], *geometry_outline(feature["geometry"])) for feature in document["features"]
    )


def map_figure(series: IndicatorSeries, regions: list, link: LinkBuilder) -> dict:
    """Morocco's 12 regions, one bubble per region at its capital, sized by the latest value.

    Drawn as plain x/y scatter traces over longitude and latitude with the outlines from a committed
    GeoJSON: plotly.js geo traces would fetch their base map from a CDN, and this page must work offline.
    """
    traces: list[dict] = [
        {
            "type": "scatter",
            "mode": "lines",
            "x": list(lons),
            "y": list(lats),
            "fill": "toself",
            "fillcolor": "#eef3f0",
            "line": {"color": "#9fb3a8", "width": 1},
            "hoverinfo": "skip",
            "showlegend": False,
            "name": name,
        }
        for name, lons, lats in region_outlines()
    ]
    latest = series.latest_by_region()
    largest = max((p.value for p in latest.values()), default=0)
    with_data = [r for r in regions if r.slug in latest]
    without = [r for r in regions if r.slug not in latest]
    if with_data:
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": indicator_label(series.indicator),
                "x": [r.longitude for r in with_data],
                "y": [r.latitude for r in with_data],
                # Area, not radius, proportional to the value.
                "marker": {
                    "size": [12 + 38 * math.sqrt(latest[r.slug].value / largest) if largest else 12 for r in with_data],
                    "color": NATIONAL_COLOUR,
                    "opacity": 0.75,
                    "line": {"color": "#ffffff", "width": 1},
                },
                "text": [f"{r.name}<br>{_point_figure(latest[r.slug])} ({latest[r.slug].year})" for r in with_data],
                "customdata": [link(series.indicator, r.slug, None) for r in with_data],
                "hovertemplate": "%{text}<extra></extra>",
                "showlegend": False,
            }
        )
    if without:
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": _("no figure"),
                "x": [r.longitude for r in without],
                "y": [r.latitude for r in without],
                "marker": {"size": 8, "color": "#b8c2cc", "symbol": "circle-open", "line": {"width": 2}},
                "text": [f"{r.name}<br>{_('no figure for these filters')}" for r in without],
                "customdata": [link(series.indicator, r.slug, None) for r in without],
                "hovertemplate": "%{text}<extra></extra>",
                "showlegend": False,
            }
        )
    hidden = {"visible": False, "showgrid": False, "zeroline": False}
    layout = base_layout(
        # Longitude degrees are shorter than latitude degrees at Morocco's latitudes (cos 29° ≈ 0.87).
        xaxis={**hidden, "range": [-17.6, -0.8]},
        yaxis={**hidden, "range": [20.4, 36.2], "scaleanchor": "x", "scaleratio": 1.15},
        plot_bgcolor="rgba(0,0,0,0)",
        height=520,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        showlegend=False,
        dragmode="pan",
    )
    return {"data": traces, "layout": layout}
