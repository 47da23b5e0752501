from django.core.management.base import BaseCommand

from offshoring.services.accounts import demo_users_create


class Command(BaseCommand):
    help = "Create (or reset) one demo user per group and print their logins."

    def handle(self, *args, **options):
        for username, password, group in demo_users_create():
            self.stdout.write(f"  {group:<9} login: {username:<8} password: {password}")
