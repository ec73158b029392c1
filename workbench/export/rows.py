"""The one row builder behind every export format.

A row is a plain dict keyed by the contract column names (:data:`CSV_COLUMNS`) plus a few
structured extras the richer formats use (``relations``, ``quantities``, ``history``,
``event_id``). Values keep their types (ints, lists, None); each writer decides how to
spell them. The rows come from :func:`workbench.store.exports.export_records`, which
streams them page by page, so memory stays flat on 100k claims.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from workbench.export.filters import ExportFilters
from workbench.models import ExportRecord, VerdictEvent, suggest_verdict
from workbench.store import Database
from workbench.store.exports import PAGE_SIZE, count_export_rows, export_records

__all__ = ["CSV_COLUMNS", "build_row", "count_rows", "iter_rows", "suggest_verdict"]

CSV_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "document",
    "outlet",
    "title",
    "url",
    "published",
    "speaker",
    "speaker_kind",
    "via",
    "claim",
    "char_start",
    "char_end",
    "cluster_id",
    "cluster_label",
    "agrees_with",
    "conflicts_with",
    "relation_reasons",
    "suggested_verdict",
    "verdict",
    "reviewer",
    "note",
    "decided_at",
    "review_state",
)


def count_rows(db: Database, filters: ExportFilters | None = None, *, per_reviewer: bool = False) -> int:
    """How many rows :func:`iter_rows` will yield (for a progress bar's total)."""
    return count_export_rows(db, filters, per_reviewer=per_reviewer)


def _event(e: VerdictEvent) -> dict[str, Any]:
    return {
        "id": e.id,
        "verdict": e.verdict,
        "reviewer": e.reviewer,
        "note": e.note,
        "created_at": e.created_at,
        "undoes": e.undoes,
        "kind": e.kind,
    }


_FLIP = {"narrower": "broader", "broader": "narrower"}


def _from_this_side(claim_id: str, other: str, relation: str, reason: str | None) -> dict[str, Any]:
    """A relation read from this claim's side: "narrower" means this claim's scope is a part of the other's.

    The store keeps one row per pair, read from the claim whose id sorts first (``claim_a``); the claim
    on the other side sees the direction reversed, and the reason's leading kind with it."""
    if relation in _FLIP and other < claim_id:
        relation = _FLIP[relation]
        if reason and reason.startswith(tuple(_FLIP)):
            head = reason.split(":", 1)[0].split()[0]
            reason = _FLIP[head] + reason[len(head):]
    return {"claim_id": other, "relation": relation, "reason": reason}


def build_row(r: ExportRecord) -> dict[str, Any]:
    """The contract row of one store record (every format writes from this)."""
    relations = [_from_this_side(r.claim_id, x.claim_id, x.relation, x.reason) for x in r.relations]
    agrees = [x.claim_id for x in r.relations if x.relation == "agree"]
    conflicts = [x.claim_id for x in r.relations if x.relation == "conflict"]
    row = {
        "claim_id": r.claim_id,
        "document": r.document,
        "outlet": r.outlet,
        "title": r.title,
        "url": r.url,
        "published": r.published,
        "speaker": r.speaker,
        "speaker_kind": r.speaker_kind,
        "via": r.via,
        "claim": r.claim,
        "char_start": r.char_start,
        "char_end": r.char_end,
        "cluster_id": r.cluster_id,
        "cluster_label": r.cluster_label,
        "agrees_with": agrees,
        "conflicts_with": conflicts,
        "relations": relations,
        "suggested_verdict": suggest_verdict(r.speaker_kind, bool(conflicts)),
        "verdict": None if r.verdict in (None, "cleared") else r.verdict,
        "reviewer": r.reviewer,
        "note": r.note,
        "decided_at": r.decided_at,
        "event_id": r.event_id,
        "quantities": json.loads(r.quantities) if r.quantities else [],
        "review_state": r.review_state,
    }
    if r.history is not None:
        row["history"] = [_event(e) for e in r.history]
    return row


def iter_rows(
    db: Database,
    filters: ExportFilters | None = None,
    *,
    per_reviewer: bool = False,
    with_history: bool = False,
    page_size: int = PAGE_SIZE,
) -> Iterator[dict[str, Any]]:
    """Yield export rows lazily: one per claim, or one per (reviewer, claim) with ``per_reviewer``.

    Default mode covers every claim (reviewed or not) with its current verdict; the
    per-reviewer mode covers each reviewer's latest effective verdict per claim. Rows come
    in reading order (article date, outlet, document, position), per reviewer first in
    per-reviewer mode. ``with_history`` adds ``history``: every event of the claim, oldest first.
    """
    records = export_records(db, filters, per_reviewer=per_reviewer, with_history=with_history, page_size=page_size)
    try:
        for record in records:
            yield build_row(record)
    finally:
        records.close()
