import pytest
from django.test import Client

from tests.dashboard.demo import demo_data_create
from tests.factories import UserFactory

PASSWORDS = {"analyst": "pass-for-tests", "staff": "pass-for-tests", "admin": "pass-for-tests"}


@pytest.fixture
def demo(db):
    return demo_data_create()


def client_for(group: str | None) -> Client:
    client = Client()
    if group is None:
        return client
    user = UserFactory(username=f"test-{group}", group=group, is_staff=(group == "admins"))
    client.force_login(user)
    return client


@pytest.fixture
def analyst_client(db):
    return client_for("analysts")


@pytest.fixture
def staff_client(db):
    return client_for("staff")


@pytest.fixture
def admin_client_(db):
    return client_for("admins")


@pytest.fixture(autouse=True)
def fresh_chart_cache():
    """Chart aggregates are cached by SQL and newest metric id; tests reuse both, so start clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
