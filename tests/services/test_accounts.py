"""Groups created by migration, and the demo users of `make demo`."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def codenames(group_name: str) -> set[str]:
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


def test_analysts_read_staff_also_export_admins_change():
    assert "view_metric" in codenames("analysts")
    assert "export_data" not in codenames("analysts")
    assert not {c for c in codenames("analysts") if c.startswith(("add_", "change_", "delete_"))}
    assert {"view_metric", "export_data"} <= codenames("staff")
    assert {"add_article", "change_metric", "review_metric", "export_data"} <= codenames("admins")


def test_demo_users_one_per_group_and_printed(capsys):
    call_command("create_demo_users")
    out = capsys.readouterr().out
    users = get_user_model().objects
    for username, group in [("analyst", "analysts"), ("staff", "staff"), ("admin", "admins")]:
        user = users.get(username=username)
        assert user.groups.filter(name=group).exists()
        assert f"login: {username}" in out
    assert users.get(username="admin").is_staff
    assert not users.get(username="analyst").is_staff
    call_command("create_demo_users")  # running `make demo` twice changes nothing
    assert users.count() == 3
