"""manage.py reparse --all | --failed | --outdated | --stuck : queue articles for parsing again."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from offshoring.selectors import article_status_counts
from offshoring.services.reparse import MODES, articles_for_reparse, articles_reparse_matching


class Command(BaseCommand):
    help = "Queue articles for parsing again, a chunk at a time."

    def add_arguments(self, parser):
        modes = parser.add_mutually_exclusive_group(required=True)
        modes.add_argument("--all", dest="mode", action="store_const", const="all", help="Every article.")
        modes.add_argument("--failed", dest="mode", action="store_const", const="failed", help="Articles that failed.")
        modes.add_argument(
            "--outdated",
            dest="mode",
            action="store_const",
            const="outdated",
            help="Articles parsed by another parser version.",
        )
        modes.add_argument(
            "--stuck",
            dest="mode",
            action="store_const",
            const="stuck",
            help="Articles pending or processing for longer than --stuck-minutes (their task was lost).",
        )
        parser.add_argument(
            "--stuck-minutes", type=float, default=None, help="Default: settings.PARSE_STUCK_MINUTES (30)."
        )
        parser.add_argument("--batch-size", type=int, default=1000)

    def handle(self, *args, mode, stuck_minutes, batch_size, **options):
        assert mode in MODES
        stuck_after = timedelta(minutes=stuck_minutes) if stuck_minutes is not None else None
        queryset = articles_for_reparse(mode=mode, stuck_after=stuck_after)
        queued = articles_reparse_matching(
            queryset=queryset,
            chunk_size=max(1, batch_size),
            on_chunk=lambda n: self.stdout.write(f"queued {n}") if options["verbosity"] > 1 else None,
        )
        self.stdout.write(f"{queued} articles queued for parsing ({mode})")
        self.stdout.write("status: " + ", ".join(f"{s} {n}" for s, n in article_status_counts().items()))
