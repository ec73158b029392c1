"""CSV export: the contract columns, safe to open in a spreadsheet.

Formula neutralisation follows the OWASP "CSV Injection" guidance: a text cell that starts
with ``=``, ``+``, ``-``, ``@``, tab or carriage return is prefixed with a single quote so
Excel, LibreOffice and Google Sheets show it as text instead of evaluating it (article
text quoting "-5%" or a note starting "=" is ordinary; a crafted outlet name is not).
Numeric columns (``char_start``, ``char_end``) are written as plain numbers and never
prefixed. Everything else round-trips through :mod:`csv` unchanged: the csv module does
the quoting (commas, quotes, newlines); we only spell lists and None.

Spelling: ``document`` is the stable document id (the title is in ``title``);
``agrees_with`` / ``conflicts_with`` are claim ids joined by ``;``; ``relation_reasons``
lists every relation of the claim (agree, conflict and related) as ``other_id: reason``
joined by ``"; "``, each read from this claim's side ("c456: narrower: ..." says this claim's scope is a
part of c456's; c456's own row says "broader"); None is an empty cell. See ``rows.suggest_verdict`` for
``suggested_verdict``. Lines end in ``\r\n`` (RFC 4180, the csv module's default).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from workbench.export.rows import CSV_COLUMNS

# ASCII formula starts, their fullwidth forms (spreadsheets fold them), and control starts
# (a cell that opens with a newline is read from its next line).
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\t", "\r", "\n")
NUMERIC_COLUMNS: frozenset[str] = frozenset({"char_start", "char_end"})
BOM = "\ufeff"


def neutralise(value: str) -> str:
    """``'`` + value when a spreadsheet would read it as a formula, else value unchanged."""
    if value and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def relation_reasons_text(relations: list[dict[str, Any]]) -> str:
    """``c123: 5:1 vs 7:1 ...; c456: ...``: each reason prefixed with the other claim's id."""
    parts = []
    for r in relations:
        reason = r.get("reason")
        kind = str(r.get("relation") or "").replace("_", " ")
        if reason and kind not in ("", "agree", "conflict", "related") and not reason.startswith(kind):
            reason = f"{kind}: {reason}"  # update / narrower / broader / different measure have no column of their own
        parts.append(f"{r['claim_id']}: {reason}" if reason else str(r["claim_id"]))
    return "; ".join(parts)


def csv_cells(row: dict[str, Any]) -> list[Any]:
    """The contract cells of one row, spelled for CSV and neutralised."""
    spelled = {
        **row,
        "agrees_with": ";".join(row.get("agrees_with") or ()),
        "conflicts_with": ";".join(row.get("conflicts_with") or ()),
        "relation_reasons": relation_reasons_text(row.get("relations") or []),
    }
    cells: list[Any] = []
    for column in CSV_COLUMNS:
        value = spelled.get(column)
        if value is None:
            cells.append("")
        elif column in NUMERIC_COLUMNS:
            cells.append(int(value))
        else:
            cells.append(neutralise(str(value)))
    return cells


def write_csv(
    rows: Iterable[dict[str, Any]],
    out: TextIO,
    *,
    excel: bool = False,
    on_row: Callable[[int], None] | None = None,
) -> int:
    """Write a header and one line per row as they arrive; return the number of rows.

    ``out`` must be opened with ``newline=""`` (the csv module writes ``\\r\\n`` itself).
    ``excel`` starts the text with a UTF-8 byte order mark so Excel picks UTF-8 on open.
    """
    if excel:
        out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for row in rows:
        writer.writerow(csv_cells(row))
        n += 1
        if on_row:
            on_row(n)
    return n
