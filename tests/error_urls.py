"""The site's URLs plus views that fail on purpose, for the error page tests."""

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.urls import path

from offshoring.urls import urlpatterns as site_urlpatterns


@login_not_required
def broken(request):
    raise RuntimeError("a bug in a view")


def forbidden_with_markup(request):
    raise PermissionDenied('<script>alert("x")</script> Réservé.')


urlpatterns = [
    path("test-errors/broken/", broken),
    path("test-errors/forbidden/", forbidden_with_markup),
    *site_urlpatterns,
]
