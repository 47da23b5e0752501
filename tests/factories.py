"""factory_boy factories for the domain models. Regions and cities come from the reference data."""

import hashlib
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from offshoring.models import Article, City, Event, Metric, Organisation, Region


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "pass-for-tests")

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        """UserFactory(group="analysts") puts the user in that group (created by a migration)."""
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))
        self.save()


def region(slug: str) -> Region:
    return Region.objects.get(slug=slug)


def city(slug: str) -> City:
    return City.objects.get(slug=slug)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("key",)

    name = factory.Sequence(lambda n: f"Operator {n}")
    key = factory.LazyAttribute(lambda o: "".join(ch for ch in o.name.lower() if ch.isalnum()))
    kind = "operator"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    text = factory.LazyAttribute(lambda a: f"{a.title}. Le secteur emploie 45.000 personnes au Maroc.")
    raw = factory.LazyAttribute(lambda a: a.text.encode())
    raw_filename = factory.LazyAttribute(lambda a: f"{a.title}.txt")
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.text.encode()).hexdigest())
    outlet = "Les ECO"
    language = "fr"
    relevant = True
    status = "parsed"
    parser_version = "test"


class MetricFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Metric

    article = factory.SubFactory(ArticleFactory)
    indicator = "employment"
    value = Decimal("45000")
    unit = "persons"
    qualifier = "exact"
    year = 2011
    year_source = "stated"
    sentence = "Le secteur emploie 45.000 personnes au Maroc."
    start = factory.LazyAttribute(lambda m: max(m.article.text.find(m.sentence), 0))
    end = factory.LazyAttribute(lambda m: m.start + len(m.sentence))
    confidence = 0.8
    fingerprint = factory.Sequence(lambda n: f"fp{n}")


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    kind = "salon"
    name = factory.Sequence(lambda n: f"Salon {n}")
    key = factory.LazyAttribute(lambda e: e.name.lower())
