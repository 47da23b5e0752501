"""Reference data: regions, cities and organisations (loaded from offshoring.extraction.reference)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from offshoring.choices import OrganisationKind


class Region(models.Model):
    """One of the 12 regions of the 2015 division."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=100, unique=True)
    capital = models.CharField(_("capital"), max_length=100)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    aliases = models.JSONField(
        _("other names"), default=list, blank=True, help_text=_("Old region names and spellings.")
    )
    # HCP census figures (offshoring/data/region_population.json), for figures per inhabitant.
    population_2024 = models.PositiveIntegerField(
        _("population (2024 census)"), null=True, blank=True, help_text=_("Legal population, HCP, RGPH 2024.")
    )
    population_2014 = models.PositiveIntegerField(
        _("population (2014 census)"), null=True, blank=True, help_text=_("Legal population, HCP, RGPH 2014.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class City(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=100)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="cities", verbose_name=_("region"))
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    aliases = models.JSONField(_("other spellings"), default=list, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    def __str__(self):
        return self.name


class Organisation(models.Model):
    name = models.CharField(_("canonical name"), max_length=255)
    # Folded name (no case, accents, spaces or punctuation): "Web help" and "Webhelp" share one row.
    key = models.CharField(_("key"), max_length=255, unique=True, editable=False)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    full_name = models.CharField(_("full name"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices, default=OrganisationKind.OTHER)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    is_reference = models.BooleanField(
        _("from the reference list"), default=False, help_text=_("False when discovered in an article.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        indexes = [  # the organisations table's sorts (dashboard/sorting.py)
            models.Index(fields=["name", "id"], name="organisation_name_id"),
            models.Index(fields=["acronym", "id"], name="organisation_acronym_id"),
            models.Index(fields=["kind", "name", "id"], name="organisation_kind_name_id"),
        ]

    def __str__(self):
        return self.name
