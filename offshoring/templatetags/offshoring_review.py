"""{% review_buttons metric %}: confirm / reject / edit a figure where it is shown (offshoring/admin/review.py)."""

from django import template

from offshoring.admin.review import review_buttons_context

register = template.Library()


@register.inclusion_tag("admin/offshoring/metric/review_buttons.html")
def review_buttons(metric, edit=True):
    """The buttons, to be placed inside a POST form that carries the CSRF token."""
    return review_buttons_context(metric, edit=edit)
