"""manage.py extract FILE [FILE ...] : the extraction contract (SPEC §4) as JSON Lines, no database."""

import json
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from offshoring.extraction import extract


class Command(BaseCommand):
    help = "Print one JSON object per file (JSON Lines) with what the extractor finds in it."
    requires_system_checks = []  # reads files only: no database, no model checks

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--date", default=None, help="Publication date (YYYY-MM-DD); wins over the text.")
        parser.add_argument("--url", default=None, help="The page's address; a date in it dates an undated text.")

    def handle(self, *args, files, date: str | None = None, url: str | None = None, **options):
        publication_date = _parsed_date(date)
        failures = 0
        for path in files:
            line, error = _extracted_line(path, publication_date, url)
            if error:
                failures += 1
                self.stderr.write(f"{path}: {error}")
            self.stdout.write(json.dumps(line, ensure_ascii=False))
        if failures == len(files):
            raise CommandError("no file could be read")


def _parsed_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date: {value!r} is not a date (YYYY-MM-DD)") from None


def _extracted_line(path: str, publication_date: date | None, url: str | None) -> tuple[dict, str | None]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return {"file": path, "error": exc.strerror or str(exc)}, exc.strerror or str(exc)
    result = extract(data, filename=path, publication_date=publication_date, url=url)
    return result.as_contract(path), result.error
