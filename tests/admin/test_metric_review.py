"""Reviewing figures where they are shown: the metric list, the review endpoint, the change form, the history."""

import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from offshoring.models import Metric
from tests.factories import ArticleFactory, MetricFactory, UserFactory, region

pytestmark = pytest.mark.django_db

LIST_URL = reverse("admin:offshoring_metric_changelist")


def review_url(metric):
    return reverse("admin:offshoring_metric_review", args=[metric.pk])


@pytest.fixture
def reviewer(client):
    user = UserFactory(username="reviewer", group="admins", is_staff=True)
    client.force_login(user)
    client.user = user
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def metric():
    article = ArticleFactory(
        title="Offshoring : 40 millions d'euros",
        text="Offshoring. Le chiffre d'affaires a atteint 40 millions d'euros en 2012, contre 35 en 2011.",
    )
    metric = MetricFactory(
        article=article,
        indicator="revenue",
        value=Decimal("40000000"),
        unit="EUR",
        year=2012,
        sentence="Le chiffre d'affaires a atteint 40 millions d'euros en 2012, contre 35 en 2011.",
        rule="money.revenue_noun",
        confidence=0.62,
    )
    metric.history.all().delete()  # as the parser writes metrics: in bulk, without history rows
    return metric


def test_the_list_shows_the_figure_in_its_sentence_with_the_review_buttons(reviewer, metric):
    content = reviewer.get(LIST_URL, {"queue": "todo"}).content.decode()
    row = re.search(r'<tr>.*?class="field-article_link".*?</tr>', content, re.DOTALL).group(0)
    assert '<mark class="figure">40 millions d&#x27;euros</mark> en 2012' in row  # the figure, not the year
    assert "40\u00a0M\u00a0EUR" in row and "40000000" not in row  # formatted, never "40000000,0000"
    assert "money.<wbr>revenue_noun" in row and "62\u202f%" in row and "Not reviewed" in row
    assert f'formaction="{review_url(metric)}"' in row
    assert 'value="confirmed"' in row and 'value="rejected"' in row
    assert reverse("admin:offshoring_metric_change", args=[metric.pk]) in row
    assert f'name="next" value="{LIST_URL}?queue=todo"' in content
    assert "offshoring/review.js" in content and "offshoring/admin.css" in content
    assert 'value="delete_selected"' not in content  # reject, don't delete: a re-parse would bring it back


def test_confirm_then_reject_from_the_list_answers_json_and_keeps_the_history(reviewer, metric):
    answer = reviewer.post(review_url(metric), {"review_state": "confirmed"}, HTTP_ACCEPT="application/json")
    assert answer.status_code == 200
    data = json.loads(answer.content)
    assert (data["state"], data["label"], data["message"]) == ("confirmed", "Confirmed", "Figure confirmed.")
    assert data["history_url"] == reverse("admin:offshoring_metric_history", args=[metric.pk])
    metric.refresh_from_db()
    assert (metric.review_state, metric.reviewed_by) == ("confirmed", reviewer.user)

    reviewer.post(review_url(metric), {"review_state": "rejected"}, HTTP_ACCEPT="application/json")
    metric.refresh_from_db()
    assert metric.review_state == "rejected"
    # The figure as extracted, then each review: the history can say what changed.
    assert list(metric.history.order_by("history_id").values_list("history_type", "review_state")) == [
        ("+", "auto"),
        ("~", "confirmed"),
        ("~", "rejected"),
    ]
    history = reviewer.get(data["history_url"]).content.decode()
    assert "Review</strong> : Not reviewed → Confirmed" in history
    assert "Review</strong> : Confirmed → Rejected" in history
    assert "Extracted from the article" in history and "reviewer" in history
    assert "review: confirmed" not in history  # no raw codes


def test_without_javascript_the_button_brings_the_reviewer_back(reviewer, metric):
    back = f"{LIST_URL}?queue=todo"
    response = reviewer.post(review_url(metric), {"review_state": "rejected", "next": back})
    assert response.status_code == 302 and response["Location"] == back
    assert "Figure rejected: it is no longer counted." in reviewer.get(back).content.decode()
    response = reviewer.post(review_url(metric), {"review_state": "auto", "next": "https://evil.example/x"})
    assert response["Location"] == LIST_URL  # never away from the site
    metric.refresh_from_db()
    assert metric.review_state == "auto"


def test_the_review_endpoint_refuses_what_is_not_a_review(reviewer, client, metric):
    assert reviewer.get(review_url(metric)).status_code == 405
    assert reviewer.post(review_url(metric), {"review_state": "edited"}).status_code == 400
    assert (
        reviewer.post(
            reverse("admin:offshoring_metric_review", args=[999999]), {"review_state": "confirmed"}
        ).status_code
        == 404
    )
    analyst = UserFactory(username="analyst-staff", group="analysts", is_staff=True)
    client.force_login(analyst)
    assert client.post(review_url(metric), {"review_state": "confirmed"}).status_code == 403
    client.logout()
    assert client.post(review_url(metric), {"review_state": "confirmed"}).status_code == 302  # to the login page
    metric.refresh_from_db()
    assert metric.review_state == "auto" and not metric.history.exists()


def test_the_change_form_reviews_reads_values_and_offers_no_dangerous_widgets(reviewer, metric):
    metric.region = region("souss-massa")
    metric.save()
    content = reviewer.get(reverse("admin:offshoring_metric_change", args=[metric.pk])).content.decode()
    assert '<mark class="figure">40 millions d&#x27;euros</mark>' in content
    assert f'formaction="{review_url(metric)}"' in content
    assert re.search(r'name="value" value="40000000"', content)  # not 40000000.0000
    for widget in ("delete_id_region", "change_id_region", "add_id_region", "view_id_city", "add_id_organisation"):
        assert f'id="{widget}"' not in content, widget
    assert "deletelink" not in content
    assert f"?metric={metric.pk}#evidence" in content  # the sentence in its article


def test_an_edit_says_what_changed_in_words(reviewer, metric):
    change_url = reverse("admin:offshoring_metric_change", args=[metric.pk])
    form = reviewer.get(change_url).context["adminform"].form
    data = {name: form.initial.get(name) for name in form.fields}
    data = {name: ("" if value is None else value) for name, value in data.items()}
    data.update(value="45000000", kind="target")
    response = reviewer.post(change_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    metric.refresh_from_db()
    assert metric.review_state == "edited" and metric.value == Decimal("45000000")
    history = reviewer.get(reverse("admin:offshoring_metric_history", args=[metric.pk])).content.decode()
    assert "Value</strong> : 40,000,000 → 45,000,000" in history
    assert "Kind</strong> : actual → target" in history
    assert "Corrected" in history


def test_the_review_buttons_say_which_is_pressed(reviewer, metric):
    Metric.objects.filter(pk=metric.pk).update(review_state="confirmed")
    content = reviewer.get(LIST_URL).content.decode()
    confirm = re.search(r'<button[^>]*data-review-button="confirmed"[^>]*>', content).group(0)
    reject = re.search(r'<button[^>]*data-review-button="rejected"[^>]*>', content).group(0)
    assert 'aria-pressed="true"' in confirm and 'value="auto"' in confirm  # pressing it again undoes it
    assert 'aria-pressed="false"' in reject and 'value="rejected"' in reject
