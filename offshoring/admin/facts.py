"""Events and metrics: browse what was extracted, and review the figures (confirm, edit, reject)."""

from django.contrib import admin, messages
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from offshoring.choices import ReviewState
from offshoring.models import Event, EventMention, Metric
from offshoring.services.review import EDITABLE_FIELDS, metric_edit, metrics_review


class EventMentionInline(admin.TabularInline):
    model = EventMention
    fields = ("article", "sentence")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("sources")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "edition", "city", "region", "date", "date_precision", "source_count")
    list_filter = ("kind", "region", "city", ("date", admin.DateFieldListFilter))
    list_select_related = ("city", "region")
    search_fields = ("name", "city__name", "region__name")
    autocomplete_fields = ("organisers",)
    readonly_fields = ("key",)
    inlines = [EventMentionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_count=Count("mentions", distinct=True))

    @admin.display(description=_("sources"), ordering="source_count")
    def source_count(self, obj):
        return obj.source_count


class ReviewQueueFilter(admin.SimpleListFilter):
    """'To review' lists the unreviewed metrics least certain first (see MetricAdmin.get_ordering)."""

    title = _("review queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return (("todo", _("to review, least confident first")), ("doubtful", _("confidence below 0.5")))

    def queryset(self, request, queryset):
        if self.value() == "todo":
            return queryset.filter(review_state=ReviewState.AUTO)
        if self.value() == "doubtful":
            return queryset.filter(confidence__lt=0.5)
        return queryset


class NearDuplicateSourceFilter(admin.SimpleListFilter):
    title = _("counted in charts")
    parameter_name = "counted"

    def lookups(self, request, model_admin):
        return (("yes", _("yes")), ("no", _("no (rejected, or from a near-duplicate article)")))

    def queryset(self, request, queryset):
        from offshoring.selectors import metric_countable_queryset

        if self.value() == "yes":
            return queryset.filter(id__in=metric_countable_queryset().values("id"))
        if self.value() == "no":
            return queryset.exclude(id__in=metric_countable_queryset().values("id"))
        return queryset


@admin.register(Metric)
class MetricAdmin(SimpleHistoryAdmin):
    list_display = (
        "indicator",
        "value",
        "unit",
        "qualifier",
        "kind",
        "year",
        "region",
        "city",
        "scope",
        "organisation",
        "review_state",
        "confidence",
        "article_link",
    )
    list_filter = (
        ReviewQueueFilter,
        "review_state",
        "indicator",
        "unit",
        "qualifier",
        "kind",
        "scope",
        "period",
        "year_source",
        "rule",
        NearDuplicateSourceFilter,
        "region",
        "year",
    )
    list_select_related = ("region", "city", "organisation", "article")
    search_fields = ("sentence", "article__title", "organisation__name")
    autocomplete_fields = ("organisation",)
    actions = ["confirm", "reject", "unreview"]
    fieldsets = (
        (None, {"fields": EDITABLE_FIELDS}),
        (
            _("Evidence"),
            {"fields": ("article_link", "evidence", "start", "end", "rule", "confidence", "year_source")},
        ),
        (_("Review"), {"fields": ("review_state", "reviewed_by", "reviewed_at")}),
    )
    readonly_fields = (
        "article_link",
        "evidence",
        "start",
        "end",
        "rule",
        "confidence",
        "year_source",
        "review_state",
        "reviewed_by",
        "reviewed_at",
    )
    history_list_display = ("review_state", "value", "indicator", "year")

    def has_add_permission(self, request):
        return False  # metrics come from articles; a figure without a source is not one

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or request.user.has_perm("offshoring.review_metric")

    def get_ordering(self, request):
        if request.GET.get(ReviewQueueFilter.parameter_name) == "todo":
            return ("confidence", "id")
        return super().get_ordering(request)

    @admin.display(description=_("article"), ordering="article")
    def article_link(self, obj):
        url = reverse("admin:offshoring_article_change", args=[obj.article_id])
        return format_html('<a href="{}">#{} {}</a>', url, obj.article_id, Truncator(str(obj.article)).chars(40))

    @admin.display(description=_("evidence sentence"))
    def evidence(self, obj):
        return format_html("<blockquote>{}</blockquote>", obj.sentence or "")  # escaped: article text is untrusted

    def save_model(self, request, obj, form, change):
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in EDITABLE_FIELDS}
        if change and changes:
            metric_edit(metric=obj, user=request.user, changes=changes)

    def _review(self, request, queryset, state, done):
        changed = metrics_review(metrics=queryset.select_related(None), user=request.user, state=state)
        self.message_user(request, done(changed) % changed, messages.SUCCESS)

    @admin.action(description=_("Confirm the selected metrics"), permissions=["change"])
    def confirm(self, request, queryset):
        self._review(
            request,
            queryset,
            ReviewState.CONFIRMED,
            lambda n: ngettext("%d metric confirmed.", "%d metrics confirmed.", n),
        )

    @admin.action(description=_("Reject the selected metrics"), permissions=["change"])
    def reject(self, request, queryset):
        self._review(
            request,
            queryset,
            ReviewState.REJECTED,
            lambda n: ngettext("%d metric rejected.", "%d metrics rejected.", n),
        )

    @admin.action(description=_("Mark the selected metrics as not reviewed"), permissions=["change"])
    def unreview(self, request, queryset):
        self._review(
            request,
            queryset,
            ReviewState.AUTO,
            lambda n: ngettext("%d metric back to review.", "%d metrics back to review.", n),
        )
