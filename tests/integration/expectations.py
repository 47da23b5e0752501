"""What the database must hold after a batch survived a failure: the rows of one clean parse."""

from collections import Counter

from django.db.models import Count

from offshoring.extraction import extract
from offshoring.models import Article, EventMention, Metric, OrganisationMention
from offshoring.services.parse import metric_fingerprint


def expected_rows(files) -> tuple[Counter, Counter, Counter]:
    """Metrics, organisations and events per file that a clean parse writes (the extractor called directly)."""
    metrics, organisations, events = Counter(), Counter(), Counter()
    for name, data in files:
        result = extract(data, filename=name)
        metrics[name] = len(
            {metric_fingerprint(indicator=m.indicator, value=m.value, start=m.start, end=m.end) for m in result.metrics}
        )
        organisations[name] = len({o.name for o in result.organisations})
        events[name] = len(result.events)
    return metrics, organisations, events


def assert_rows_of_one_clean_parse(files) -> None:
    """Every article's metrics, organisation and event mentions are those of one parse: none lost or doubled."""
    names = dict(Article.objects.values_list("id", "raw_filename"))
    assert sorted(names.values()) == sorted(name for name, _ in files)
    metrics, organisations, events = expected_rows(files)
    by_article = dict(Article.objects.annotate(n=Count("metrics")).values_list("id", "n"))
    assert {names[i]: n for i, n in by_article.items()} == dict(metrics)
    assert Metric.objects.count() == sum(metrics.values())
    assert Metric.objects.values("article_id", "fingerprint").distinct().count() == Metric.objects.count()
    org_counts = Counter(dict(OrganisationMention.objects.values_list("article_id").annotate(n=Count("id"))))
    assert {names[i]: org_counts.get(i, 0) for i in names} == {name: organisations[name] for name in names.values()}
    assert EventMention.objects.count() == sum(events.values())
    assert EventMention.objects.values("article_id", "event_id").distinct().count() == EventMention.objects.count()
