"""The admin speaks French, the product's default language: every field label, every choice, every page."""

import re

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation

from tests.factories import MetricFactory, UserFactory

pytestmark = pytest.mark.django_db

# Words French writes as English does.
SAME_IN_BOTH = {
    "latitude",
    "longitude",
    "article",
    "articles",
    "date",
    "organisation",
    "URL",
    "MAD",
    "EUR",
    "USD",
    "%",
    "Association",
    "Sites",
    "sites",
}


def offshoring_fields():
    for model in apps.get_app_config("offshoring").get_models():
        if model.__name__.startswith("Historical"):
            continue
        for field in model._meta.get_fields():
            if not field.auto_created and hasattr(field, "verbose_name"):
                yield model, field


def in_both(text) -> tuple[str, str]:
    with translation.override("en"):
        english = str(text)
    with translation.override("fr"):
        french = str(text)
    return english, french


def test_every_field_has_a_label_of_its_own_translated_into_french():
    untranslated = []
    for model, field in offshoring_fields():
        assert field._verbose_name, f"{model.__name__}.{field.name} has no verbose_name"
        english, french = in_both(field.verbose_name)
        if english == french and english not in SAME_IN_BOTH:
            untranslated.append(f"{model.__name__}.{field.name}: {english}")
    assert untranslated == []


def test_every_choice_is_translated_into_french():
    untranslated = []
    for model, field in offshoring_fields():
        for value, label in getattr(field, "flatchoices", None) or []:
            english, french = in_both(label)
            if english == french and english not in SAME_IN_BOTH:
                untranslated.append(f"{model.__name__}.{field.name}={value}: {english}")
    assert untranslated == []


@pytest.mark.parametrize(
    "url",
    [
        reverse("admin:index"),
        reverse("admin:offshoring_metric_changelist") + "?queue=todo",
        reverse("admin:offshoring_article_changelist"),
        reverse("admin:offshoring_article_upload"),
        reverse("admin:offshoring_uploadbatch_changelist"),
    ],
)
def test_admin_pages_have_no_english_labels(client, url):
    user = UserFactory(username="admin-fr", group="admins", is_staff=True)
    client.force_login(user)
    MetricFactory()
    content = client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    english = (
        r"Parser version|Attempts|Year source|Created at|created at|Confirm|Reject|figures? to review"
        r"|Upload articles|Review|Django administration|Manifest|Figure"
    )
    assert re.findall(rf"\b(?:{english})\b", content) == [], url
