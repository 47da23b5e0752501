"""Template helpers of the admin pages: the index's shortcuts, a dict lookup."""

from django import template
from django.urls import reverse

from offshoring.choices import ArticleStatus
from offshoring.selectors import article_status_counts, metrics_to_review_queryset
from offshoring.services.review import user_can_review

register = template.Library()


@register.simple_tag(takes_context=True)
def admin_shortcuts(context) -> dict:
    """What an admin comes for: the figures waiting for review, the upload form, the failed articles."""
    user = context["request"].user
    shortcuts = {}
    if user_can_review(user):
        shortcuts["to_review"] = metrics_to_review_queryset().count()
        shortcuts["review_url"] = reverse("admin:offshoring_metric_changelist") + "?queue=todo"
    if user.has_perm("offshoring.add_article"):
        shortcuts["upload_url"] = reverse("admin:offshoring_article_upload")
    if user.has_perm("offshoring.change_article"):
        shortcuts["failed"] = article_status_counts()[ArticleStatus.FAILED]
        shortcuts["failed_url"] = reverse("admin:offshoring_article_changelist") + "?status__exact=failed"
    return shortcuts


@register.filter
def get_item(mapping, key):
    """{{ figures|get_item:article_id }}: a dict's value in a template."""
    return mapping.get(key) if mapping else None
