"""Reviewing a figure where it is shown: confirm / reject buttons that work from any page.

The buttons (`{% review_buttons metric %}`, offshoring/templatetags/review.py) are submit buttons
with a `formaction`: inside any POST form that carries the CSRF token (the admin's lists and forms,
the dashboard's article page, a series review page) they post one metric's new state to
`MetricAdmin.review_view` (URL name `admin:offshoring_metric_review`), which calls the review service.
offshoring/static/offshoring/review.js sends the same POST in the background and updates the row in
place; without JavaScript the page reloads where it was (`next`).
"""

from __future__ import annotations

import dataclasses

from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.template_utils import HistoricalRecordContextHelper

from dashboard.formatting import format_number
from offshoring.choices import ReviewState
from offshoring.models import Metric

# The states a button sets, and what the page says once it is done.
REVIEW_DONE = {
    ReviewState.CONFIRMED: _("Figure confirmed."),
    ReviewState.REJECTED: _("Figure rejected: it is no longer counted."),
    ReviewState.AUTO: _("Figure back in the review queue."),
}


def review_buttons_context(metric: Metric, *, edit: bool = True) -> dict:
    """What the review buttons template needs; a pressed button sets the figure back to review."""
    state = metric.review_state
    return {
        "metric": metric,
        "label": str(metric),
        "state_label": metric.get_review_state_display(),
        "review_url": reverse("admin:offshoring_metric_review", args=[metric.pk]),
        "edit_url": reverse("admin:offshoring_metric_change", args=[metric.pk]) if edit else "",
        "confirmed": state == ReviewState.CONFIRMED,
        "rejected": state == ReviewState.REJECTED,
        "confirm_value": ReviewState.AUTO if state == ReviewState.CONFIRMED else ReviewState.CONFIRMED,
        "reject_value": ReviewState.AUTO if state == ReviewState.REJECTED else ReviewState.REJECTED,
    }


class NoRelatedEditingMixin:
    """Reference fields (region, city, organisation) as plain choices: no add, change, view or delete
    icons next to them, so editing a figure can never delete or rename the region it points to."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(formfield.widget, RelatedFieldWidgetWrapper):
            widget = formfield.widget
            widget.can_add_related = widget.can_change_related = False
            widget.can_delete_related = widget.can_view_related = False
        return formfield


class MetricHistoryHelper(HistoricalRecordContextHelper):
    """A metric's history in words: "Review: Not reviewed → Confirmed", "Value: 45 000 → 46 000"."""

    # Who reviewed and when is the history row itself; repeating it as a change says nothing.
    UNSAID = frozenset({"reviewed_by", "reviewed_at", "fingerprint"})

    def context_for_delta_changes(self, delta):
        said = [change for change in delta.changes if change.field not in self.UNSAID]
        return super().context_for_delta_changes(dataclasses.replace(delta, changes=said))

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if value is None or value == "":
            return "—"
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        if change.field == "value":
            return format_number(value)
        if isinstance(value, bool):
            return str(_("yes") if value else _("no"))
        return super().prepare_delta_change_value(change, value)


def history_record_summary(record) -> str:
    """What a history row did, in words."""
    if record.history_type == "+":
        return str(_("Extracted from the article"))
    if record.history_type == "-":
        return str(_("Deleted"))
    previous = record.prev_record
    if previous is not None and previous.review_state == record.review_state:
        return str(_("Changed"))
    return {
        ReviewState.CONFIRMED: str(_("Confirmed")),
        ReviewState.REJECTED: str(_("Rejected")),
        ReviewState.EDITED: str(_("Corrected")),
        ReviewState.AUTO: str(_("Put back in the review queue")),
    }.get(record.review_state, str(_("Changed")))
