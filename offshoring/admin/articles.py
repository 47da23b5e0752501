"""Articles and upload batches: upload, follow the parses, see why one failed, run it again."""

from copy import copy

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from offshoring.choices import ArticleStatus
from offshoring.manifest import manifest_parse
from offshoring.models import Article, EventMention, Metric, OrganisationMention, PlaceMention, UploadBatch
from offshoring.selectors import article_status_counts, batch_figures_queryset, batch_progress, figures_by_article
from offshoring.services.ingest import upload_ingest
from offshoring.services.manifest import UploadedFiles, manifest_ingest
from offshoring.services.reparse import FAILED, articles_for_reparse, articles_reparse_matching

FIGURES_SHOWN = 200  # on a batch page; the link to the metric list shows them all


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


class ArticleUploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Files"),
        required=False,
        allow_empty_file=True,  # an empty file gets the ingestion's message, without failing the others
        help_text=_("One or several .txt or .html files, or a .zip of them."),
    )
    text = forms.CharField(
        label=_("Or paste the text"), required=False, widget=forms.Textarea(attrs={"rows": 10, "cols": 100})
    )
    outlet = forms.CharField(label=_("Outlet"), max_length=200, required=False)
    url = forms.URLField(label=_("URL"), max_length=1000, required=False, assume_scheme="https")
    publication_date = forms.DateField(
        label=_("Publication date"),
        required=False,
        widget=AdminDateWidget,
        help_text=_("When given, it wins over the date found in the text."),
    )
    manifest = forms.FileField(
        label=_("Manifest"),
        required=False,
        help_text=_(
            "Optional, for many files at once: a CSV or JSON Lines file with the columns file, url, outlet, "
            "publication_date, title (one row per file, named relative to the manifest). Send the files with it, "
            "one by one or in a .zip. The outlet, URL and date above apply to what a row leaves empty."
        ),
    )

    def clean_manifest(self):
        manifest = self.cleaned_data.get("manifest")
        if manifest and manifest.size > settings.ARTICLE_MAX_BYTES:
            raise forms.ValidationError(
                _("the manifest is too large (%(size)s; the limit is %(limit)s)")
                % {"size": filesizeformat(manifest.size), "limit": filesizeformat(settings.ARTICLE_MAX_BYTES)}
            )
        return manifest

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("files") and not (cleaned.get("text") or "").strip():
            if cleaned.get("manifest"):
                raise forms.ValidationError(_("Send the files the manifest names with it (one by one or in a .zip)."))
            raise forms.ValidationError(_("Choose at least one file, or paste a text."))
        return cleaned


class NearDuplicateFilter(admin.SimpleListFilter):
    title = _("near-duplicate")
    parameter_name = "near_duplicate"

    def lookups(self, request, model_admin):
        return (("yes", _("republication of another article")), ("no", _("original")), ("copied", _("has copies")))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(duplicate_of__isnull=False)
        if self.value() == "no":
            return queryset.filter(duplicate_of__isnull=True)
        if self.value() == "copied":
            return queryset.filter(near_duplicates__isnull=False).distinct()
        return queryset


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class MetricInline(ReadOnlyInline):
    model = Metric
    fields = (
        "indicator",
        "value",
        "unit",
        "qualifier",
        "year",
        "region",
        "city",
        "organisation",
        "confidence",
        "review_state",
        "sentence",
    )
    readonly_fields = fields
    show_change_link = True
    ordering = ("start",)


class EventMentionInline(ReadOnlyInline):
    model = EventMention
    fields = ("event", "sentence")
    readonly_fields = fields
    verbose_name_plural = _("events")


class OrganisationMentionInline(ReadOnlyInline):
    model = OrganisationMention
    fields = ("organisation", "name_as_written")
    readonly_fields = fields
    verbose_name_plural = _("organisations")


class PlaceMentionInline(ReadOnlyInline):
    model = PlaceMention
    fields = ("city", "region", "name_as_written")
    readonly_fields = fields
    verbose_name_plural = _("places")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "short_title",
        "status",
        "language",
        "relevant",
        "outlet",
        "publication_date",
        "metric_count",
        "short_error",
        "duplicate_link",
        "created_at",
    )
    list_display_links = ("id", "short_title")
    list_filter = ("status", "language", "relevant", NearDuplicateFilter, "parser_version", "outlet", "batch")
    search_fields = ("title", "text", "url", "outlet", "raw_filename")
    list_select_related = ("duplicate_of",)
    date_hierarchy = "created_at"
    actions = ["reparse_selected"]
    raw_id_fields = ("duplicate_of",)
    readonly_fields = (
        "status",
        "error",
        "raw_filename",
        "content_hash",
        "language",
        "relevant",
        "relevance",
        "parser_version",
        "attempts",
        "queued_at",
        "parse_started_at",
        "parsed_at",
        "parse_duration_ms",
        "batch",
        "uploaded_by",
        "created_at",
        "text",
    )
    fieldsets = (
        (
            None,
            {
                "fields": (
                    ("title", "title_given"),
                    "outlet",
                    "url",
                    ("publication_date", "publication_date_given"),
                    "duplicate_of",
                )
            },
        ),
        (
            _("Processing"),
            {
                "fields": (
                    "status",
                    "error",
                    "parser_version",
                    "attempts",
                    "queued_at",
                    "parse_started_at",
                    "parsed_at",
                    "parse_duration_ms",
                )
            },
        ),
        (_("Upload"), {"fields": ("raw_filename", "content_hash", "batch", "uploaded_by", "created_at")}),
        (_("Extraction"), {"fields": ("language", "relevant", "relevance", "text")}),
    )
    inlines = [MetricInline, EventMentionInline, OrganisationMentionInline, PlaceMentionInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).defer("raw").annotate(metric_count=Count("metrics", distinct=True))

    def save_model(self, request, obj, form, change):
        # A title or date an admin corrects is kept by every later parse, as one given at upload is.
        if "title" in form.changed_data:
            obj.title_given = True
        if "publication_date" in form.changed_data:
            obj.publication_date_given = obj.publication_date is not None
        super().save_model(request, obj, form, change)

    def get_urls(self):
        return [
            path("upload/", self.admin_site.admin_view(self.upload_view), name="offshoring_article_upload"),
            path(
                "reparse-failed/",
                self.admin_site.admin_view(self.reparse_failed_view),
                name="offshoring_article_reparse_failed",
            ),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        # An article comes in through the upload form (decoding, duplicates, batch), never a bare form.
        return HttpResponseRedirect(reverse("admin:offshoring_article_upload"))

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            # The re-parse button re-queues every failed article, whatever the list shows.
            "failed_count": article_status_counts()[ArticleStatus.FAILED],
        }
        response = super().changelist_view(request, extra_context=extra_context)
        context = getattr(response, "context_data", None)
        if context and "cl" in context:  # not after an action's redirect
            cl = context["cl"]
            # The counts of what the list shows (one upload batch, one outlet…), whatever the status chosen.
            counts = article_status_counts(Article.objects.filter(pk__in=self._status_free_queryset(request, cl)))
            context["status_counts"] = [
                (label, counts[value], cl.get_query_string({"status__exact": value}), value)
                for value, label in ArticleStatus.choices
            ]
        return response

    def _status_free_queryset(self, request, cl):
        if "status__exact" not in request.GET:
            return cl.queryset.values("pk")
        others = copy(request)
        others.GET = request.GET.copy()
        del others.GET["status__exact"]
        return self.get_changelist_instance(others).queryset.values("pk")

    @admin.display(description=_("title"), ordering="title")
    def short_title(self, obj):
        return Truncator(str(obj)).chars(80)

    @admin.display(description=_("metrics"), ordering="metric_count")
    def metric_count(self, obj):
        return obj.metric_count

    @admin.display(description=_("error"))
    def short_error(self, obj):
        return Truncator(obj.error).chars(80) if obj.error else ""

    @admin.display(description=_("near-duplicate of"), ordering="duplicate_of")
    def duplicate_link(self, obj):
        if obj.duplicate_of_id is None:
            return ""
        url = reverse("admin:offshoring_article_change", args=[obj.duplicate_of_id])
        return format_html('<a href="{}">#{}</a>', url, obj.duplicate_of_id)

    @admin.action(description=_("Re-parse the selected articles"), permissions=["change"])
    def reparse_selected(self, request, queryset):
        queued = articles_reparse_matching(queryset=queryset)
        self.message_user(
            request,
            ngettext("%d article queued for parsing.", "%d articles queued for parsing.", queued) % queued,
            messages.SUCCESS,
        )

    def reparse_failed_view(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        queued = articles_reparse_matching(queryset=articles_for_reparse(mode=FAILED))
        self.message_user(
            request,
            ngettext("%d failed article queued for parsing.", "%d failed articles queued for parsing.", queued)
            % queued,
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:offshoring_article_changelist"))

    def upload_view(self, request):
        if not request.user.has_perm("offshoring.add_article"):
            raise PermissionDenied
        report = None
        if request.method == "POST":
            form = ArticleUploadForm(request.POST, request.FILES)
            if form.is_valid():
                report = self._upload(request, form.cleaned_data)
                form = ArticleUploadForm()
        else:
            form = ArticleUploadForm()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Upload articles"),
            "form": form,
            "media": self.media + form.media,
            "report": report,
            "progress": batch_progress(batch=report.batch) if report and report.batch else None,
            "figures": self._upload_figures(report) if report else {},
        }
        return TemplateResponse(request, "admin/offshoring/article/upload.html", context)

    @staticmethod
    def _upload_figures(report) -> dict:
        """{article id: its figures} for the articles this upload created and that are parsed already (in-process);
        with a worker they are still pending, and the batch page shows the figures as they arrive."""
        created = [o.article_id for o in report.outcomes if o.result == "created"]
        parsed = set(Article.objects.filter(pk__in=created, status=ArticleStatus.PARSED).values_list("pk", flat=True))
        return {
            article_id: {"parsed": article_id in parsed, "metrics": metrics}
            for article_id, metrics in figures_by_article(article_ids=created).items()
        }

    def _upload(self, request, data):
        upload = {
            "text": data["text"],
            "outlet": data["outlet"],
            "url": data["url"],
            "publication_date": data["publication_date"],
            "user": request.user,
        }
        files = ((file.name, file.read()) for file in data["files"])
        manifest_file = data["manifest"]
        if not manifest_file:
            label = ", ".join(file.name for file in data["files"])[:255] or _("pasted text")
            return upload_ingest(files=files, label=label, **upload)
        manifest = manifest_parse(manifest_file.read(), name=manifest_file.name)
        for note in manifest.notes:
            self.message_user(
                request, _("Manifest %(name)s: %(note)s") % {"name": manifest_file.name, "note": note}, messages.WARNING
            )
        uploaded = UploadedFiles(files)
        return manifest_ingest(
            manifest=manifest, name=manifest_file.name, find=uploaded.find, extra_files=uploaded.remaining(), **upload
        )


@admin.register(UploadBatch)
class UploadBatchAdmin(admin.ModelAdmin):
    list_display = ("__str__", "created_by", "created_at", "article_count", "progress_link", "refused_count")
    list_filter = ("created_by",)
    search_fields = ("label",)
    readonly_fields = ("label", "created_by", "created_at", "rejected")

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("created_by").annotate(article_count=Count("articles"))

    def get_urls(self):
        return [
            path(
                "<int:batch_id>/progress/",
                self.admin_site.admin_view(self.progress_view),
                name="offshoring_uploadbatch_progress",
            ),
            *super().get_urls(),
        ]

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.display(description=_("refused"))
    def refused_count(self, obj):
        return len(obj.rejected or [])

    @admin.display(description=_("progress"))
    def progress_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:offshoring_uploadbatch_progress", args=[obj.pk]), _("follow")
        )

    def progress_view(self, request, batch_id):
        if not self.has_view_permission(request):
            raise PermissionDenied
        batch = get_object_or_404(UploadBatch, pk=batch_id)
        progress = batch_progress(batch=batch)
        figures = batch_figures_queryset(batch=batch)
        articles_url = reverse("admin:offshoring_article_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Upload batch %(batch)s") % {"batch": batch},
            "batch": batch,
            "progress": progress,
            "status_rows": [
                (label, progress.counts[value], f"{articles_url}?batch__id__exact={batch.pk}&status__exact={value}")
                for value, label in ArticleStatus.choices
            ],
            "articles_url": f"{articles_url}?batch__id__exact={batch.pk}",
            "refresh_seconds": 3,
            "figures": figures[:FIGURES_SHOWN],
            "figure_count": figures.count(),
            "figures_url": reverse("admin:offshoring_metric_changelist") + f"?article__batch__id__exact={batch.pk}",
        }
        return TemplateResponse(request, "admin/offshoring/uploadbatch/progress.html", context)
