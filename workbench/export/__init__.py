"""Verdict export: CSV (spreadsheets), JSONL (programs), schema.org ClaimReview (partners).

The one entry point the CLI and the review UI share::

    from workbench.export import ExportFilters, write_export

    n = write_export(db, "verdicts.csv")                                  # every claim, CSV
    n = write_export(db, "-", fmt="jsonl")                                # stdout
    n = write_export(db, Path("out.json"), fmt="claimreview",
                     filters=ExportFilters(verdicts=("disputed",), since="2023-05-01"),
                     organization="Example Desk", org_url="https://example.org/checks")
    n = write_export(db, open_text_stream, per_reviewer=True,
                     progress=lambda stage, done, total: ...)

``db`` is an open ``workbench.store.Database`` or a path (opened read-only-ish with
``create=False`` and closed afterwards -- handy from a worker thread, which must not share
the UI's connection). ``out`` is a path (written to a temporary file beside it and renamed,
so a file is whole or absent), ``"-"`` for stdout, or an open text stream (CSV needs it
opened with ``newline=""``). The return value is the number of rows written (for
ClaimReview: reviews). ``progress("export", done, total)`` (the core's ``ProgressFn``) is
called every few hundred rows and at the end. Bad requests raise :class:`ExportError` with a one-line message.

All formats share :func:`workbench.export.rows.iter_rows`, a streaming row builder, so
memory stays flat on 100k claims. Column/field meanings are documented in ``rows.py``
(rows), ``filters.py`` (filters), ``csv_export.py``, ``jsonl_export.py`` and
``claimreview.py``; reviewer agreement (Cohen's/Fleiss' kappa) is in ``agreement.py``.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from workbench.export.atomic import atomic_text_file
from workbench.export.claimreview import write_claimreview
from workbench.export.csv_export import write_csv
from workbench.export.filters import REVIEWED_VERDICTS, UNREVIEWED, ExportError, ExportFilters
from workbench.export.jsonl_export import write_jsonl
from workbench.export.rows import CSV_COLUMNS, count_rows, iter_rows
from workbench.models import ProgressFn
from workbench.store import Database, open_db

FORMATS: tuple[str, ...] = ("csv", "jsonl", "claimreview")
PROGRESS_EVERY = 500


__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "ExportError",
    "ExportFilters",
    "count_rows",
    "iter_rows",
    "write_export",
]


def _effective_filters(fmt: str, filters: ExportFilters) -> ExportFilters | None:
    """ClaimReview publishes verdicts only: restrict to reviewed rows in SQL (so counts match).

    None means the request selects nothing (ClaimReview of unreviewed claims only).
    """
    if fmt != "claimreview":
        return filters
    if not filters.verdicts:
        return replace(filters, verdicts=REVIEWED_VERDICTS)
    wanted = tuple(v for v in filters.verdicts if v != UNREVIEWED)
    return replace(filters, verdicts=wanted) if wanted else None


def _no_rows() -> Iterator[dict[str, Any]]:
    yield from ()


@contextlib.contextmanager
def _open_db(db: Database | str | os.PathLike[str]) -> Iterator[Database]:
    if isinstance(db, Database):
        yield db
        return
    handle = open_db(db, create=False)
    try:
        yield handle
    finally:
        handle.close()


@contextlib.contextmanager
def _stdout() -> Iterator[TextIO]:
    """UTF-8 text over the real stdout bytes (the console encoding must not decide)."""
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:
        yield sys.stdout
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(binary, encoding="utf-8", newline="")
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()


def _output(out: str | os.PathLike[str] | TextIO) -> contextlib.AbstractContextManager[TextIO]:
    if isinstance(out, str) and out == "-":
        return _stdout()
    if isinstance(out, str | os.PathLike):
        return atomic_text_file(Path(out))
    return contextlib.nullcontext(out)


def write_export(
    db: Database | str | os.PathLike[str],
    out: str | os.PathLike[str] | TextIO,
    fmt: str = "csv",
    filters: ExportFilters | None = None,
    progress: ProgressFn | None = None,
    *,
    per_reviewer: bool = False,
    excel: bool = False,
    organization: str | None = None,
    org_url: str | None = None,
) -> int:
    """Export claims and verdicts from ``db`` to ``out`` in ``fmt``; return rows written.

    ``per_reviewer`` writes one row per (reviewer, claim) with that reviewer's latest
    verdict instead of one row per claim (csv and jsonl). ``excel`` adds a UTF-8 BOM (csv).
    ``organization``/``org_url`` name the reviewing organisation (claimreview).
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    if excel and fmt != "csv":
        raise ExportError("--excel applies to csv only")
    if per_reviewer and fmt == "claimreview":
        raise ExportError("--per-reviewer applies to csv and jsonl (ClaimReview publishes one verdict per claim)")
    chosen = _effective_filters(fmt, filters or ExportFilters())
    with _open_db(db) as handle:
        if chosen is None:
            total, rows = 0, _no_rows()
        else:
            total = count_rows(handle, chosen, per_reviewer=per_reviewer) if progress else 0
            rows = iter_rows(handle, chosen, per_reviewer=per_reviewer, with_history=fmt == "jsonl")

        def on_row(n: int) -> None:
            if progress and n % PROGRESS_EVERY == 0:
                progress("export", n, total)

        # closing(): the row generator's cursor is closed now, even when writing fails
        # midway (a broken pipe), not later by the garbage collector after the DB is gone.
        with contextlib.closing(rows), _output(out) as stream:
            if fmt == "csv":
                n = write_csv(rows, stream, excel=excel, on_row=on_row)
            elif fmt == "jsonl":
                n = write_jsonl(rows, stream, on_row=on_row)
            else:
                n = write_claimreview(rows, stream, organization=organization, org_url=org_url, on_row=on_row)
        if progress:
            progress("export", n, total)
    return n
