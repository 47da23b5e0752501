"""Events and metrics: browse what was extracted, and review the figures (confirm, edit, reject)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from dashboard.formatting import format_figure
from offshoring.choices import Kind, Period, ReviewState, Scope
from offshoring.evidence import evidence_html
from offshoring.models import Event, EventMention, Metric
from offshoring.services.review import EDITABLE_FIELDS, metric_edit, metrics_review, user_can_review

from .review import (
    REVIEW_DONE,
    MetricHistoryHelper,
    NoRelatedEditingMixin,
    history_record_summary,
    review_buttons_context,
)


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
class EventAdmin(NoRelatedEditingMixin, admin.ModelAdmin):
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


class MetricForm(forms.ModelForm):
    """The edit form: the value as a number people read ("40000000", not "40000000.0000")."""

    class Meta:
        model = Metric
        fields = EDITABLE_FIELDS
        help_texts = {"value": _("In units, without spaces: 4,5 milliards de dirhams is 4500000000.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        value = self.initial.get("value")
        if value is not None:
            self.initial["value"] = f"{value.normalize():f}" if hasattr(value, "normalize") else value


@admin.register(Metric)
class MetricAdmin(NoRelatedEditingMixin, SimpleHistoryAdmin):
    form = MetricForm
    list_display = (
        "figure_display",
        "year_place",
        "evidence_excerpt",
        "rule_display",
        "confidence_display",
        "review_display",
        "article_link",
    )
    list_display_links = ("figure_display",)
    list_per_page = 50
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
            {"fields": ("article_link", "rule", "confidence_display", "year_source")},
        ),
        (_("Review"), {"fields": ("review_state", "reviewed_by", "reviewed_at")}),
    )
    readonly_fields = (
        "article_link",
        "rule",
        "confidence_display",
        "year_source",
        "review_state",
        "reviewed_by",
        "reviewed_at",
    )
    object_history_list_template = "admin/offshoring/metric/history_list.html"

    class Media:
        css = {"all": ["offshoring/review.css", "offshoring/admin.css"]}
        js = ["offshoring/review.js"]

    def has_add_permission(self, request):
        return False  # metrics come from articles; a figure without a source is not one

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or request.user.has_perm("offshoring.review_metric")

    def revert_disabled(self, request, obj=None):
        return True  # a figure changes through review (confirm, edit, reject), never by restoring an old row

    def get_queryset(self, request):
        # The list shows each figure's article title: the article's text and raw upload stay in the database.
        return super().get_queryset(request).defer("article__raw", "article__text")

    def changelist_view(self, request, extra_context=None):
        queue = request.GET.get(ReviewQueueFilter.parameter_name) == "todo"
        title = _("Figures to review, least confident first") if queue else _("Figures")
        return super().changelist_view(request, extra_context={"title": title, **(extra_context or {})})

    def lookup_allowed(self, lookup, value, request=None):
        # The figures of one upload batch or one article, linked from their pages.
        if lookup in ("article__batch__id__exact", "article__id__exact"):
            return True
        return super().lookup_allowed(lookup, value, request)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # rejecting keeps the figure out for good; deleting does not
        return actions

    def get_ordering(self, request):
        if request.GET.get(ReviewQueueFilter.parameter_name) == "todo":
            return ("confidence", "id")
        return super().get_ordering(request)

    def get_urls(self):
        return [
            path(
                "<path:object_id>/review/",
                self.admin_site.admin_view(self.review_view),
                name="offshoring_metric_review",
            ),
            *super().get_urls(),
        ]

    # --- the list -------------------------------------------------------------------------------

    @admin.display(description=_("figure"), ordering="indicator")
    def figure_display(self, obj):
        extra = []
        if obj.kind != Kind.ACTUAL:
            extra.append(obj.get_kind_display())
        if obj.period != Period.YEAR:
            extra.append(obj.get_period_display())
        if obj.scope != Scope.SECTOR:
            extra.append(obj.organisation.name if obj.organisation else obj.get_scope_display())
        elif obj.organisation:
            extra.append(obj.organisation.name)
        return format_html(
            '<strong>{}</strong><br><span class="figure-read">{}</span><span class="figure-extra">{}</span>',
            obj.get_indicator_display(),
            format_figure(obj.value, obj.unit, obj.qualifier),
            " · ".join(str(part) for part in extra),
        )

    @admin.display(description=_("year and place"), ordering="year")
    def year_place(self, obj):
        place = obj.region.name if obj.region else _("National")
        return format_html(
            '<strong>{}</strong><br>{}<span class="figure-extra">{}</span>',
            obj.year or _("year unknown"),
            place,
            obj.city.name if obj.city else "",
        )

    @admin.display(description=_("evidence sentence"))
    def evidence_excerpt(self, obj):
        return evidence_html(obj.sentence, obj.value, english=obj.article.language == "en", max_chars=200)

    @admin.display(description=_("rule"), ordering="rule")
    def rule_display(self, obj):
        # A break may follow each dot of "count.employment_noun": the column stays narrow.
        return format_html_join(mark_safe(".<wbr>"), "{}", ((part,) for part in obj.rule.split(".")))

    @admin.display(description=_("confidence"), ordering="confidence")
    def confidence_display(self, obj):
        return f"{round(obj.confidence * 100)}\u202f%"

    @admin.display(description=_("review"), ordering="review_state")
    def review_display(self, obj):
        return render_to_string("admin/offshoring/metric/review_buttons.html", review_buttons_context(obj))

    @admin.display(description=_("article"), ordering="article")
    def article_link(self, obj):
        url = reverse("admin:offshoring_article_change", args=[obj.article_id])
        return format_html('<a href="{}">#{} {}</a>', url, obj.article_id, Truncator(str(obj.article)).chars(50))

    # --- the form -------------------------------------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        metric = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if metric is not None:
            extra_context["evidence_marked"] = evidence_html(metric.sentence, metric.value)
            extra_context["can_review"] = user_can_review(request.user)
            extra_context["source_url"] = reverse("dashboard:article", args=[metric.article_id]) + (
                f"?metric={metric.pk}#evidence"
            )
        # A wrong figure is rejected, not deleted: the next parse would bring a deleted one back.
        extra_context["show_delete"] = False
        return super().change_view(request, object_id, form_url, extra_context=extra_context)

    def save_model(self, request, obj, form, change):
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in EDITABLE_FIELDS}
        if change and changes:
            metric_edit(metric=obj, user=request.user, changes=changes)

    # --- reviewing: one figure from any page, or the selected ones ------------------------------------

    def review_view(self, request, object_id):
        """POST review_state=confirmed|rejected|auto: JSON for review.js, else back to `next`."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        metric = get_object_or_404(Metric, pk=object_id)
        if not (user_can_review(request.user) and self.has_change_permission(request, metric)):
            raise PermissionDenied
        state = request.POST.get("review_state", "")
        if state not in REVIEW_DONE:
            return HttpResponseBadRequest(_("Unknown review state."))
        metrics_review(metrics=[metric], user=request.user, state=state)
        message = REVIEW_DONE[state]
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse(
                {
                    "id": metric.pk,
                    "state": metric.review_state,
                    "label": str(metric.get_review_state_display()),
                    "message": str(message),
                    "history_url": reverse("admin:offshoring_metric_history", args=[metric.pk]),
                    "history_label": str(_("See the history")),
                }
            )
        self.message_user(request, message, messages.SUCCESS)
        next_url = request.POST.get("next") or request.GET.get("next") or ""
        if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure()):
            next_url = reverse("admin:offshoring_metric_changelist")
        return HttpResponseRedirect(next_url)

    def history_view_title(self, request, obj):
        return _("History of %(figure)s") % {"figure": obj}

    def render_history_view(self, request, template, context, **kwargs):
        for record in context["page_obj"].object_list:
            record.summary = history_record_summary(record)
        return super().render_history_view(request, template, context, **kwargs)

    def get_historical_record_context_helper(self, request, historical_record):
        return MetricHistoryHelper(self.model, historical_record)

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
