"""Every page renders with the demo data and with an empty database."""

import pytest
from django.urls import reverse

from dashboard.models import SavedFilter
from offshoring.models import Article, Event, Metric, Organisation

pytestmark = pytest.mark.django_db

LIST_PAGES = ["/", "/metrics/", "/regions/", "/articles/", "/organisations/", "/events/", "/saved/"]


def detail_pages():
    article = Article.objects.order_by("pk").first()
    return [
        "/regions/souss-massa/",
        "/regions/dakhla-oued-ed-dahab/",
        f"/articles/{article.pk}/",
        f"/organisations/{Organisation.objects.get(name='AMRC').pk}/",
        f"/events/{Event.objects.first().pk}/",
    ]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_renders_with_data(demo, analyst_client, language):
    analyst_client.cookies["django_language"] = language
    for url in LIST_PAGES + detail_pages():
        response = analyst_client.get(url)
        assert response.status_code == 200, url
        assert f'lang="{language}"' in response.content.decode()


def test_every_page_renders_empty(analyst_client):
    for url in [*LIST_PAGES, "/regions/souss-massa/"]:
        response = analyst_client.get(url)
        assert response.status_code == 200, url
    assert "Rien pour l'instant." in analyst_client.get("/metrics/").content.decode()
    analyst_client.cookies["django_language"] = "en"
    assert "Nothing here yet." in analyst_client.get("/metrics/").content.decode()


def test_filter_forms_show_their_fields(analyst_client):
    for url, field in (("/metrics/", "id_region"), ("/articles/", "id_outlet"), ("/", "id_year_min")):
        assert f'id="{field}"' in analyst_client.get(url).content.decode(), url


def test_french_is_the_default(demo, analyst_client):
    html = analyst_client.get("/").content.decode()
    assert 'lang="fr"' in html
    assert "Vue d'ensemble" in html and "Emploi, national" in html
    assert "45\u202f000" in html  # the headline, French style
    assert "4,5\u00a0Md\u00a0MAD" in html


def test_overview_headlines_link_their_source(demo, analyst_client):
    response = analyst_client.get("/")
    employment = response.context["headlines"][0][1]
    assert employment.value == 45000
    assert f"/articles/{employment.article_id}/?metric={employment.pk}#evidence" in response.content.decode()


def test_overview_counts_figures_without_a_year(demo, analyst_client):
    response = analyst_client.get("/")
    no_year = Metric.objects.filter(year__isnull=True, indicator__in=["employment", "revenue"]).count()
    assert no_year > 0
    assert response.context["without_year"] == no_year
    assert "year_missing=true" in response.context["without_year_url"]


def test_metrics_table_filters_to_souss_massa_2011(demo, analyst_client):
    response = analyst_client.get("/metrics/", {"region": "souss-massa"})
    html = response.content.decode()
    assert response.context["paginator"].count == 2
    assert "moins de 300\u00a0personnes" in html
    assert "objectif : 3\u202f500\u00a0personnes" in html


def test_evidence_sentence_is_highlighted_and_escaped(analyst_client):
    from tests.factories import ArticleFactory, MetricFactory

    article = ArticleFactory(text="<script>alert(1)</script> Le secteur emploie 45.000 personnes au Maroc. Fin.")
    metric = MetricFactory(article=article)
    html = analyst_client.get(f"/articles/{article.pk}/", {"metric": metric.pk}).content.decode()
    assert '<mark id="evidence" data-testid="evidence">Le secteur emploie 45.000 personnes au Maroc.</mark>' in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_highlight_survives_shifted_offsets(analyst_client):
    from tests.factories import ArticleFactory, MetricFactory

    article = ArticleFactory(text="Intro. Le secteur emploie 45.000 personnes au Maroc.")
    metric = MetricFactory(article=article, start=0, end=5)
    response = analyst_client.get(f"/articles/{article.pk}/", {"metric": metric.pk})
    assert response.context["parts"][1] == metric.sentence


def test_reviewers_confirm_or_reject_figures_on_the_article_page(analyst_client, admin_client_):
    from tests.factories import ArticleFactory, MetricFactory

    article = ArticleFactory()
    metric = MetricFactory(article=article)
    review_url = reverse("admin:offshoring_metric_review", args=[metric.pk])
    page = f"/articles/{article.pk}/"

    html = analyst_client.get(page).content.decode()
    assert review_url not in html and "review.js" not in html  # analysts read; admins review

    html = admin_client_.get(page, {"metric": metric.pk}).content.decode()
    form = html[html.index('<form method="post" class="review-form">') :]
    form = form[: form.index("</form>")]
    assert "csrfmiddlewaretoken" in form and f'name="next" value="{page}?metric={metric.pk}"' in form
    assert f'formaction="{review_url}"' in form and 'value="confirmed"' in form and 'value="rejected"' in form
    assert reverse("admin:offshoring_metric_change", args=[metric.pk]) in form
    assert "offshoring/review.js" in html

    response = admin_client_.post(review_url, {"review_state": "rejected", "next": f"{page}?metric={metric.pk}"})
    assert response.status_code == 302 and response["Location"] == f"{page}?metric={metric.pk}"
    metric.refresh_from_db()
    assert metric.review_state == "rejected"


def test_saved_filter_round_trip(analyst_client):
    query = "region=souss-massa&year_min=2011"
    response = analyst_client.post("/saved/", {"name": "Souss 2011", "path": "/metrics/", "query": query})
    assert response.status_code == 302
    saved = SavedFilter.objects.get(name="Souss 2011")
    assert saved.get_absolute_url() == f"/metrics/?{query}"
    assert f"/metrics/?{query}".replace("&", "&amp;") in analyst_client.get("/saved/").content.decode()
    assert analyst_client.post(f"/saved/{saved.pk}/delete/").status_code == 302
    assert not SavedFilter.objects.exists()


def test_saved_filter_refuses_foreign_paths(analyst_client):
    for path in ("https://evil.example/", "//evil.example/", "/admin/"):
        analyst_client.post("/saved/", {"name": "x", "path": path, "query": ""})
    assert not SavedFilter.objects.exists()


def test_columns_are_chosen_in_the_url(demo, analyst_client):
    response = analyst_client.get("/metrics/", {"columns": ["year", "figure"]})
    assert [str(h["label"]) for h in response.context["headers"]] == ["Année", "Chiffre"]


def test_sorting_and_paging_in_the_url(demo, analyst_client):
    response = analyst_client.get("/metrics/", {"o": "-value", "indicator": "employment", "per_page": 25})
    values = [row["value"] for row in response.context["page_obj"].object_list.values("value")]
    assert values == sorted(values, reverse=True)


def test_chart_click_targets_open_the_rows_behind_the_point(demo, analyst_client):
    charts = analyst_client.get("/").context["charts"]
    url = charts["years-employment"]["data"][0]["customdata"][0]
    assert url.startswith(reverse("dashboard:metrics"))
    response = analyst_client.get(url)
    assert response.context["paginator"].count == 1
    assert response.context["page_obj"].object_list.get().value == 300


def test_overview_follows_the_filters(demo, analyst_client):
    response = analyst_client.get("/", {"region": "souss-massa", "show": "jobs_target"})
    assert response.context["headlines"][0][1] is None  # no national figure in Souss-Massa
    latest = response.context["charts"]["latest"]["data"][0]
    assert latest["text"] == ["objectif : 3\u202f500\u00a0personnes"]
    assert "region=souss-massa" in latest["customdata"][0]
    assert "indicator=jobs_target" in latest["customdata"][0]


def test_region_organisations_are_those_of_its_articles_and_figures_most_cited_first():
    from dashboard.selectors import region_organisations
    from offshoring.models import OrganisationMention, PlaceMention
    from tests.factories import ArticleFactory, MetricFactory, OrganisationFactory, city, region

    x, y, z, w = (OrganisationFactory(name=name) for name in ("Xéna", "Yuma", "Zénith", "Wafa"))
    in_region, in_city, elsewhere = (ArticleFactory(text=f"Texte {n}") for n in range(3))
    PlaceMention.objects.create(article=in_region, region=region("souss-massa"))
    PlaceMention.objects.create(article=in_city, city=city("agadir"))
    PlaceMention.objects.create(article=elsewhere, region=region("oriental"))
    for article, organisation in ((in_region, x), (in_city, x), (in_city, y), (elsewhere, z)):
        OrganisationMention.objects.create(article=article, organisation=organisation)
    MetricFactory(article=elsewhere, region=region("souss-massa"), organisation=w)

    found = region_organisations(region("souss-massa"))
    assert [(o.name, o.articles) for o in found] == [("Xéna", 2), ("Yuma", 1), ("Wafa", 0)]
