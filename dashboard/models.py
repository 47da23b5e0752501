"""What the dashboard stores for its users: their named filters."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SavedFilter(models.Model):
    """A bookmark of one page's state: the path and the query string, both from the URL."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_filters")
    name = models.CharField(_("name"), max_length=120)
    path = models.CharField(_("page"), max_length=200)
    query = models.TextField(_("query string"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("saved filter")
        verbose_name_plural = _("saved filters")
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="saved_filter_unique_name_per_user")]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path
