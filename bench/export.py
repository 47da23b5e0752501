"""csv_vs_copy_ratio and csv_peak_rss_mb: the CSV export against PostgreSQL's own COPY."""

import os
import resource
import subprocess
import sys
import time

from django.db import connection


def metric_export_queryset():
    """What the export of the metrics page holds with no filter: every countable metric, in the page's order."""
    from django.http import QueryDict

    from dashboard.pages import METRICS

    return METRICS.rows(METRICS.filterset(QueryDict("")))


def copy_rate(queryset) -> tuple[int, float]:
    """Rows/s of `COPY (SELECT the default columns' stored values) TO STDOUT (FORMAT csv)`: the floor.

    The export itself writes more (headers and words as the page shows them, neutralised text) through
    the same COPY; the ratio says what that costs.
    """
    from dashboard.exports import CODES, export_values
    from dashboard.tables import METRIC_TABLE

    select = export_values(METRIC_TABLE, queryset, METRIC_TABLE.chosen(None), CODES)
    sql, params = select.query.sql_with_params()
    nbytes = 0
    started = time.perf_counter()
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY ({sql}) TO STDOUT (FORMAT csv)", params) as copy:
            for block in copy:
                nbytes += len(block)
    elapsed = time.perf_counter() - started
    rows = select.count()
    return rows, rows / elapsed


def export_rate(queryset) -> tuple[int, float]:
    from dashboard.exports import metric_csv_stream

    started = time.perf_counter()
    nbytes = 0
    for chunk in metric_csv_stream(queryset):
        nbytes += len(chunk)
    elapsed = time.perf_counter() - started
    rows = queryset.count()
    return rows, rows / elapsed


def csv_vs_copy() -> dict:
    queryset = metric_export_queryset()
    rows, copy_per_s = copy_rate(queryset)
    export_rows, export_per_s = export_rate(queryset)
    assert rows == export_rows
    return {
        "csv_rows": rows,
        "copy_rows_per_s": round(copy_per_s),
        "csv_rows_per_s": round(export_per_s),
        "csv_vs_copy_ratio": round(export_per_s / copy_per_s, 3),
    }


def export_peak_rss_mb(database_url: str) -> float:
    """Peak resident memory of a fresh process that streams the whole metrics export to nowhere."""
    env = dict(os.environ, DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="offshoring.settings")
    done = subprocess.run([sys.executable, "-m", "bench.export"], env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return float(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    import django

    django.setup()
    from dashboard.exports import metric_csv_stream

    for _chunk in metric_csv_stream(metric_export_queryset()):
        pass
    print(round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))  # ru_maxrss is in KiB on Linux
