"""Upload manifests: the metadata of a bulk upload, one row per article file, as CSV or JSON Lines.

    file,url,outlet,publication_date,title
    corpus/001.txt,https://lematin.ma/x.html,Le Matin,2009-04-09,"Dix ans de centres d'appels"

    {"file": "corpus/001.txt", "url": "https://lematin.ma/x.html", "publication_date": "2009-04-09"}

`file` is required: a path relative to the manifest. The other fields may be left empty. Parsing
never stops at a bad row: each row becomes an entry, or a problem that names its line and says why,
so the good rows go in and the bad ones can be fixed and sent again. Spreadsheet habits are read as
meant: a byte-order mark, `;` or tab separators, headers such as "Publication date", dates written
18/01/2011, Windows-1252 or UTF-16 files. A column the manifest does not know is ignored with a note.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.translation import gettext as _

from offshoring.extraction.decoding import DecodingError, decode_bytes

FIELDS = ("file", "url", "outlet", "publication_date", "title")
# Other names people give these columns; a header is compared lower-cased, spaces and dashes as "_".
FIELD_ALIASES = {
    "path": "file",
    "filename": "file",
    "file_name": "file",
    "link": "url",
    "date": "publication_date",
    "published": "publication_date",
    "publication": "publication_date",
}
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson", ".json")
SEPARATORS = (",", ";", "\t")
# Day first, as French spreadsheets write dates; ISO year first. A time after the date is ignored.
DATE_FORMATS = (
    re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"),
    re.compile(r"(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4})"),
)
_TIME_SUFFIX = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One good row. Empty fields are None: the upload's own outlet, URL or date then apply."""

    line: int
    file: str  # relative to the manifest, with "/" separators
    url: str | None = None
    outlet: str | None = None
    publication_date: date | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ManifestProblem:
    """A row that is not ingested (line set), or the manifest as a whole (line None), and why."""

    line: int | None
    file: str
    message: str

    def text(self) -> str:
        if self.line is None:
            return self.message
        return _("line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass(slots=True)
class Manifest:
    entries: list[ManifestEntry] = field(default_factory=list)
    problems: list[ManifestProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was read differently from what was written


def manifest_parse(data: bytes, *, name: str = "manifest.csv") -> Manifest:
    """The entries, refused rows and notes of a manifest file."""
    manifest = Manifest()
    try:
        text, _encoding = decode_bytes(data)
    except DecodingError as exc:
        manifest.problems.append(ManifestProblem(None, name, _("the manifest is not a text file (%s)") % exc))
        return manifest
    text = text.lstrip("\ufeff")
    if not text.strip():
        manifest.problems.append(ManifestProblem(None, name, _("the manifest is empty")))
        return manifest
    if name.lower().endswith(JSON_LINES_SUFFIXES) or text.lstrip().startswith("{"):
        rows = _json_lines_rows(text, name, manifest)
    else:
        rows = _csv_rows(text, name, manifest)
    seen: dict[str, int] = {}
    for line, row in rows:
        entry = _entry(line, row, manifest)
        if entry is None:
            continue
        if entry.file in seen:
            message = _("repeats line %(line)s (the same file)") % {"line": seen[entry.file]}
            manifest.problems.append(ManifestProblem(line, entry.file, message))
            continue
        seen[entry.file] = line
        manifest.entries.append(entry)
    if not manifest.entries and not manifest.problems:
        manifest.problems.append(ManifestProblem(None, name, _("the manifest lists no file")))
    return manifest


def _field_name(header: str) -> str:
    key = re.sub(r"[\s\-]+", "_", header.strip().lower())
    return FIELD_ALIASES.get(key, key)


def _unknown_note(names: list[str], what: str) -> str:
    return _("%(what)s %(names)s ignored: a manifest has %(fields)s") % {
        "what": what,
        "names": ", ".join(f"“{n}”" for n in names),
        "fields": ", ".join(FIELDS),
    }


def _csv_rows(text: str, name: str, manifest: Manifest) -> list[tuple[int, dict[str, str]]]:
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    separator = max(SEPARATORS, key=first_line.count)
    if separator != ",":
        manifest.notes.append(_("columns separated by “%s”") % ("tab" if separator == "\t" else separator))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header: list[str] | None = None
    rows = []
    line = 0
    for cells in reader:
        first, line = line + 1, reader.line_num  # a quoted cell may span lines: report the row's first
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [_field_name(cell) for cell in cells]
            if "file" not in header:
                manifest.problems.append(
                    ManifestProblem(
                        None,
                        name,
                        _("the manifest has no “file” column: its first line must name the columns (%(fields)s)")
                        % {"fields": ", ".join(FIELDS)},
                    )
                )
                return []
            unknown = [cells[i].strip() for i, key in enumerate(header) if key not in FIELDS]
            if unknown:
                manifest.notes.append(_unknown_note(unknown, _("columns")))
            continue
        if len(cells) > len(header):
            file = cells[header.index("file")].strip() if header.index("file") < len(cells) else ""
            manifest.problems.append(
                ManifestProblem(
                    first,
                    file,
                    _(
                        "%(cells)s cells where the header has %(columns)s columns "
                        "(a title with a “%(sep)s” needs quotes)"
                    )
                    % {"cells": len(cells), "columns": len(header), "sep": separator},
                )
            )
            continue
        row = {}
        for key, cell in zip(header, cells, strict=False):
            if key in FIELDS and key not in row:
                row[key] = cell
        rows.append((first, row))
    return rows


def _json_lines_rows(text: str, name: str, manifest: Manifest) -> list[tuple[int, dict[str, str]]]:
    rows = []
    unknown: list[str] = []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            manifest.problems.append(ManifestProblem(line, "", _("not valid JSON (%s)") % exc.msg))
            continue
        if not isinstance(value, dict):
            manifest.problems.append(ManifestProblem(line, "", _("not a JSON object ({…})")))
            continue
        row: dict[str, str] = {}
        problem = ""
        for raw_key, cell in value.items():
            key = _field_name(str(raw_key))
            if key not in FIELDS:
                if raw_key not in unknown:
                    unknown.append(str(raw_key))
                continue
            if isinstance(cell, dict | list):
                problem = _("“%(key)s” must be a text, not a list or an object") % {"key": raw_key}
            elif cell is not None:
                row[key] = str(cell)
        if problem:
            manifest.problems.append(ManifestProblem(line, row.get("file", "").strip(), problem))
            continue
        rows.append((line, row))
    if unknown:
        manifest.notes.append(_unknown_note(unknown, _("keys")))
    return rows


def _entry(line: int, row: dict[str, str], manifest: Manifest) -> ManifestEntry | None:
    """The row as an entry, or None after recording why it is refused."""
    file = row.get("file", "").strip().replace("\\", "/")
    while file.startswith("./"):
        file = file[2:]

    def refuse(message: str) -> None:
        manifest.problems.append(ManifestProblem(line, file, message))

    if not file:
        return refuse(_("no file named"))
    path = PurePosixPath(file)
    if path.is_absolute() or ".." in path.parts or re.match(r"^[A-Za-z]:", file):
        return refuse(_("the file must be named relative to the manifest, inside its folder"))
    url = row.get("url", "").strip()
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            return refuse(_("“%(url)s” is not a web address (http:// or https://)") % {"url": url})
    raw_date = row.get("publication_date", "").strip()
    published = None
    if raw_date:
        published = _date(raw_date)
        if published is None:
            return refuse(_("“%(date)s” is not a date (write YYYY-MM-DD)") % {"date": raw_date})
        if published > timezone.localdate():
            return refuse(_("the publication date %(date)s is in the future") % {"date": published.isoformat()})
    return ManifestEntry(
        line=line,
        file=str(path),
        url=url or None,
        outlet=" ".join(row.get("outlet", "").split()) or None,
        publication_date=published,
        title=" ".join(row.get("title", "").split()) or None,
    )


def _date(text: str) -> date | None:
    for pattern in DATE_FORMATS:
        match = pattern.match(text)
        if match and _TIME_SUFFIX.fullmatch(text, match.end()):
            try:
                return date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                return None
    return None
