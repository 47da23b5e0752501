from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from offshoring.models import City, Organisation, Region


class CityInline(admin.TabularInline):
    model = City
    fields = ("name", "latitude", "longitude", "aliases")
    extra = 0
    show_change_link = True


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ("name", "capital", "latitude", "longitude", "city_count")
    search_fields = ("name", "capital", "aliases")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [CityInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(city_count=Count("cities"))

    @admin.display(description=_("cities"), ordering="city_count")
    def city_count(self, obj):
        return obj.city_count


@admin.register(City)
class CityAdmin(admin.ModelAdmin):
    list_display = ("name", "region", "latitude", "longitude")
    list_filter = ("region",)
    list_select_related = ("region",)
    search_fields = ("name", "aliases", "region__name")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "acronym", "kind", "is_reference", "mention_count", "created_at")
    list_filter = ("kind", "is_reference")
    search_fields = ("name", "acronym", "full_name", "aliases")
    readonly_fields = ("key", "created_at")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(mention_count=Count("mentions"))

    @admin.display(description=_("articles"), ordering="mention_count")
    def mention_count(self, obj):
        return obj.mention_count

    def save_model(self, request, obj, form, change):
        from offshoring.services.reference import organisation_key

        obj.key = organisation_key(obj.name)
        super().save_model(request, obj, form, change)
