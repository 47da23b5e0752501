import pytest
from django.http import QueryDict

from dashboard.filters import ArticleFilterSet, EventFilterSet, MetricFilterSet, OrganisationFilterSet
from dashboard.selectors import metric_countable_queryset
from offshoring.models import Article, Event, Metric, Organisation
from tests.factories import ArticleFactory, MetricFactory, OrganisationFactory, city, region

pytestmark = pytest.mark.django_db


def metrics(query: str) -> set[int]:
    filterset = MetricFilterSet(QueryDict(query), queryset=metric_countable_queryset())
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("pk", flat=True))


@pytest.fixture
def sample():
    eco = ArticleFactory(outlet="Les ECO")
    other = ArticleFactory(outlet="Libération", title="Tanger")
    webhelp = OrganisationFactory(name="Webhelp")
    return {
        "souss": MetricFactory(
            article=eco, region=region("souss-massa"), city=city("agadir"), year=2011, qualifier="less_than", value=300
        ),
        "national": MetricFactory(article=eco, indicator="positions", unit="seats", year=2011, qualifier="more_than"),
        "oriental": MetricFactory(
            article=other,
            region=region("oriental"),
            year=2019,
            indicator="students",
            organisation=webhelp,
            review_state="confirmed",
            sentence="115.000 étudiants",
        ),
        "no_year": MetricFactory(article=other, year=None, year_source="none"),
        "rejected": MetricFactory(article=eco, review_state="rejected"),
        "duplicate": MetricFactory(article=ArticleFactory(duplicate_of=eco)),
    }


def ids(sample, *names):
    return {sample[name].pk for name in names}


def test_countable_rule_excludes_rejected_and_duplicates(sample):
    assert metrics("") == ids(sample, "souss", "national", "oriental", "no_year")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=souss-massa", ("souss",)),
        ("region=national", ("national", "no_year")),
        ("region=national&region=oriental", ("national", "no_year", "oriental")),
        ("indicator=positions&indicator=students", ("national", "oriental")),
        ("city=agadir", ("souss",)),
        ("year_min=2012", ("oriental",)),
        ("year_min=2011&year_max=2011", ("souss", "national")),
        ("year_missing=true", ("no_year",)),
        ("qualifier=more_than", ("national",)),
        ("review_state=confirmed", ("oriental",)),
        ("outlet=libé", ("oriental", "no_year")),
        ("q=étudiants", ("oriental",)),
        ("q=tanger", ()),  # the search reads evidence sentences, not article titles (that is /articles/)
        ("q=115.000", ("oriental",)),
        ("organisation_name=webhelp", ("oriental",)),
    ],
)
def test_metric_filters(sample, query, expected):
    assert metrics(query) == ids(sample, *expected)


def test_organisation_by_id(sample):
    assert metrics(f"organisation={sample['oriental'].organisation_id}") == ids(sample, "oriental")


def test_ordering(sample):
    filterset = MetricFilterSet(QueryDict("o=-value"), queryset=metric_countable_queryset())
    values = list(filterset.qs.values_list("value", flat=True))
    assert values == sorted(values, reverse=True)


def test_every_metric_field_analysts_filter_on_has_a_filter():
    # NetBox's contract test: the list of filters, all present.
    expected = {
        "indicator",
        "region",
        "city",
        "year_min",
        "year_max",
        "organisation",
        "organisation_name",
        "qualifier",
        "review_state",
        "outlet",
        "q",
    }
    assert expected <= set(MetricFilterSet.base_filters)


def test_other_filtersets(sample):
    assert ArticleFilterSet(QueryDict("outlet=eco"), queryset=Article.objects.all()).qs.count() == 2
    assert ArticleFilterSet(QueryDict("duplicates=true"), queryset=Article.objects.all()).qs.count() == 1
    assert OrganisationFilterSet(QueryDict("q=webhelp"), queryset=Organisation.objects.all()).qs.get().name == "Webhelp"
    assert EventFilterSet(QueryDict("region=oriental"), queryset=Event.objects.all()).qs.count() == 0
    assert Metric.objects.count() == 6
