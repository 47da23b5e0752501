from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffshoringConfig(AppConfig):
    name = "offshoring"
    verbose_name = _("Offshoring sector")

    def ready(self):
        # Importing the app here makes it Celery's current app in web processes too, without
        # making the pure extraction package (offshoring.extraction) import Celery.
        from offshoring.celery import app  # noqa: F401
