"""The admin site: one module per concern."""

from . import articles, facts, reference  # noqa: F401
