"""JSONL export: one JSON object per line, the contract fields with real types.

For programs, not spreadsheets: nothing is neutralised; lists stay arrays
(``agrees_with``, ``conflicts_with``), ``relation_reasons`` is a list of
``{claim_id, relation, reason}`` (agree, conflict and related pairs), ``quantities`` the
normalized quantity objects, and ``history`` every verdict event of the claim, oldest first
(``id, verdict, reviewer, note, created_at, undoes``) -- the audit trail travels with the data.
In per-reviewer mode each (reviewer, claim) row still carries the claim's full history.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from workbench.export.rows import CSV_COLUMNS


def jsonl_record(row: dict[str, Any]) -> dict[str, Any]:
    """The JSONL object for one row (contract fields in contract order, then extras)."""
    record: dict[str, Any] = {}
    for column in CSV_COLUMNS:
        if column == "relation_reasons":
            record[column] = [
                {"claim_id": r["claim_id"], "relation": r["relation"], "reason": r["reason"]}
                for r in row.get("relations") or []
            ]
        elif column in ("agrees_with", "conflicts_with"):
            record[column] = list(row.get(column) or [])
        else:
            record[column] = row.get(column)
    record["quantities"] = list(row.get("quantities") or [])
    record["history"] = list(row.get("history") or [])
    return record


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO, *, on_row: Callable[[int], None] | None = None) -> int:
    """Write one compact UTF-8 JSON object per line as rows arrive; return the count."""
    n = 0
    for row in rows:
        out.write(json.dumps(jsonl_record(row), ensure_ascii=False))
        out.write("\n")
        n += 1
        if on_row:
            on_row(n)
    return n
