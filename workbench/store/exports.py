"""Export rows: every claim with its document, cluster and verdict, streamed page by page.

Why a cursor with ``fetchmany``: a 100k-claim export must not hold 100k rows. One SQL
cursor walks the claims in order; for each page we fetch the page's relations (and, when
asked, verdict history) with one ``IN (...)`` query each, yield the records, and drop the
page. Memory is bounded by the page size, whatever the database holds.

Filters are applied inside SQLite (a WHERE clause), never in Python, so an export of a few
rows out of 100k claims reads only those rows. ``workbench.export`` turns the records into
CSV, JSONL or ClaimReview; the meaning of each filter is documented in ``export/filters.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

from workbench.models import ExportRecord, RelationRef, RowFilter, VerdictEvent
from workbench.store.reviewers import review_states
from workbench.store.verdicts import current_event_sql, effective_sql, note_sql

UNREVIEWED = "unreviewed"
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


def filter_where(filters: RowFilter) -> tuple[list[str], list[str]]:
    """SQL conditions (on aliases ``v`` = verdict event, ``m`` = cluster member) and their parameters."""
    clauses: list[str] = []
    params: list[str] = []
    if filters.verdicts:
        wanted = [v for v in filters.verdicts if v != UNREVIEWED]
        either: list[str] = []
        if wanted:
            either.append(f"v.verdict IN ({','.join('?' * len(wanted))})")
            params.extend(wanted)
        if UNREVIEWED in filters.verdicts:
            either.append("(v.verdict IS NULL OR v.verdict = 'cleared')")
        clauses.append("(" + " OR ".join(either) + ")")
    if filters.reviewer:
        clauses.append("v.reviewer = ?")
        params.append(filters.reviewer)
    if filters.cluster:
        clauses.append("m.cluster_id = ?")
        params.append(filters.cluster)
    if filters.since:
        clauses.append("v.created_at >= ?")
        params.append(filters.since)
    return clauses, params


def _query(filters: RowFilter, per_reviewer: bool, count: bool) -> tuple[str, list[str]]:
    clauses, params = filter_where(filters)
    if per_reviewer:
        clauses.insert(0, "v.verdict != 'cleared'")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    source = _FROM_PER_REVIEWER if per_reviewer else _FROM_CURRENT
    if count:
        return f"SELECT count(*) {source} {where}", params
    order = _ORDER.replace("ORDER BY ", "ORDER BY v.reviewer, ") if per_reviewer else _ORDER
    return f"{_SELECT} {source} {where} {order}", params


def count_export_rows(db: Database, filters: RowFilter | None = None, *, per_reviewer: bool = False) -> int:
    """How many records :func:`export_records` will yield (for a progress bar's total)."""
    sql, params = _query(filters or RowFilter(), per_reviewer, count=True)
    return int(db.execute(sql, params).fetchone()[0])


def relations_of(db: Database, claim_ids: list[str]) -> dict[str, list[RelationRef]]:
    """Every relation of each claim (either side), sorted by the other claim and kind."""
    out: dict[str, list[RelationRef]] = {cid: [] for cid in claim_ids}
    if not claim_ids:
        return out
    marks = ",".join("?" * len(claim_ids))
    sql = f"SELECT claim_a, claim_b, relation, reason FROM relations WHERE claim_a IN ({marks}) OR claim_b IN ({marks})"
    for a, b, relation, reason in db.execute(sql, claim_ids + claim_ids):
        if a in out:
            out[a].append(RelationRef(b, relation, reason))
        if b in out:
            out[b].append(RelationRef(a, relation, reason))
    for items in out.values():
        items.sort(key=lambda r: (r.claim_id, r.relation))
    return out


def histories_of(db: Database, claim_ids: list[str]) -> dict[str, list[VerdictEvent]]:
    """Every verdict event of each claim, oldest first."""
    out: dict[str, list[VerdictEvent]] = {cid: [] for cid in claim_ids}
    if not claim_ids:
        return out
    marks = ",".join("?" * len(claim_ids))
    sql = (
        "SELECT id, claim_id, verdict, reviewer, note, created_at, undoes, kind FROM verdict_events "
        f"WHERE claim_id IN ({marks}) ORDER BY id"
    )
    for row in db.execute(sql, claim_ids):
        out[row[1]].append(VerdictEvent(*row))
    return out


def export_records(
    db: Database,
    filters: RowFilter | None = None,
    *,
    per_reviewer: bool = False,
    with_history: bool = False,
    page_size: int = PAGE_SIZE,
) -> Iterator[ExportRecord]:
    """Yield export records lazily: one per claim, or one per (reviewer, claim) with ``per_reviewer``.

    Default mode covers every claim (reviewed or not) with its current verdict; the
    per-reviewer mode covers each reviewer's latest effective verdict per claim. Records come
    in reading order (article date, outlet, document, position), per reviewer first in
    per-reviewer mode. ``with_history`` fills ``history``: every event of the claim, oldest first.
    """
    sql, params = _query(filters or RowFilter(), per_reviewer, count=False)
    cursor = db.conn.execute(sql, params)
    try:
        while True:
            page = cursor.fetchmany(page_size)
            if not page:
                return
            ids = list(dict.fromkeys(raw[0] for raw in page))
            relations = relations_of(db, ids)
            histories = histories_of(db, ids) if with_history else {}
            states = review_states(db, ids)
            for raw in page:
                record = ExportRecord(*raw, relations=relations[raw[0]], review_state=states[raw[0]][0])
                if with_history:
                    record.history = histories[raw[0]]
                yield record
    finally:
        cursor.close()
