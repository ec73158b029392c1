"""Review groups: which groups of claims exist, in what order, how far reviewed (the UI's clusters pane).

A *group* is what the clusters pane lists and the comparison pane opens: an analysis cluster
(key ``c:<cluster id>``) or the claims of one document that no cluster holds (key
``d:<document id>``). Before ``workbench analyze`` has run every claim is unclustered, so the
same code shows claims grouped per document; after it, every claim stays reachable.

Every query is bounded (index lookups, ``IN`` lists of one page, ``LIMIT``) so the UI stays
fast on 100k claims; the UI calls these from thread workers with their own connection.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlite_utils import Database

from workbench.models import DbState, GroupRow
from workbench.store.verdicts import ADJUDICATION, current_event_sql, effective_sql

FILTERS: tuple[str, ...] = ("all", "unreviewed", "conflicts", "unattributed", "split")
PAGE_SIZE = 50  # clusters-pane rows per page: a screenful or two; more load as the list scrolls
SQL_BATCH = 400  # keys per IN (...) list, well under SQLite's variable limit

# Current verdict of claim ``c``/``m`` (latest effective event); "cleared" (or none) means not reviewed.
_VERDICT_OF = "(SELECT e.verdict FROM verdict_events e WHERE e.id = " + current_event_sql("{col}") + ")"
_UNCLUSTERED = "NOT EXISTS (SELECT 1 FROM cluster_members um WHERE um.claim_id = c.id)"
_CLUSTER_ORDER = "(COALESCE(k.n_conflicts, 0) > 0) DESC, COALESCE(k.max_checkworthiness, 0) DESC, k.size DESC, k.id"
_DOCUMENT_ORDER = "d.published, d.outlet, d.title, d.id"
# Grouped by event: the events in the order ``workbench clusters`` lists them (most documents first,
# then earliest), clusters of no event last; inside an event the review order above.
_EVENT_ORDER = "(ev.id IS NULL), ev.n_documents DESC, ev.date_start, ev.id, "
# Claims whose reviewers' standing verdicts differ and that no adjudication settled: the same set as
# ``store.reviewers.disagreeing_claims``, as one uncorrelated subquery SQLite evaluates once per query.
_SPLIT = (
    "SELECT s.claim_id FROM verdict_events s WHERE s.id IN (SELECT max(v.id) FROM verdict_events v "
    f"WHERE {effective_sql('v')} GROUP BY v.claim_id, v.reviewer) AND s.verdict != 'cleared' "
    f"AND s.claim_id NOT IN (SELECT a.claim_id FROM verdict_events a WHERE {effective_sql('a', ADJUDICATION)}) "
    "GROUP BY s.claim_id HAVING count(DISTINCT s.verdict) > 1"
)


def split_key(key: str) -> tuple[str, str]:
    """``"c:abc"`` -> ``("c", "abc")``."""
    kind, _, ident = key.partition(":")
    if kind not in ("c", "d") or not ident:
        raise ValueError(f"not a group key: {key!r}")
    return kind, ident


def db_state(db: Database) -> DbState:
    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    return DbState(
        documents=one("SELECT count(*) FROM documents"),
        claims=one("SELECT count(*) FROM claims"),
        clusters=one("SELECT count(*) FROM clusters"),
    )


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _claim_predicates(filter_name: str, search: str | None, params: list) -> list[str]:
    """SQL conditions on a claim ``c`` (joined to its document ``dd``) for a filter/search."""
    preds: list[str] = []
    if filter_name == "unreviewed":
        preds.append(f"COALESCE({_VERDICT_OF.format(col='c.id')}, 'cleared') = 'cleared'")
    elif filter_name == "conflicts":
        preds.append(
            "(EXISTS (SELECT 1 FROM relations r WHERE r.claim_a = c.id AND r.relation = 'conflict') "
            "OR EXISTS (SELECT 1 FROM relations r WHERE r.claim_b = c.id AND r.relation = 'conflict'))"
        )
    elif filter_name == "unattributed":
        # unary + keeps SQLite off the speaker_kind index: probing it per document is quadratic
        preds.append("+c.speaker_kind = 'none'")
    elif filter_name == "split":
        preds.append(f"c.id IN ({_SPLIT})")
    elif filter_name != "all":
        raise ValueError(f"unknown filter {filter_name!r}")
    if search and search.strip():
        like = _like(search.strip())
        preds.append(
            "(c.text LIKE ? ESCAPE '\\' OR c.speaker LIKE ? ESCAPE '\\' OR c.via LIKE ? ESCAPE '\\' "
            "OR dd.outlet LIKE ? ESCAPE '\\')"
        )
        params.extend([like] * 4)
    return preds


def group_keys(db: Database, filter_name: str = "all", search: str | None = None, by_event: bool = False) -> list[str]:
    """Every group key passing the filter, in review order.

    Clusters with conflicts come first, then by check-worthiness (``by_event``: grouped by
    their event first); then documents with claims no cluster holds (all documents before
    analysis), by date and outlet.
    """
    return cluster_group_keys(db, filter_name, search, by_event) + document_group_keys(db, filter_name, search)


def cluster_group_keys(
    db: Database, filter_name: str = "all", search: str | None = None, by_event: bool = False
) -> list[str]:
    """The cluster part of :func:`group_keys` (one ordered scan of ``clusters``: tens of ms at 100k claims)."""
    return list(iter_cluster_keys(db, filter_name, search, by_event))


def iter_cluster_keys(
    db: Database, filter_name: str = "all", search: str | None = None, by_event: bool = False
) -> Iterator[str]:
    """:func:`cluster_group_keys` read lazily: the index ``clusters_review_order`` gives the order, so
    the first page costs one page of rows, not a sort of every cluster (the UI's first screen)."""
    from workbench.store.review_view import cluster_where  # the view's conditions live with group_in_view

    params: list = []
    where = cluster_where(filter_name, search, params)
    join = "LEFT JOIN events ev ON ev.id = k.event_id " if by_event else ""
    order = (_EVENT_ORDER if by_event else "") + _CLUSTER_ORDER
    sql = f"SELECT k.id FROM clusters k {join}{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}"
    return ("c:" + r[0] for r in db.execute(sql, params))


def document_group_keys(db: Database, filter_name: str = "all", search: str | None = None) -> list[str]:
    """The document part of :func:`group_keys`: documents holding claims that no cluster holds.

    After analysis this probes every claim's membership (a few hundred ms at 100k claims),
    so the UI lists clusters first and appends these when they arrive.
    """
    return list(iter_document_keys(db, filter_name, search))


def iter_document_keys(db: Database, filter_name: str = "all", search: str | None = None) -> Iterator[str]:
    """:func:`document_group_keys` read lazily, in the order of the index ``documents_review_order``."""
    from workbench.store.review_view import document_where

    params: list = []
    where = document_where(filter_name, search, params)
    sql = f"SELECT d.id FROM documents d WHERE {' AND '.join(where)} ORDER BY {_DOCUMENT_ORDER}"
    return ("d:" + r[0] for r in db.execute(sql, params))


def _batches(items: list[str], size: int = SQL_BATCH) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(items: list) -> str:
    return ",".join("?" * len(items))


def group_rows(db: Database, keys: list[str]) -> list[GroupRow]:
    """Display rows for ``keys`` (one page), in the order given; unknown keys are dropped."""
    cluster_ids = [k[2:] for k in keys if k.startswith("c:")]
    doc_ids = [k[2:] for k in keys if k.startswith("d:")]
    rows: dict[str, GroupRow] = {}
    reviewed_sql = f"COALESCE({_VERDICT_OF.format(col='m.claim_id')}, 'cleared') != 'cleared'"
    for batch in _batches(cluster_ids):
        counts = {
            r[0]: (r[1], r[2] or 0)
            for r in db.execute(
                f"SELECT m.cluster_id, count(*), sum({reviewed_sql}) FROM cluster_members m "
                f"WHERE m.cluster_id IN ({_marks(batch)}) GROUP BY m.cluster_id",
                batch,
            )
        }
        for cid, label, n_outlets, n_conf, n_agree, maxcw, eid, elabel, start, end in db.execute(
            "SELECT k.id, k.label, k.n_outlets, k.n_conflicts, k.n_agreements, k.max_checkworthiness, "
            "ev.id, ev.label, ev.date_start, ev.date_end FROM clusters k LEFT JOIN events ev ON ev.id = k.event_id "
            f"WHERE k.id IN ({_marks(batch)})",
            batch,
        ):
            n, reviewed = counts.get(cid, (0, 0))
            rows["c:" + cid] = GroupRow(
                "c:" + cid,
                label or "(unlabelled cluster)",
                n,
                n_outlets or 0,
                n_conf or 0,
                n_agree or 0,
                reviewed,
                maxcw or 0.0,
                eid,
                (elabel or eid) if eid else None,
                event_span(start, end) if eid else None,
            )
    reviewed_sql = f"COALESCE({_VERDICT_OF.format(col='c.id')}, 'cleared') != 'cleared'"
    for batch in _batches(doc_ids):
        for did, outlet, title, n, reviewed, maxcw in db.execute(
            f"SELECT d.id, d.outlet, d.title, count(c.id), sum({reviewed_sql}), max(c.checkworthiness) "
            f"FROM documents d JOIN claims c ON c.document_id = d.id WHERE d.id IN ({_marks(batch)}) AND {_UNCLUSTERED} "
            "GROUP BY d.id",
            batch,
        ):
            label = " — ".join(p for p in (outlet, title) if p) or did
            rows["d:" + did] = GroupRow("d:" + did, label, n, 1, 0, 0, reviewed or 0, maxcw or 0.0)
    return [rows[k] for k in keys if k in rows]


def event_span(start: str | None, end: str | None) -> str:
    """``2026-02-03 – 2026-02-05`` (one day once; "undated" without dates), as ``workbench clusters`` shows it."""
    return " – ".join(dict.fromkeys(d for d in (start, end) if d)) or "undated"


def group_row(db: Database, key: str) -> GroupRow | None:
    found = group_rows(db, [key])
    return found[0] if found else None


def _unreviewed_sql(reviewer: str | None) -> tuple[str, list]:
    """SQL condition on claim ``c``: no verdict by anyone, or (``reviewer``) none of that reviewer's standing.

    The per-reviewer form is what a blind reviewer needs: a claim another reviewer decided is
    still theirs to decide. Their own latest effective verdict event (index ``claim_id, kind, id``)
    counts, and so does an adjudication they recorded.
    """
    if reviewer is None:
        return f"COALESCE({_VERDICT_OF.format(col='c.id')}, 'cleared') = 'cleared'", []
    mine = (
        "COALESCE((SELECT e.verdict FROM verdict_events e WHERE e.claim_id = c.id AND e.reviewer = ? "
        f"AND (({effective_sql('e')}) OR ({effective_sql('e', ADJUDICATION)})) ORDER BY e.id DESC LIMIT 1), 'cleared')"
    )
    return f"{mine} = 'cleared'", [reviewer]


def groups_with_unreviewed(db: Database, keys: list[str], reviewer: str | None = None) -> set[str]:
    """The subset of ``keys`` (one batch) that still hold a claim without a verdict (``reviewer``: without theirs)."""
    unreviewed, extra = _unreviewed_sql(reviewer)
    found: set[str] = set()
    cluster_ids = [k[2:] for k in keys if k.startswith("c:")]
    doc_ids = [k[2:] for k in keys if k.startswith("d:")]
    for batch in _batches(cluster_ids):
        sql = (
            f"SELECT DISTINCT m.cluster_id FROM cluster_members m JOIN claims c ON c.id = m.claim_id "
            f"WHERE m.cluster_id IN ({_marks(batch)}) AND {unreviewed}"
        )
        found.update("c:" + r[0] for r in db.execute(sql, [*batch, *extra]))
    for batch in _batches(doc_ids):
        sql = (
            f"SELECT DISTINCT c.document_id FROM claims c WHERE c.document_id IN ({_marks(batch)}) "
            f"AND {_UNCLUSTERED} AND {unreviewed}"
        )
        found.update("d:" + r[0] for r in db.execute(sql, [*batch, *extra]))
    return found


def next_unreviewed_group(
    db: Database, keys: list[str], start: int = 0, wrap: bool = True, reviewer: str | None = None
) -> int | None:
    """Index of the first group at or after ``start`` with an unreviewed claim (wrapping).

    ``reviewer`` (blind review): unreviewed *by that reviewer*, whatever the others decided.
    Scans in batches, so on a mostly-unreviewed DB it costs one small query.
    """
    n = len(keys)
    if n == 0:
        return None
    order = list(range(start, n)) + (list(range(0, start)) if wrap else [])
    for begin in range(0, len(order), 100):
        idx = order[begin : begin + 100]
        hits = groups_with_unreviewed(db, [keys[i] for i in idx], reviewer)
        for i in idx:
            if keys[i] in hits:
                return i
    return None


def group_of_claim(db: Database, claim_id: str) -> str | None:
    """The group key that shows ``claim_id`` (its cluster, else its document)."""
    row = db.execute("SELECT cluster_id FROM cluster_members WHERE claim_id = ?", [claim_id]).fetchone()
    if row:
        return "c:" + row[0]
    row = db.execute("SELECT document_id FROM claims WHERE id = ?", [claim_id]).fetchone()
    return "d:" + row[0] if row else None
