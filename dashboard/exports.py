"""Exports (CSV, JSON) of exactly the page's rows, in its order, with its columns: complete or visibly failed.

What is exported: the page's filter, its sort (`o=`, else the page's default order) and its chosen
columns, the row id first. Headers are the page's column labels in the page's language and values
are worded as the page words them (kind, precision, unit, region names); `?headers=codes` gives
machines the stored codes instead. `?sep=semicolon` writes `;` and decimal commas for a French
Excel. JSON is for programs: codes, typed values, whatever `headers` says.

How a download never lies (no 200 with a cut body):

- Up to EXPORT_DIRECT_MAX_ROWS rows the file is written whole (into a spooled temporary file)
  before the response starts, then sent with its Content-Length. A failure while writing is an
  error page; a connection cut while sending leaves the client short of the length it was
  announced, which every HTTP client reports as a failed download. No chunked stream is ever sent,
  whose missing end a careless client could take for a complete file.
- Above it, a Celery job (dashboard.services.export_job_run) writes the file under EXPORT_ROOT, as a
  `.part` file renamed only once complete; the page follows its progress and offers the file, again
  with its Content-Length, when it is ready.

Speed: CSV on PostgreSQL is written by PostgreSQL itself, `COPY (the export's SELECT) TO STDOUT`,
with the words, the formula neutralisation and the decimal commas as SQL expressions: COPY's speed,
flat memory. SQLite and JSON fetch tuples through a server-side cursor, CHUNK_ROWS at a time.
Fetching tuples into Python costs ~6 µs a row (0.26 × COPY's speed on a million metrics).
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from itertools import islice
from typing import IO

from django.conf import settings
from django.db import connections
from django.db.models import Case, F, QuerySet, TextField, Value, When
from django.db.models.functions import Cast, Concat, Left, Replace
from django.db.models.lookups import In
from django.http import FileResponse, QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from .tables import METRIC_TABLE, Column, ExportField, Table

CHUNK_ROWS = 2000
COPY_CHUNK_BYTES = 256 * 1024
SPOOL_MEMORY_BYTES = 8 * 1024 * 1024  # a direct export larger than this waits on disk, not in memory
BOM = "\ufeff"  # lets Excel recognise UTF-8
# A spreadsheet evaluates a cell beginning with one of these as a formula (CSV injection);
# tab and carriage return are on OWASP's list too.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
SEPARATORS = {"comma": ",", "semicolon": ";"}
FORMATS = {"csv": ("text/csv; charset=utf-8", "csv"), "json": ("application/json", "json")}
HEADERS = ("labels", "codes")

Progress = Callable[[int], None]  # called with the rows written so far


class ExportOptionError(ValueError):
    """A query parameter of the export has a value it does not know (answered 400, before any query)."""


@dataclass(frozen=True)
class ExportOptions:
    fmt: str = "csv"
    labelled: bool = True  # headers and words as the page shows them; False: codes for machines
    separator: str = ","

    @classmethod
    def from_params(cls, params: QueryDict) -> ExportOptions:
        fmt = params.get("format") or "csv"
        headers = params.get("headers") or "labels"
        separator = params.get("sep") or "comma"
        for name, value, known in (
            ("format", fmt, FORMATS),
            ("headers", headers, HEADERS),
            ("sep", separator, SEPARATORS),
        ):
            if value not in known:
                raise ExportOptionError(
                    _("Unknown value “%(value)s” for %(name)s: use one of %(known)s.")
                    % {"value": value, "name": name, "known": ", ".join(known)}
                )
        if fmt == "json":
            return cls(fmt="json", labelled=False)
        return cls(fmt=fmt, labelled=headers == "labels", separator=SEPARATORS[separator])

    @property
    def decimal_comma(self) -> bool:
        return self.separator == ";"

    @property
    def content_type(self) -> str:
        return FORMATS[self.fmt][0]

    @property
    def extension(self) -> str:
        return FORMATS[self.fmt][1]


CODES = ExportOptions(labelled=False)


def export_header(fields: Sequence[ExportField], options: ExportOptions) -> list[str]:
    return [str(field.label) if options.labelled else field.code for field in fields]


def neutralised(expression) -> Case:
    """SQL for a text value that gets a leading apostrophe when it looks like a formula."""
    return Case(
        When(
            In(Left(expression, 1), list(FORMULA_TRIGGERS)),
            then=Concat(Value("'"), expression, output_field=TextField()),
        ),
        default=expression,
        output_field=TextField(),
    )


def export_values(table: Table, rows: QuerySet, columns: Sequence[Column], options: ExportOptions) -> QuerySet:
    """The export as a values_list over the page's rows: one SELECT for COPY, csv and JSON alike."""
    names, annotations = [], {}
    for index, field in enumerate(table.export_fields(columns)):
        expression = field.expression(options.labelled)
        if options.decimal_comma and field.decimal:
            expression = Replace(Cast(expression, TextField()), Value("."), Value(","), output_field=TextField())
        if options.fmt == "csv" and field.text:
            expression = neutralised(expression)
        if isinstance(expression, F):
            names.append(expression.name)
        else:
            annotations[f"export_{index}"] = expression
            names.append(f"export_{index}")
    return table.annotate(rows).annotate(**annotations).values_list(*names)


def _batches(rows: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def _header_line(header: Sequence[str], options: ExportOptions, line_end: str) -> bytes:
    buffer = io.StringIO()
    if options.labelled:
        buffer.write(BOM)  # for Excel; machines reading codes get plain UTF-8
    csv.writer(buffer, delimiter=options.separator, lineterminator=line_end).writerow(header)
    return buffer.getvalue().encode("utf-8")


def csv_chunks(values: QuerySet, header: Sequence[str], options: ExportOptions, progress: Progress | None):
    """The CSV as bytes chunks: the header, then PostgreSQL's COPY output or csv.writer's, CHUNK_ROWS at a time.

    COPY ends its lines with LF and quotes any cell holding a CR or LF; Python's csv quotes only the
    characters of its line terminator, so it writes CRLF (RFC 4180) and a lone CR is quoted too.
    """
    if connections[values.db].vendor == "postgresql":
        yield _header_line(header, options, "\n")
        yield from postgres_copy_chunks(values, options.separator, progress)
        return
    yield _header_line(header, options, "\r\n")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=options.separator, lineterminator="\r\n")
    written = 0
    for batch in _batches(values.iterator(chunk_size=CHUNK_ROWS), CHUNK_ROWS):
        writer.writerows(batch)
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
        written += len(batch)
        if progress:
            progress(written)


def postgres_copy_chunks(values: QuerySet, separator: str, progress: Progress | None) -> Iterator[bytes]:
    """The rows as CSV written by PostgreSQL's COPY, in chunks of about COPY_CHUNK_BYTES."""
    connection = connections[values.db]
    sql, params = values.query.sql_with_params()
    lines = 0
    with connection.cursor() as cursor:
        # The inner psycopg cursor: Django's wrapper has no copy(). Parameters are bound client-side.
        options = "FORMAT csv" if separator == "," else "FORMAT csv, DELIMITER ';'"
        with cursor.cursor.copy(f"COPY ({sql}) TO STDOUT WITH ({options})", params) as copy:
            pending = bytearray()
            for block in copy:
                pending += block
                if len(pending) >= COPY_CHUNK_BYTES:
                    lines += pending.count(b"\n")  # rows, give or take a line break inside a cell
                    yield bytes(pending)
                    pending.clear()
                    if progress:
                        progress(lines)
            if pending:
                yield bytes(pending)


def _json_default(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def json_chunks(values: QuerySet, keys: Sequence[str], progress: Progress | None) -> Iterator[bytes]:
    """A JSON array of objects keyed by the codes, CHUNK_ROWS rows a chunk."""
    encoder = json.JSONEncoder(ensure_ascii=False, default=_json_default)
    yield b"["
    first, written = True, 0
    for batch in _batches(values.iterator(chunk_size=CHUNK_ROWS), CHUNK_ROWS):
        parts = []
        for row in batch:
            parts.append(("\n" if first else ",\n") + encoder.encode(dict(zip(keys, row, strict=True))))
            first = False
        yield "".join(parts).encode("utf-8")
        written += len(batch)
        if progress:
            progress(written)
    yield b"\n]\n"


def export_chunks(
    table: Table, rows: QuerySet, columns: Sequence[Column], options: ExportOptions, progress: Progress | None = None
) -> Iterator[bytes]:
    """The whole export file as bytes chunks (to write to a file: it is never sent as a stream)."""
    values = export_values(table, rows, columns, options)
    header = export_header(table.export_fields(columns), options)
    if options.fmt == "json":
        return json_chunks(values, header, progress)
    return csv_chunks(values, header, options, progress)


def export_write(
    table: Table,
    rows: QuerySet,
    columns: Sequence[Column],
    options: ExportOptions,
    out: IO[bytes],
    progress: Progress | None = None,
) -> int:
    """Write the export to a binary file; the number of bytes written."""
    size = 0
    for chunk in export_chunks(table, rows, columns, options, progress):
        out.write(chunk)
        size += len(chunk)
    return size


def export_filename(table: Table, options: ExportOptions) -> str:
    return f"{table.name}-{timezone.localdate().isoformat()}.{options.extension}"


def export_rows_capped(rows: QuerySet, cap: int) -> int:
    """How many rows the export holds, counting no further than cap + 1 (cheap on a million rows)."""
    return rows.order_by()[: cap + 1].count()


def direct_export_limit() -> int:
    return settings.EXPORT_DIRECT_MAX_ROWS


def export_file_response(table: Table, rows: QuerySet, columns: Sequence[Column], options: ExportOptions):
    """The whole file, written before the first byte is sent, with its Content-Length."""
    spooled = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY_BYTES)
    export_write(table, rows, columns, options, spooled)
    spooled.seek(0)
    response = FileResponse(
        spooled, as_attachment=True, filename=export_filename(table, options), content_type=options.content_type
    )
    response["Cache-Control"] = "no-store"
    return response


# --- For the benchmark and tests: the metrics export with the default columns ----------------------


def metric_export_rows(queryset: QuerySet, columns: Sequence[Column] | None = None) -> Iterator[tuple]:
    """Metric rows as the export reads them, in codes (the stored values)."""
    values = export_values(METRIC_TABLE, queryset, columns or METRIC_TABLE.chosen(None), CODES)
    return values.iterator(chunk_size=CHUNK_ROWS)


def metric_csv_stream(
    queryset: QuerySet, columns: Sequence[Column] | None = None, options: ExportOptions | None = None
) -> Iterator[bytes]:
    """The metric CSV as bytes chunks, as the page's labelled export writes it."""
    return export_chunks(METRIC_TABLE, queryset, columns or METRIC_TABLE.chosen(None), options or ExportOptions())
