"""The admin site: one module per concern."""

from . import reference  # noqa: F401
