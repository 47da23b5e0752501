import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in English; the product's default language is French (its .po has them)."""
    with translation.override("en"):
        yield
