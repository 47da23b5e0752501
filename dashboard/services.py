"""What the dashboard writes: the export jobs (create, run, expire). Views and tasks only call these."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, transaction
from django.http import QueryDict
from django.utils import timezone, translation

from .exports import ExportOptionError, ExportOptions, export_write
from .models import Export, ExportStatus
from .pages import LIST_PAGES, ListPage, chosen_columns

PROGRESS_EVERY_SECONDS = 1.0


def export_root() -> Path:
    root = Path(settings.EXPORT_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    return root


def export_path(export: Export) -> Path | None:
    """The complete file of a ready export (None before, or once expired)."""
    if export.status != ExportStatus.READY or not export.file_name:
        return None
    return Path(settings.EXPORT_ROOT) / export.file_name


def export_progress_key(export_id) -> str:
    return f"export-progress:{export_id}"


def export_rows_written(export: Export) -> int:
    """Rows written so far: the job reports them through the shared cache (its connection is busy with COPY)."""
    if export.status != ExportStatus.RUNNING:
        return export.rows_written
    return min(cache.get(export_progress_key(export.pk), 0), export.rows_expected or 0)


def export_job_create(*, user, page: ListPage, params: QueryDict, language: str) -> Export:
    """Record the export of a page's rows and queue the job that writes it."""
    from .tasks import export_job_run_task

    query = params.copy()
    for key in ("page", "per_page"):
        query.pop(key, None)
    export = Export.objects.create(
        user=user,
        table=page.name,
        query=query.urlencode(),
        language=language,
        expires_at=timezone.now() + timedelta(hours=settings.EXPORT_TTL_HOURS),
    )
    transaction.on_commit(lambda: export_job_run_task.delay(str(export.pk)))
    return export


def _export_update(export_id, **fields) -> None:
    Export.objects.filter(pk=export_id).update(**fields)


def export_job_run(*, export_id) -> str:
    """Write the export's file: a .part file, renamed to its final name only once complete.

    Idempotent: a job redelivered after its worker died starts the file again from the start. A
    database outage is raised for the task to retry; any other error marks the export failed, with
    its message on the export's page.
    """
    export = Export.objects.filter(pk=export_id).first()
    if export is None or export.status in (ExportStatus.READY, ExportStatus.EXPIRED):
        return export.status if export else "missing"
    page = LIST_PAGES[export.table]
    params = QueryDict(export.query)
    part = export_root() / f"{export.pk}.part"
    with translation.override(export.language):
        try:
            options = ExportOptions.from_params(params)
            filterset = page.filterset(params)
            if not filterset.is_valid():
                raise ExportOptionError(filterset.errors.as_text())
            rows = page.rows(filterset)
            expected = rows.count()
            _export_update(
                export.pk, status=ExportStatus.RUNNING, started_at=timezone.now(), rows_expected=expected, error=""
            )
            last_report = [0.0]

            def progress(written: int) -> None:
                if time.monotonic() - last_report[0] >= PROGRESS_EVERY_SECONDS:
                    cache.set(export_progress_key(export.pk), written, 3600)
                    last_report[0] = time.monotonic()

            with open(part, "wb") as out:
                size = export_write(page.table, rows, chosen_columns(page.table, params), options, out, progress)
                out.flush()
                os.fsync(out.fileno())
            file_name = f"{export.pk}.{options.extension}"
            os.replace(part, part.with_name(file_name))
        except (OperationalError, InterfaceError):
            part.unlink(missing_ok=True)
            raise
        except Exception as error:
            part.unlink(missing_ok=True)
            _export_update(export.pk, status=ExportStatus.FAILED, error=str(error)[:2000], finished_at=timezone.now())
            return ExportStatus.FAILED
    _export_update(
        export.pk,
        status=ExportStatus.READY,
        file_name=file_name,
        size_bytes=size,
        rows_written=expected,
        finished_at=timezone.now(),
    )
    cache.delete(export_progress_key(export.pk))
    return ExportStatus.READY


def exports_expire(*, now=None) -> int:
    """Delete the files of expired exports, and .part files no job has touched for as long."""
    now = now or timezone.now()
    expired = 0
    for export in Export.objects.filter(expires_at__lte=now).exclude(status=ExportStatus.EXPIRED):
        path = export_path(export)
        if path is not None:
            path.unlink(missing_ok=True)
        _export_update(export.pk, status=ExportStatus.EXPIRED, file_name="")
        expired += 1
    oldest = (now - timedelta(hours=settings.EXPORT_TTL_HOURS)).timestamp()
    for part in export_root().glob("*.part"):  # left by a worker killed mid-export
        if part.stat().st_mtime < oldest:
            part.unlink(missing_ok=True)
    return expired
