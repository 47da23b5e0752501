"""Celery tasks of the dashboard: each calls one service."""

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from .services import export_job_run, exports_expire


@shared_task(
    # The database briefly unreachable: try again, further apart each time (the file restarts from zero).
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_backoff_max=60,
    max_retries=5,
    # Redelivered if its worker dies mid-export: the .part file is rewritten, never offered half done.
    acks_late=True,
    reject_on_worker_lost=True,
    time_limit=settings.EXPORT_TASK_TIME_LIMIT,
    soft_time_limit=settings.EXPORT_TASK_TIME_LIMIT - 30,
)
def export_job_run_task(export_id: str) -> str:
    return export_job_run(export_id=export_id)


@shared_task(ignore_result=True)
def exports_expire_task() -> int:
    return exports_expire()
