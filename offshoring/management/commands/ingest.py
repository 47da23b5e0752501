"""manage.py ingest PATH... [--manifest FILE]: the admin upload's path, from the command line."""

import time
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator

from offshoring.manifest import manifest_parse
from offshoring.selectors import article_status_counts, batch_progress
from offshoring.services.ingest import REJECTED, path_files, upload_ingest
from offshoring.services.manifest import folder_finder, manifest_ingest


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date: {value!r} is not a date (YYYY-MM-DD)") from None


class Command(BaseCommand):
    help = (
        "Ingest article files, folders (searched for .txt/.html/.zip) and .zip archives, or the files a manifest "
        "lists with their metadata, then queue their parse."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH")
        parser.add_argument(
            "--manifest",
            type=Path,
            help="CSV or JSON Lines file with the columns file, url, outlet, publication_date, title "
            "(file: a path relative to the manifest).",
        )
        parser.add_argument("--outlet", default="", help="Outlet of every article ingested.")
        parser.add_argument("--url", default="", help="URL of the article (for a single file).")
        parser.add_argument("--date", type=str, default=None, help="Publication date (YYYY-MM-DD); wins over the text.")
        parser.add_argument("--label", default="", help="Label of the upload batch.")
        parser.add_argument("--wait", action="store_true", help="Wait until every article is parsed or failed.")
        parser.add_argument("--timeout", type=float, default=600, help="Seconds --wait waits at most (default 600).")

    def handle(self, *args, paths, manifest, outlet, url, date, label, wait, timeout, **options):
        if not paths and manifest is None:
            raise CommandError("give the files to ingest (PATH...) or --manifest FILE")
        publication_date = _date(date) if date else None
        if url:
            try:
                URLValidator()(url)
            except ValidationError:
                raise CommandError(f"--url: {url!r} is not a valid URL") from None

        def report_line(outcome):
            style = self.style.ERROR if outcome.result == REJECTED else self.style.SUCCESS
            self.stdout.write(style(outcome.line()) if outcome.result != "duplicate" else outcome.line())

        upload = {"outlet": outlet, "url": url, "publication_date": publication_date, "on_outcome": report_line}
        if manifest is not None:
            report = self._manifest_ingest(manifest, paths, label=label, **upload)
        else:
            report = upload_ingest(files=path_files(paths), label=label or " ".join(paths)[:255], **upload)
        self.stdout.write(report.summary())
        if report.batch is not None:
            self.stdout.write(f"batch #{report.batch.pk}")
        if wait and report.batch is not None:
            self._wait(report.batch, timeout)

    def _manifest_ingest(self, manifest_path: Path, paths, *, label, **upload):
        try:
            data = manifest_path.read_bytes()
        except OSError as exc:
            raise CommandError(f"--manifest: cannot read {manifest_path}: {exc.strerror}") from None
        manifest = manifest_parse(data, name=manifest_path.name)
        for note in manifest.notes:
            self.stdout.write(self.style.WARNING(f"{manifest_path}: {note}"))
        return manifest_ingest(
            manifest=manifest,
            name=str(manifest_path),
            find=folder_finder(manifest_path.parent),
            extra_files=path_files(paths),
            label=label or str(manifest_path)[:255],
            **upload,
        )

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
