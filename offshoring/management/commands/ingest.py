"""manage.py ingest PATH... : the admin upload's path, from the command line."""

import time
from datetime import date

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator

from offshoring.selectors import article_status_counts, batch_progress
from offshoring.services.ingest import REJECTED, path_files, upload_ingest


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date: {value!r} is not a date (YYYY-MM-DD)") from None


class Command(BaseCommand):
    help = "Ingest article files, folders (searched for .txt/.html/.zip) and .zip archives, then queue their parse."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--outlet", default="", help="Outlet of every article ingested.")
        parser.add_argument("--url", default="", help="URL of the article (for a single file).")
        parser.add_argument("--date", type=str, default=None, help="Publication date (YYYY-MM-DD); wins over the text.")
        parser.add_argument("--label", default="", help="Label of the upload batch.")
        parser.add_argument("--wait", action="store_true", help="Wait until every article is parsed or failed.")
        parser.add_argument("--timeout", type=float, default=600, help="Seconds --wait waits at most (default 600).")

    def handle(self, *args, paths, outlet, url, date, label, wait, timeout, **options):
        publication_date = _date(date) if date else None
        if url:
            try:
                URLValidator()(url)
            except ValidationError:
                raise CommandError(f"--url: {url!r} is not a valid URL") from None

        def report_line(outcome):
            style = self.style.ERROR if outcome.result == REJECTED else self.style.SUCCESS
            self.stdout.write(style(outcome.line()) if outcome.result != "duplicate" else outcome.line())

        report = upload_ingest(
            files=path_files(paths),
            outlet=outlet,
            url=url,
            publication_date=publication_date,
            label=label or " ".join(paths)[:255],
            on_outcome=report_line,
        )
        self.stdout.write(report.summary())
        if report.batch is not None:
            self.stdout.write(f"batch #{report.batch.pk}")
        if wait and report.batch is not None:
            self._wait(report.batch, timeout)

    def _wait(self, batch, timeout):
        deadline = time.monotonic() + timeout
        progress = batch_progress(batch=batch)
        while not progress.done and time.monotonic() < deadline:
            time.sleep(0.5)
            progress = batch_progress(batch=batch)
        counts = ", ".join(f"{status} {count}" for status, count in progress.counts.items())
        if not progress.done:
            raise CommandError(f"timed out after {timeout:g} s, {progress.remaining} articles not parsed yet: {counts}")
        self.stdout.write(f"batch #{batch.pk} done: {counts}")
        self.stdout.write("all articles: " + ", ".join(f"{s} {n}" for s, n in article_status_counts().items()))
