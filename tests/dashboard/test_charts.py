import plotly.graph_objects as go
import pytest

from dashboard import charts
from dashboard.selectors import metric_countable_queryset, metric_year_series, regions_with_coordinates
from tests.factories import ArticleFactory, MetricFactory, region

pytestmark = pytest.mark.django_db


def link(indicator, region_slug, year):
    return f"/metrics/?indicator={indicator}&region={region_slug or 'national'}&year={year}"


@pytest.fixture
def series():
    article = ArticleFactory()
    MetricFactory(article=article, year=2010, value=40000)
    MetricFactory(article=article, year=2011, value=45000)
    MetricFactory(article=article, year=2011, value=44000)  # same year, lower: the top one is charted
    MetricFactory(article=article, year=2011, value=300, region=region("souss-massa"))
    MetricFactory(article=article, year=2011, value=4500000000, unit="MAD", indicator="revenue")
    MetricFactory(article=article, year=2011, value=400000000, unit="EUR", indicator="revenue")
    return metric_year_series(metric_countable_queryset(), ["employment", "revenue"])


def test_aggregation_is_done_by_the_database(series, django_assert_num_queries):
    with django_assert_num_queries(1):
        metric_year_series(metric_countable_queryset(), ["employment", "revenue"])
    national = series["employment"].national()
    assert [(p.year, p.value, p.figures) for p in national] == [(2010, 40000, 1), (2011, 45000, 2)]


def test_other_units_are_counted_not_mixed(series):
    revenue = series["revenue"]
    assert len(revenue.points) == 1
    assert revenue.unit == "EUR"  # a tie: the first unit alphabetically, so the choice is stable
    assert revenue.other_unit_figures == 1 and revenue.other_units == ["MAD"]


def test_figures_are_valid_plotly(series):
    names = {"souss-massa": "Souss-Massa"}
    regions = regions_with_coordinates()
    figures = [
        charts.years_figure(series["employment"], names, link),
        charts.latest_by_region_figure(series["employment"], names, link),
        charts.map_figure(series["employment"], regions, link),
        charts.years_figure(series["revenue"], names, link),
    ]
    for figure in figures:
        go.Figure(figure)  # raises on any property plotly does not know


def test_points_link_to_the_rows_behind_them(series):
    figure = charts.years_figure(series["employment"], {"souss-massa": "Souss-Massa"}, link)
    national, souss = figure["data"]
    assert national["customdata"] == [link("employment", None, 2010), link("employment", None, 2011)]
    assert souss["customdata"] == [link("employment", "souss-massa", 2011)]


def test_money_axis_is_scaled(series):
    figure = charts.years_figure(series["revenue"], {}, link)
    trace = figure["data"][0]
    assert trace["y"] == [400.0]  # 400 million EUR
    assert "EUR" in figure["layout"]["yaxis"]["title"]["text"]


def test_map_shows_all_twelve_regions(series):
    figure = charts.map_figure(series["employment"], regions_with_coordinates(), link)
    outlines = [t for t in figure["data"] if t.get("fill") == "toself"]
    assert len(outlines) == 12
    names = {t["name"] for t in outlines}
    assert {"Laâyoune-Sakia El Hamra", "Dakhla-Oued Ed-Dahab"} <= names
    markers = [t for t in figure["data"] if t["mode"] == "markers"]
    assert sum(len(t["x"]) for t in markers) == 12  # one bubble or hollow circle per region
    # No geo subplot: nothing for plotly.js to fetch from a CDN.
    assert all(t["type"] == "scatter" for t in figure["data"])
    assert "geo" not in figure["layout"]
    south = min(min(t["y"]) for t in outlines)
    assert south < 21.5  # down to Lagouira


def test_empty_series_give_empty_figures():
    empty = metric_year_series(metric_countable_queryset(), ["employment"])["employment"]
    assert charts.years_figure(empty, {}, link)["data"] == []
    assert len(charts.map_figure(empty, regions_with_coordinates(), link)["data"]) == 13  # outlines + hollow
