"""The one streaming row builder behind every export format.

A row is a plain dict keyed by the contract column names (:data:`CSV_COLUMNS`) plus a few
structured extras the richer formats use (``relations``, ``quantities``, ``history``,
``event_id``). Values keep their types (ints, lists, None); each writer decides how to
spell them.

Why a cursor with ``fetchmany``: a 100k-claim export must not hold 100k rows. One SQL
cursor walks the claims in order; for each page of rows we fetch the page's relations
(and, for JSONL, verdict history) with one ``IN (...)`` query each, yield the rows, and
drop the page. Memory is bounded by the page size, whatever the database holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from workbench.export.filters import ExportFilters
from workbench.store.review import review_states
from workbench.store.verdicts import current_event_sql, effective_sql, note_sql

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

PAGE_SIZE = 500

_SELECT = """
SELECT c.id, c.document_id, d.outlet, d.title, d.url, d.published,
       c.speaker, c.speaker_kind, c.via, c.text, c.char_start, c.char_end, c.quantities,
       m.cluster_id, cl.label, v.id, v.verdict, v.reviewer, {note}, v.created_at
""".format(note=note_sql("v"))

# Current verdict of a claim = its latest effective event (the ``current_verdicts`` view,
# inlined so SQLite can use the (claim_id, id) index per claim instead of materialising it).
_FROM_CURRENT = f"""
FROM claims c
JOIN documents d ON d.id = c.document_id
LEFT JOIN cluster_members m ON m.claim_id = c.id
LEFT JOIN clusters cl ON cl.id = m.cluster_id
LEFT JOIN verdict_events v ON v.id = {current_event_sql("c.id")}
"""

# Per reviewer = that reviewer's latest *effective* event (not an undo, not undone), as in
# ``workbench.store.verdicts.reviewer_verdicts``; cleared verdicts mean "no opinion".
_FROM_PER_REVIEWER = f"""
FROM (SELECT max(id) AS id FROM verdict_events
      WHERE {effective_sql()}
      GROUP BY reviewer, claim_id) eff
JOIN verdict_events v ON v.id = eff.id
JOIN claims c ON c.id = v.claim_id
JOIN documents d ON d.id = c.document_id
LEFT JOIN cluster_members m ON m.claim_id = c.id
LEFT JOIN clusters cl ON cl.id = m.cluster_id
"""

_ORDER = "ORDER BY d.published, d.outlet, c.document_id, c.sentence_index, c.id"


def _query(filters: ExportFilters, per_reviewer: bool, count: bool) -> tuple[str, list[str]]:
    clauses, params = filters.where()
    if per_reviewer:
        clauses.insert(0, "v.verdict != 'cleared'")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    source = _FROM_PER_REVIEWER if per_reviewer else _FROM_CURRENT
    if count:
        return f"SELECT count(*) {source} {where}", params
    order = _ORDER.replace("ORDER BY ", "ORDER BY v.reviewer, ") if per_reviewer else _ORDER
    return f"{_SELECT} {source} {where} {order}", params


def count_rows(db: Database, filters: ExportFilters | None = None, *, per_reviewer: bool = False) -> int:
    """How many rows :func:`iter_rows` will yield (for a progress bar's total)."""
    sql, params = _query(filters or ExportFilters(), per_reviewer, count=True)
    return int(db.execute(sql, params).fetchone()[0])


def suggest_verdict(speaker_kind: str | None, conflicts: list[str]) -> str | None:
    """The verdict the evidence points to, for a reviewer to confirm (never recorded).

    ``unattributed`` when nobody is named as the source (speaker_kind ``none``); otherwise
    ``disputed`` when another outlet's claim conflicts with it; otherwise nothing.
    """
    if (speaker_kind or "none") == "none":
        return "unattributed"
    if conflicts:
        return "disputed"
    return None


def _relations_for(db: Database, claim_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {cid: [] for cid in claim_ids}
    if not claim_ids:
        return out
    marks = ",".join("?" * len(claim_ids))
    sql = f"SELECT claim_a, claim_b, relation, reason FROM relations WHERE claim_a IN ({marks}) OR claim_b IN ({marks})"
    for a, b, relation, reason in db.execute(sql, claim_ids + claim_ids):
        if a in out:
            out[a].append({"claim_id": b, "relation": relation, "reason": reason})
        if b in out:
            out[b].append({"claim_id": a, "relation": relation, "reason": reason})
    for items in out.values():
        items.sort(key=lambda r: (r["claim_id"], r["relation"]))
    return out


def _history_for(db: Database, claim_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {cid: [] for cid in claim_ids}
    if not claim_ids:
        return out
    marks = ",".join("?" * len(claim_ids))
    sql = (
        "SELECT id, claim_id, verdict, reviewer, note, created_at, undoes, kind FROM verdict_events "
        f"WHERE claim_id IN ({marks}) ORDER BY id"
    )
    for event_id, claim, verdict, reviewer, note, created_at, undoes, kind in db.execute(sql, claim_ids):
        out[claim].append(
            {
                "id": event_id,
                "verdict": verdict,
                "reviewer": reviewer,
                "note": note,
                "created_at": created_at,
                "undoes": undoes,
                "kind": kind,
            }
        )
    return out


def _build(raw: tuple, relations: list[dict[str, Any]]) -> dict[str, Any]:
    (cid, doc, outlet, title, url, published, speaker, kind, via, text, start, end, quantities,
     cluster_id, cluster_label, event_id, verdict, reviewer, note, decided_at) = raw  # fmt: skip
    agrees = [r["claim_id"] for r in relations if r["relation"] == "agree"]
    conflicts = [r["claim_id"] for r in relations if r["relation"] == "conflict"]
    return {
        "claim_id": cid,
        "document": doc,
        "outlet": outlet,
        "title": title,
        "url": url,
        "published": published,
        "speaker": speaker,
        "speaker_kind": kind,
        "via": via,
        "claim": text,
        "char_start": start,
        "char_end": end,
        "cluster_id": cluster_id,
        "cluster_label": cluster_label,
        "agrees_with": agrees,
        "conflicts_with": conflicts,
        "relations": relations,
        "suggested_verdict": suggest_verdict(kind, conflicts),
        "verdict": None if verdict in (None, "cleared") else verdict,
        "reviewer": reviewer,
        "note": note,
        "decided_at": decided_at,
        "event_id": event_id,
        "quantities": json.loads(quantities) if quantities else [],
    }


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
    sql, params = _query(filters or ExportFilters(), per_reviewer, count=False)
    cursor = db.conn.execute(sql, params)
    try:
        while True:
            page = cursor.fetchmany(page_size)
            if not page:
                return
            ids = list(dict.fromkeys(raw[0] for raw in page))
            relations = _relations_for(db, ids)
            histories = _history_for(db, ids) if with_history else {}
            states = review_states(db, ids)
            for raw in page:
                row = _build(raw, relations[raw[0]])
                row["review_state"] = states[raw[0]][0]
                if with_history:
                    row["history"] = histories[raw[0]]
                yield row
    finally:
        cursor.close()
