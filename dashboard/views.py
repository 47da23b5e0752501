"""Views: each reads the URL, calls a selector or a filter set, and renders. Nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import Prefetch, QuerySet
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
    QueryDict,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from offshoring.choices import Indicator
from offshoring.models import Article, Event, EventMention, Metric, Organisation, Region
from offshoring.services.review import user_can_review

from . import charts, filters, glossary, per_capita, selectors, services
from .chips import active_filter_chips
from .exports import (
    ExportOptionError,
    ExportOptions,
    direct_export_limit,
    export_file_response,
    export_filename,
    export_rows_capped,
)
from .formatting import format_figure
from .forms import SavedFilterForm, SavedFilterRenameForm, safe_dashboard_path
from .models import Export, ExportStatus, SavedFilter
from .pages import ARTICLES, EVENTS, LIST_PAGES, METRICS, ORGANISATIONS, ListPage, chosen_columns
from .pagination import COUNT_CAP, CappedPaginator
from .tables import Column

EXPORT_PERMISSION = "offshoring.export_data"
PAGE_SIZES = (25, 50, 100)
HEADLINE_INDICATORS = ("employment", "revenue")
# Query parameters that say where the user is, not what is selected: dropped from chart links.
NON_FILTER_PARAMS = ("page", "per_page", "o", "columns", "format", "show", "headers", "sep")


def can_export(user) -> bool:
    return user.has_perm(EXPORT_PERMISSION)


def sort_headers(columns: list[Column], current: str) -> list[dict]:
    """Each header with the `o=` value its link sets: ascending first, then descending."""
    headers = []
    for column in columns:
        direction = None
        if column.sort and current in (column.sort, f"-{column.sort}"):
            direction = "desc" if current.startswith("-") else "asc"
        next_sort = f"-{column.sort}" if direction == "asc" else column.sort
        headers.append({"label": column.label, "sort": column.sort, "next": next_sort, "direction": direction})
    return headers


def page_size(params: QueryDict) -> int:
    try:
        size = int(params.get("per_page", 50))
    except ValueError:
        return 50
    return size if size in PAGE_SIZES else 50


def list_view(
    request: HttpRequest, page: ListPage, template: str = "dashboard/list.html", extra: dict | None = None
) -> HttpResponse:
    filterset = page.filterset(request.GET)
    columns = chosen_columns(page.table, request.GET)
    queryset = page.rows(filterset)
    paginator = CappedPaginator(queryset, page_size(request.GET))
    page_obj = paginator.get_page(request.GET.get("page"))
    rows = page.table.page_rows(page_obj.object_list, columns)
    context = {
        "page": page,
        "filterset": filterset,
        "columns": columns,
        "all_columns": page.table.columns,
        "headers": sort_headers(columns, request.GET.get("o", "")),
        "rows": [[column.render(row) for column in columns] for row in rows],
        "page_obj": page_obj,
        "paginator": paginator,
        "can_export": can_export(request.user),
        "export_url": reverse(f"dashboard:{page.name}-export"),
        "filtered": any(key not in NON_FILTER_PARAMS and value for key, value in request.GET.items()),
        "save_form": SavedFilterForm(initial={"path": request.path, "query": request.GET.urlencode()}),
        "keep_params": ["columns", "per_page", "o"],
        "skip_fields": [],
        **(extra or {}),
    }
    return render(request, template, context)


def export_view(request: HttpRequest, page: ListPage) -> HttpResponse:
    """The page's rows as a file: written whole and sent with its length, or, when large, by a job."""
    if not can_export(request.user):
        raise PermissionDenied(_("Exports are for staff."))
    filterset = page.filterset(request.GET)
    if not filterset.is_valid():
        return HttpResponseBadRequest(_("The filter is not valid: %(errors)s") % {"errors": filterset.errors.as_text()})
    try:
        options = ExportOptions.from_params(request.GET)
    except ExportOptionError as error:
        return HttpResponseBadRequest(str(error))
    rows = page.rows(filterset)
    limit = direct_export_limit()
    if export_rows_capped(rows, limit) <= limit:
        return export_file_response(page.table, rows, chosen_columns(page.table, request.GET), options)
    export = services.export_job_create(
        user=request.user, page=page, params=request.GET, language=translation.get_language()
    )
    return redirect("dashboard:export", pk=export.pk)


def _own_export(request: HttpRequest, pk) -> Export:
    """Only its requester, or an admin, may see or download an export (others get a 404, not a hint)."""
    if not can_export(request.user):
        raise PermissionDenied(_("Exports are for staff."))
    export = get_object_or_404(Export, pk=pk)
    if export.user_id != request.user.pk and not request.user.is_staff:
        raise Http404
    return export


@require_GET
def export_detail(request: HttpRequest, pk) -> HttpResponse:
    export = _own_export(request, pk)
    page = LIST_PAGES.get(export.table)
    rows_written = services.export_rows_written(export)
    if request.GET.get("format") == "json":  # for scripts that wait for a large export
        return JsonResponse(
            {
                "status": export.status,
                "rows_expected": export.rows_expected,
                "rows_written": rows_written,
                "size_bytes": export.size_bytes,
                "error": export.error,
                "download_url": reverse("dashboard:export-download", args=[export.pk])
                if export.status == ExportStatus.READY
                else None,
            }
        )
    context = {
        "export": export,
        "rows_written": rows_written,
        "page_title": page.title if page else export.table,
        "page_url": (reverse(f"dashboard:{export.table}") + "?" + export.query) if page else None,
    }
    return render(request, "dashboard/export_detail.html", context)


@require_GET
def export_download(request: HttpRequest, pk) -> HttpResponse:
    export = _own_export(request, pk)
    if export.status in (ExportStatus.QUEUED, ExportStatus.RUNNING):
        return redirect("dashboard:export", pk=export.pk)
    path = services.export_path(export)
    if path is None or not path.exists():
        raise Http404(_("This export has expired or failed: export the page again."))
    options = ExportOptions.from_params(QueryDict(export.query))
    page = LIST_PAGES[export.table]
    # FileResponse sends the file's size as Content-Length (and gunicorn uses sendfile): a cut
    # connection is a download its client knows to be incomplete.
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=export_filename(page.table, options),
        content_type=options.content_type,
    )
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def export_list(request: HttpRequest) -> HttpResponse:
    if not can_export(request.user):
        raise PermissionDenied(_("Exports are for staff."))
    exports = Export.objects.filter(user=request.user)[:50]
    return render(request, "dashboard/export_list.html", {"exports": exports, "direct_limit": direct_export_limit()})


# --- Overview ------------------------------------------------------------------------------------


def table_link_builder(params: QueryDict) -> charts.LinkBuilder:
    """URL of the metrics table with the page's filters plus one chart point's indicator, region and year."""
    base = params.copy()
    for key in (*NON_FILTER_PARAMS, "indicator", "region", "year_min", "year_max", "year_missing"):
        base.pop(key, None)
    url = reverse("dashboard:metrics")

    def link(indicator: str, region: str | None, year: int | None) -> str:
        query = base.copy()
        query["indicator"] = indicator
        query["region"] = region or filters.NATIONAL
        if year is not None:
            query["year_min"] = query["year_max"] = str(year)
        return f"{url}?{query.urlencode()}"

    return link


def national_selected(params: QueryDict) -> bool:
    """False when the region filter leaves national figures out (no query needed to know there are none)."""
    regions = params.getlist("region")
    return not regions or filters.NATIONAL in regions


def chosen_indicator(params: QueryDict) -> str:
    show = params.get("show", "")
    return show if show in Indicator.values else "employment"


@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    # The indicators of the overview are fixed (employment, revenue) or chosen by the switch (`show`).
    params = request.GET.copy()
    params.pop("indicator", None)
    filterset = filters.MetricFilterSet(params, queryset=selectors.metric_countable_queryset())
    queryset = filterset.qs if filterset.is_valid() else Metric.objects.none()
    show = chosen_indicator(request.GET)
    indicators = list(dict.fromkeys((*HEADLINE_INDICATORS, show)))
    series = selectors.metric_year_series(queryset, indicators)
    regions = selectors.regions_with_coordinates()
    names = {region.slug: region.name for region in regions}
    link = table_link_builder(params)
    chart_data = {}
    for indicator in indicators:
        if series[indicator].points:
            chart_data[f"years-{indicator}"] = charts.years_figure(series[indicator], names, link)
    if series[show].latest_by_region():
        chart_data["latest"] = charts.latest_by_region_figure(series[show], names, link)
    chart_data["map"] = charts.map_figure(series[show], regions, link)
    without_year = selectors.metrics_without_year_count(queryset.filter(indicator__in=indicators), COUNT_CAP)
    table_query = params.copy()
    for key in NON_FILTER_PARAMS:
        table_query.pop(key, None)
    context = {
        "filterset": filterset,
        "show": show,
        "show_label": charts.indicator_label(show),
        "switch": [(value, label) for value, label in Indicator.choices],
        "headlines": [
            (
                charts.indicator_label(indicator),
                selectors.latest_national_metric(queryset, indicator) if national_selected(params) else None,
            )
            for indicator in HEADLINE_INDICATORS
        ],
        "series": series,
        "year_panels": [
            (indicator, charts.indicator_label(indicator), series[indicator])
            for indicator in indicators
            if indicator in HEADLINE_INDICATORS or indicator == show
        ],
        "charts": chart_data,
        "without_year": without_year,
        "without_year_capped": without_year > COUNT_CAP,
        "without_year_url": reverse("dashboard:metrics")
        + "?"
        + _with(table_query, year_missing="true", indicator=indicators),
        "table_url": reverse("dashboard:metrics") + "?" + _with(table_query, indicator=[show]),
        "save_form": SavedFilterForm(initial={"path": request.path, "query": request.GET.urlencode()}),
        "keep_params": ["show"],
        "skip_fields": ["indicator", "o"],
    }
    return render(request, "dashboard/overview.html", context)


def _with(params: QueryDict, **values) -> str:
    query = params.copy()
    for key, value in values.items():
        if isinstance(value, list):
            query.setlist(key, value)
        else:
            query[key] = value
    return query.urlencode()


# --- Lists and exports ---------------------------------------------------------------------------


@require_GET
def metric_list(request: HttpRequest) -> HttpResponse:
    without_year = None
    if request.GET.get("year_missing") != "true":
        filterset = METRICS.filterset(request.GET)
        if filterset.is_valid():
            # Figures with no year fall out of any year range: say how many, and where they are.
            params = request.GET.copy()
            for key in ("year_min", "year_max", "page", "o"):
                params.pop(key, None)
            no_year_set = METRICS.filterset(params)
            if no_year_set.is_valid():
                count = selectors.metrics_without_year_count(no_year_set.qs, COUNT_CAP)
                without_year = {
                    "count": count,
                    "capped": count > COUNT_CAP,
                    "url": request.path + "?" + _with(params, year_missing="true"),
                }
    chart_query = request.GET.copy()
    for key in (*NON_FILTER_PARAMS, "indicator"):
        chart_query.pop(key, None)
    indicators = request.GET.getlist("indicator")
    if len(indicators) == 1:
        chart_query["show"] = indicators[0]
    return list_view(
        request,
        METRICS,
        "dashboard/metric_list.html",
        {
            "without_year": without_year,
            "chart_url": reverse("dashboard:overview") + "?" + chart_query.urlencode(),
            "value_sort": request.GET.get("o", "").lstrip("-") == "value",
        },
    )


@require_GET
def metric_export(request: HttpRequest) -> HttpResponse:
    return export_view(request, METRICS)


@require_GET
def article_list(request: HttpRequest) -> HttpResponse:
    return list_view(request, ARTICLES)


@require_GET
def article_export(request: HttpRequest) -> HttpResponse:
    return export_view(request, ARTICLES)


@require_GET
def organisation_list(request: HttpRequest) -> HttpResponse:
    return list_view(request, ORGANISATIONS)


@require_GET
def organisation_export(request: HttpRequest) -> HttpResponse:
    return export_view(request, ORGANISATIONS)


@require_GET
def event_list(request: HttpRequest) -> HttpResponse:
    return list_view(request, EVENTS)


@require_GET
def event_export(request: HttpRequest) -> HttpResponse:
    return export_view(request, EVENTS)


# --- Detail pages --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LatestFigure:
    """A region's latest actual figure of one indicator, as shown, with its value per 10 000 inhabitants."""

    label: Any
    text: str
    year: int
    per_inhabitants: str | None  # formatted; None when the unit does not divide by people
    url: str


def latest_figure(indicator: str, point: selectors.SeriesPoint | None, region: Region) -> LatestFigure | None:
    if point is None:
        return None
    period = "" if point.period == "year" else point.period
    qualifier = point.qualifier or "exact"
    per = per_capita.per_inhabitants(point.value, point.unit, region.population_2024)
    query = _with(QueryDict(mutable=True), indicator=indicator, region=region.slug, kind="actual", scope="sector")
    return LatestFigure(
        label=charts.indicator_label(indicator),
        text=format_figure(point.value, point.unit, qualifier, period),
        year=point.year,
        # "moins de 300 personnes" is "moins de 0,99 personne" per 10 000 inhabitants: the qualifier carries over.
        per_inhabitants=None if per is None else format_figure(per, point.unit, qualifier, period),
        url=f"{reverse('dashboard:metrics')}?{query}&year_min={point.year}&year_max={point.year}",
    )


def region_latest_figures(region: Region) -> list[LatestFigure]:
    """The region's latest actual figure of each indicator that divides by people."""
    indicators = list(per_capita.PER_CAPITA_INDICATORS)
    latest = selectors.region_latest_actuals(indicators, region)
    figures = (latest_figure(indicator, latest[indicator].get(region.slug), region) for indicator in indicators)
    return [figure for figure in figures if figure]


def per_toggle_context(params: QueryDict) -> dict:
    per, per_error = per_capita.per_toggle(params)
    return {"per": per, "per_error": per_error}


def per_capita_indicator(params: QueryDict) -> str:
    show = params.get("show", "")
    return show if show in per_capita.PER_CAPITA_INDICATORS else "employment"


@require_GET
def region_list(request: HttpRequest) -> HttpResponse:
    counts = selectors.region_metric_counts()
    show = per_capita_indicator(request.GET)
    latest = selectors.region_latest_actuals([show])[show]
    regions = [
        (region, counts.get(region.pk, 0), latest_figure(show, latest.get(region.slug), region))
        for region in selectors.regions_with_coordinates()
    ]
    context = {
        "regions": regions,
        "show": show,
        "show_label": charts.indicator_label(show),
        "switch": [(value, charts.indicator_label(value)) for value in per_capita.PER_CAPITA_INDICATORS],
        **per_toggle_context(request.GET),
    }
    return render(request, "dashboard/region_list.html", context)


@require_GET
def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Region, slug=slug)
    series = selectors.region_indicator_series(region)
    names = {region.slug: region.name}
    base = QueryDict(mutable=True)
    link = table_link_builder(base)
    panels = []
    chart_data = {}
    for indicator in Indicator.values:
        if indicator in series and series[indicator].points:
            chart_data[f"years-{indicator}"] = charts.years_figure(series[indicator], names, link)
            panels.append(
                (indicator, charts.indicator_label(indicator), series[indicator], link(indicator, region.slug, None))
            )
    countable = selectors.metric_countable_queryset().filter(region=region)
    without_year = selectors.metrics_without_year_count(countable, COUNT_CAP)
    context = {
        "region": region,
        "panels": panels,
        "charts": chart_data,
        "without_year": without_year,
        "without_year_url": reverse("dashboard:metrics") + f"?region={region.slug}&year_missing=true",
        "metrics_url": reverse("dashboard:metrics") + f"?region={region.slug}",
        "latest_figures": region_latest_figures(region),
        **per_toggle_context(request.GET),
        "events": selectors.region_events(region)[:50],
        "organisations": selectors.region_organisations(region),
        "cities": region.cities.order_by("name"),
    }
    return render(request, "dashboard/region_detail.html", context)


def split_evidence(text: str, metric: Metric | None) -> tuple[str, str, str] | None:
    """The article text cut around the evidence sentence, each part escaped by the template.

    The offsets index the text the parser read; if the text has changed since (re-upload, edit),
    the sentence is looked up instead so the highlight never lands on the wrong words.
    """
    if metric is None:
        return None
    start, end = metric.start, metric.end
    if text[start:end] != metric.sentence:
        found = text.find(metric.sentence)
        if found < 0:
            return None
        start, end = found, found + len(metric.sentence)
    return text[:start], text[start:end], text[end:]


@require_GET
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.defer("raw").select_related("duplicate_of"), pk=pk)
    metrics = list(article.metrics.select_related("region", "city", "organisation").order_by("start"))
    highlighted = None
    metric_id = request.GET.get("metric", "")
    if metric_id.isdigit():
        highlighted = next((m for m in metrics if m.pk == int(metric_id)), None)
    context = {
        "article": article,
        "metrics": metrics,
        "highlighted": highlighted,
        "parts": split_evidence(article.text, highlighted),
        "organisations": Organisation.objects.filter(mentions__article=article).distinct(),
        "places": article.place_mentions.select_related("city", "region"),
        "events": Event.objects.filter(mentions__article=article).select_related("city").distinct(),
        "can_review": user_can_review(request.user),
    }
    return render(request, "dashboard/article_detail.html", context)


@require_GET
def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation, pk=pk)
    metrics = (
        selectors.metric_countable_queryset()
        .filter(organisation=organisation)
        .select_related("region", "article")
        .defer(*[f"article__{f}" for f in selectors.HEAVY_ARTICLE_FIELDS])
    )
    articles = selectors.article_queryset().filter(organisation_mentions__organisation=organisation).distinct()
    context = {
        "organisation": organisation,
        "metrics": metrics[:50],
        "metric_count": metrics[: COUNT_CAP + 1].count(),
        "metrics_url": reverse("dashboard:metrics") + f"?organisation={organisation.pk}",
        "articles": articles[:50],
        "articles_url": reverse("dashboard:articles") + f"?organisation={organisation.pk}",
        "events": organisation.organised_events.select_related("city").order_by("-date")[:50],
    }
    return render(request, "dashboard/organisation_detail.html", context)


@require_GET
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(
        Event.objects.select_related("city", "region").prefetch_related(
            "organisers",
            Prefetch(
                "mentions",
                queryset=EventMention.objects.select_related("article").defer("article__raw", "article__text"),
            ),
        ),
        pk=pk,
    )
    return render(request, "dashboard/event_detail.html", {"event": event})


# --- Saved filters -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedPage:
    """What a saved filter opens, told in words: the page's title and its filters as chip texts."""

    title: str
    filters: list[str]


# The pages whose filters a saved filter can describe, by URL name (the overview reads the metrics filters).
FILTERED_PAGES = {page.name: page for page in (METRICS, ARTICLES, ORGANISATIONS, EVENTS)}
PAGE_TITLES = {
    "overview": gettext_lazy("Overview"),
    "regions": gettext_lazy("Regions"),
    "saved-filters": gettext_lazy("Saved filters"),
    **{name: page.title for name, page in FILTERED_PAGES.items()},
}


def saved_page(path: str, query: str) -> SavedPage:
    try:
        match = resolve(path)
    except Resolver404:
        return SavedPage(path, [])
    params = QueryDict(query)
    if match.url_name == "region":
        region = Region.objects.filter(slug=match.kwargs.get("slug")).first()
        return SavedPage(region.name if region else path, [])
    if match.url_name == "overview":
        filterset, skip = filters.MetricFilterSet(params), ["indicator"]
    elif match.url_name in FILTERED_PAGES:
        filterset, skip = FILTERED_PAGES[match.url_name].filterset(params), []
    else:
        return SavedPage(str(PAGE_TITLES.get(match.url_name, path)), [])
    chips = active_filter_chips(filterset, params, path, skip=skip)
    return SavedPage(
        str(PAGE_TITLES[match.url_name]),
        [_("%(label)s: %(value)s") % {"label": chip.label, "value": chip.value} for chip in chips],
    )


def _own_filters(request: HttpRequest) -> QuerySet[SavedFilter]:
    return SavedFilter.objects.filter(user=request.user)


@require_http_methods(["GET", "POST"])
def saved_filters(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = SavedFilterForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                saved = form.save()
            except IntegrityError:  # a double submit raced us: the first one saved it
                saved = _own_filters(request).get(name=form.cleaned_data["name"])
            messages.success(
                request,
                _("Filter “%(name)s” saved: it opens %(page)s.")
                % {"name": saved.name, "page": saved_page(saved.path, saved.query).title},
            )
            return redirect("dashboard:saved-filters")
        # Nothing is lost: the name typed and the page's filters come back with the reason.
        return render(request, "dashboard/saved_filter_form.html", _saved_form_context(form, request.POST))
    saved = [(item, saved_page(item.path, item.query)) for item in _own_filters(request)]
    return render(request, "dashboard/saved_filters.html", {"saved": saved})


def _saved_form_context(form: SavedFilterForm, data: QueryDict, saved: SavedFilter | None = None) -> dict:
    path = saved.path if saved else data.get("path", "")
    query = saved.query if saved else data.get("query", "")
    if not safe_dashboard_path(path):
        return {"form": form, "saved": saved, "page": None, "back_url": ""}
    return {
        "form": form,
        "saved": saved,
        "page": saved_page(path, query),
        "back_url": f"{path}?{query}" if query else path,
    }


@require_http_methods(["GET", "POST"])
def saved_filter_rename(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(_own_filters(request), pk=pk)
    old_name = saved.name
    form = SavedFilterRenameForm(request.POST or None, instance=saved, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        if saved.name != old_name:
            messages.success(request, _("Filter “%(old)s” renamed “%(new)s”.") % {"old": old_name, "new": saved.name})
        return redirect("dashboard:saved-filters")
    return render(request, "dashboard/saved_filter_form.html", _saved_form_context(form, QueryDict(), saved))


@require_http_methods(["GET", "POST"])
def saved_filter_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks for confirmation; only the POST of that page deletes."""
    saved = get_object_or_404(_own_filters(request), pk=pk)
    if request.method == "POST":
        saved.delete()
        messages.success(request, _("Filter “%(name)s” deleted.") % {"name": saved.name})
        return redirect("dashboard:saved-filters")
    context = {"saved": saved, "page": saved_page(saved.path, saved.query)}
    return render(request, "dashboard/saved_filter_confirm_delete.html", context)


# --- About this data -----------------------------------------------------------------------------


@require_GET
def about(request: HttpRequest) -> HttpResponse:
    context = {"coverage": selectors.data_coverage(), "glossary": glossary.glossary()}
    return render(request, "dashboard/about.html", context)
