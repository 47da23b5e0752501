"""The admin site: one module per concern."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import articles, facts, reference  # noqa: F401

admin.site.site_header = _("Offshoring intelligence — administration")
admin.site.site_title = _("Offshoring intelligence")
admin.site.index_title = _("Administration")
# The review list needs the width: the models are listed on the index page and in the breadcrumbs.
admin.site.enable_nav_sidebar = False
