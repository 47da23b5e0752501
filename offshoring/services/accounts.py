"""Groups of the permission model (SPEC §6) and the demo users."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

ANALYSTS, STAFF, ADMINS = "analysts", "staff", "admins"

# The models analysts read; staff read them too and may export; admins change everything.
READABLE_MODELS = ("article", "metric", "organisation", "event", "region", "city", "uploadbatch")

DEMO_USERS = (
    # (username, password, group, is_staff)
    ("analyst", "analyst-demo", ANALYSTS, False),
    ("staff", "staff-demo", STAFF, False),
    ("admin", "admin-demo", ADMINS, True),
)


def group_permissions_sync(*, group_model=Group, permission_model=Permission) -> None:
    """Create the three groups with their permissions; idempotent."""
    offshoring = permission_model.objects.filter(content_type__app_label="offshoring")
    view = offshoring.filter(codename__in=[f"view_{m}" for m in READABLE_MODELS])
    export = offshoring.filter(codename="export_data")
    analysts, _ = group_model.objects.get_or_create(name=ANALYSTS)
    analysts.permissions.set(view)
    staff, _ = group_model.objects.get_or_create(name=STAFF)
    staff.permissions.set(view | export)
    admins, _ = group_model.objects.get_or_create(name=ADMINS)
    admins.permissions.set(offshoring | permission_model.objects.filter(content_type__app_label="dashboard"))


@transaction.atomic
def demo_users_create() -> list[tuple[str, str, str]]:
    """One user per group, password reset to the documented one each time; returns the logins."""
    group_permissions_sync()
    user_model = get_user_model()
    logins = []
    for username, password, group_name, is_staff in DEMO_USERS:
        user, _ = user_model.objects.get_or_create(username=username)
        user.set_password(password)
        user.is_staff = is_staff
        user.save()
        user.groups.set([Group.objects.get(name=group_name)])
        logins.append((username, password, group_name))
    return logins
