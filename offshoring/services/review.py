"""Analyst review of extracted metrics: confirm, edit or reject, each change kept in the history.

A reviewed metric keeps its fingerprint (the identity the parser gave it), so a re-parse recognises
it: confirmed and edited metrics are left as they are, rejected ones are not extracted again.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from offshoring.choices import ReviewState
from offshoring.models import Metric

EDITABLE_FIELDS = (
    "indicator",
    "value",
    "unit",
    "qualifier",
    "kind",
    "year",
    "period",
    "scope",
    "region",
    "city",
    "organisation",
)


EXTRACTED_REASON = "extracted"


def user_can_review(user) -> bool:
    """Who sees the confirm / reject / edit buttons: admins (staff) with the review or change permission."""
    return bool(
        user.is_active
        and user.is_staff
        and (user.has_perm("offshoring.review_metric") or user.has_perm("offshoring.change_metric"))
    )


def _history_baseline(metric: Metric) -> None:
    """Record the metric as the parser wrote it, before its first review, so the history can say what changed.

    The parse writes metrics in bulk, without history rows (a re-parse would otherwise multiply them);
    a metric's history starts when a person first touches it.
    """
    if not Metric.history.filter(id=metric.id).exists():
        extracted = Metric.objects.get(pk=metric.pk)  # as stored, whatever the caller has set on `metric` since
        extracted._history_user = None  # the parser wrote it, not the user of the current request
        Metric.history.bulk_history_create(
            [extracted], default_change_reason=EXTRACTED_REASON, default_date=extracted.created_at
        )


def _reviewed(metric: Metric, *, user, state: str, reason: str) -> None:
    _history_baseline(metric)
    metric.review_state = state
    metric.reviewed_by = user
    metric.reviewed_at = timezone.now()
    # Who and why, for django-simple-history (outside a request the middleware cannot tell).
    metric._history_user = user
    metric._change_reason = reason


@transaction.atomic
def metrics_review(*, metrics: Iterable[Metric], user, state: str) -> int:
    """Confirm or reject metrics (or put them back to unreviewed); returns how many changed."""
    if state not in (ReviewState.CONFIRMED, ReviewState.REJECTED, ReviewState.AUTO):
        raise ValueError(f"use metric_edit to set {state!r}")
    changed = 0
    for metric in metrics:
        if metric.review_state == state:
            continue
        _reviewed(metric, user=user, state=state, reason=f"review: {state}")
        metric.save()
        changed += 1
    return changed


@transaction.atomic
def metric_edit(*, metric: Metric, user, changes: dict) -> Metric:
    """Correct a metric's fields; it becomes 'edited' and a re-parse will not touch it."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        setattr(metric, name, value)
    _reviewed(metric, user=user, state=ReviewState.EDITED, reason="review: edited " + ", ".join(sorted(changes)))
    metric.save()
    return metric
