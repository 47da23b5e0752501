"""What the parser extracts from articles: events, metrics and mentions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from offshoring.choices import (
    DatePrecision,
    EventKind,
    Indicator,
    Kind,
    Period,
    Qualifier,
    ReviewState,
    Scope,
    Unit,
    YearSource,
)

from .articles import Article
from .reference import City, Organisation, Region


class Event(models.Model):
    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices, default=EventKind.OTHER)
    name = models.CharField(_("name"), max_length=300)
    # Identity across articles: the same edition of the same event in the same city is one row.
    key = models.CharField(_("key"), max_length=400, unique=True, editable=False)
    edition = models.PositiveSmallIntegerField(_("edition"), null=True, blank=True)
    city = models.ForeignKey(City, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("city"))
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("region"))
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(_("date precision"), max_length=5, choices=DatePrecision.choices, blank=True)
    organisers = models.ManyToManyField(
        Organisation, blank=True, related_name="organised_events", verbose_name=_("organisers")
    )
    articles = models.ManyToManyField(
        Article, through="EventMention", related_name="events", verbose_name=_("articles")
    )

    class Meta:
        ordering = ["-date", "name"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [  # the events table's sorts (dashboard/sorting.py)
            models.Index(fields=["date", "id"], name="event_date_id"),
            models.Index(fields=["name", "id"], name="event_name_id"),
            models.Index(fields=["edition", "id"], name="event_edition_id"),
        ]

    def __str__(self):
        return self.name


class Metric(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="metrics", verbose_name=_("article"))
    indicator = models.CharField(_("indicator"), max_length=20, choices=Indicator.choices)
    value = models.DecimalField(_("value"), max_digits=22, decimal_places=4)
    unit = models.CharField(_("unit"), max_length=12, choices=Unit.choices)
    qualifier = models.CharField(_("qualifier"), max_length=12, choices=Qualifier.choices, default=Qualifier.EXACT)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.ACTUAL)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    year_source = models.CharField(_("year source"), max_length=12, choices=YearSource.choices, default=YearSource.NONE)
    period = models.CharField(_("period"), max_length=10, choices=Period.choices, default=Period.YEAR)
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices, default=Scope.SECTOR)
    region = models.ForeignKey(
        Region,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("region"),
        help_text=_("Empty for a national figure."),
    )
    city = models.ForeignKey(City, null=True, blank=True, on_delete=models.PROTECT, verbose_name=_("city"))
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("organisation"),
        help_text=_("The organisation the figure is about, if any."),
    )
    sentence = models.TextField(_("evidence sentence"))
    start = models.PositiveIntegerField(_("start in the text"))
    end = models.PositiveIntegerField(_("end in the text"))
    # The extraction rule that read the figure (offshoring/extraction/rules.py); its confidence is
    # that rule's measured precision.
    rule = models.CharField(_("rule"), max_length=80, blank=True, db_index=True)
    confidence = models.FloatField(_("confidence"), default=0.5)
    review_state = models.CharField(
        _("review"), max_length=10, choices=ReviewState.choices, default=ReviewState.AUTO, db_index=True
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    # Identity of a figure within its article (indicator, value, offsets): a re-parse recognises a
    # reviewed metric by it and leaves it alone.
    fingerprint = models.CharField(_("fingerprint"), max_length=64, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["created_at"])

    class Meta:
        ordering = ["-year", "indicator", "id"]
        verbose_name = _("metric")
        verbose_name_plural = _("metrics")
        permissions = [
            ("export_data", _("Can export filtered tables (CSV, JSON)")),
            ("review_metric", _("Can confirm, edit or reject extracted metrics")),
        ]
        constraints = [models.UniqueConstraint(fields=["article", "fingerprint"], name="metric_unique_per_article")]
        indexes = [
            models.Index(fields=["indicator", "region", "year"]),
            models.Index(fields=["organisation", "indicator"]),
            # The table's sorts, each a complete key ending with the id (dashboard/sorting.py), read
            # forwards or backwards. The sort by region is an expression index (migration 0009).
            models.Index(fields=["indicator", "year", "id"], name="metric_indicator_year_id"),
            models.Index(fields=["indicator", "unit", "value", "id"], name="metric_indicator_unit_value_id"),
            models.Index(fields=["year", "id"], name="metric_year_id"),
            models.Index(fields=["region", "year", "id"], name="metric_region_year_id"),
        ]

    def __str__(self):
        # As readers write it ("Emploi : plus de 30 000 personnes (2011)"), for the admin's titles and history.
        from dashboard.formatting import format_figure

        figure = format_figure(self.value, self.unit, self.qualifier, self.period, kind=self.kind)
        return f"{self.get_indicator_display()} : {figure} ({self.year or _('year unknown')})"


class OrganisationMention(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="organisation_mentions", verbose_name=_("article")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="mentions", verbose_name=_("organisation")
    )
    name_as_written = models.CharField(_("name as written"), max_length=255, blank=True)
    start = models.PositiveIntegerField(_("start in the text"), null=True, blank=True)

    class Meta:
        verbose_name = _("organisation mention")
        verbose_name_plural = _("organisation mentions")
        constraints = [models.UniqueConstraint(fields=["article", "organisation"], name="org_mention_unique")]

    def __str__(self):
        return f"{self.organisation} in #{self.article_id}"


class PlaceMention(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="place_mentions", verbose_name=_("article")
    )
    city = models.ForeignKey(
        City, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions", verbose_name=_("city")
    )
    region = models.ForeignKey(
        Region, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions", verbose_name=_("region")
    )
    name_as_written = models.CharField(_("name as written"), max_length=255, blank=True)
    start = models.PositiveIntegerField(_("start in the text"), null=True, blank=True)

    class Meta:
        verbose_name = _("place mention")
        verbose_name_plural = _("place mentions")
        constraints = [
            models.UniqueConstraint(fields=["article", "city", "region"], name="place_mention_unique"),
        ]

    def __str__(self):
        return f"{self.city or self.region} in #{self.article_id}"


class EventMention(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="event_mentions", verbose_name=_("article")
    )
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions", verbose_name=_("event"))
    sentence = models.TextField(_("sentence"), blank=True)
    start = models.PositiveIntegerField(_("start in the text"), null=True, blank=True)
    end = models.PositiveIntegerField(_("end in the text"), null=True, blank=True)

    class Meta:
        verbose_name = _("event mention")
        verbose_name_plural = _("event mentions")
        constraints = [models.UniqueConstraint(fields=["article", "event"], name="event_mention_unique")]

    def __str__(self):
        return f"{self.event} in #{self.article_id}"
