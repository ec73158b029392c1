"""The analysis tables: what analysis reads (claims, documents) and the swap that stores its result.

Why staging: the result (events, clusters, members, relations) is first written into TEMP
tables, which live in this connection's private temp database and take no lock on the
shared file; then one short ``BEGIN IMMEDIATE`` transaction replaces the live rows with
``INSERT ... SELECT`` (C speed, no Python loop while the write lock is held). A kill before
the swap leaves the previous analysis whole; a kill during it rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlite_utils import Database

from workbench.models import Frame, Quantity, quantities_from_json
from workbench.store.db import write_transaction
from workbench.store.documents import now_iso
from workbench.store.frames import read_frames
from workbench.store.review_summary import conflict_claims


@dataclass(slots=True)
class ClaimRow:
    """One claim as analysis reads it (with its stored frame).

    Slotted: analysis holds one per claim at once (1M at the 1M-claim scale), and a per-instance
    ``__dict__`` was ~100 bytes of each (issue 12).
    """

    id: str
    document_id: str
    text: str
    quantities: list[Quantity]
    speaker: str | None
    checkworthiness: float
    outlet: str | None
    order: tuple
    frame: Frame | None = None


@dataclass
class DocumentRow:
    """What event grouping reads of a document."""

    id: str
    title: str
    published: str | None
    outlet: str | None
    lead: str  # the first characters of the text: where a report names its event


@dataclass
class EventRecord:
    id: str
    label: str
    date_start: str | None
    date_end: str | None
    documents: list[str]


@dataclass(slots=True)
class ClusterRow:
    """One fact cluster to store: members, label, counts, the event it belongs to."""

    id: str
    label: str
    members: list[str]
    n_outlets: int
    max_checkworthiness: float
    event_id: str | None = None
    earliest: str = ""  # the member claim read first (names a new cluster)


@dataclass(slots=True)
class RelationRow:
    claim_a: str
    claim_b: str
    relation: str
    reason: str
    method: str = "rules"


@dataclass
class EventSummary:
    """An event as ``workbench clusters`` shows it."""

    id: str
    label: str
    date_start: str | None
    date_end: str | None
    n_documents: int
    cluster_ids: list[str] = field(default_factory=list)


LEAD_CHARS = 3000


CLAIM_COLUMNS = ("c.id, c.document_id, c.text, c.quantities, c.speaker, c.checkworthiness, d.outlet, "
                 "d.ingested_at, c.sentence_index")  # what :func:`claim_row` reads, in its order


def interner() -> Callable[[str | None], str | None]:
    """One shared copy of each repeated string (document id, outlet, ingest time: every claim of a
    document repeats them), so the peak is the claim rows themselves (issue 12: memory at 1M claims)."""
    shared: dict[str, str] = {}

    def one(s: str | None) -> str | None:
        return s if s is None else shared.setdefault(s, s)

    return one


def claim_row(r: Sequence, frame: Frame | None, one: Callable[[str | None], str | None]) -> ClaimRow:
    """A claim row from the :data:`CLAIM_COLUMNS` values starting at ``r[0]``, with its frame."""
    return ClaimRow(r[0], one(r[1]), r[2], quantities_from_json(r[3]), r[4], float(r[5] or 0.0), one(r[6]),
                    (one(r[7] or ""), r[8] or 0, r[0]), frame)


def load_claims(db: Database) -> list[ClaimRow]:
    """All claims with their frames, sorted by id (the order that makes clustering deterministic).

    Rows are built from the cursor, never from one ``fetchall`` list held beside them. (The
    analysis itself streams one event at a time, :mod:`workbench.store.event_claims`.)
    """
    sql = f"SELECT {CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.document_id ORDER BY c.id"
    frames, one = read_frames(db), interner()
    return [claim_row(r, frames.pop(r[0], None), one) for r in db.execute(sql)]


def iter_document_rows(db: Database) -> Iterator[DocumentRow]:
    """Every document's title, date, outlet and lead, sorted by id, streamed (leads are 3,000 characters each)."""
    sql = f"SELECT id, title, published, outlet, substr(text, 1, {LEAD_CHARS}) FROM documents ORDER BY id"
    for r in db.execute(sql):
        yield DocumentRow(r[0], r[1] or "", r[2], r[3], r[4] or "")


def load_documents(db: Database) -> list[DocumentRow]:
    """Every document's title, date, outlet and lead, sorted by id."""
    return list(iter_document_rows(db))


def previous_membership(db: Database) -> dict[str, str]:
    """claim id -> cluster id of the stored analysis (for stable cluster ids)."""
    return dict(db.execute("SELECT claim_id, cluster_id FROM cluster_members").fetchall())


_STAGE = {
    "events": "id TEXT PRIMARY KEY, label TEXT, date_start TEXT, date_end TEXT, n_documents INTEGER",
    "document_events": "document_id TEXT PRIMARY KEY, event_id TEXT",
    "clusters": "id TEXT PRIMARY KEY, label TEXT, size INTEGER, n_outlets INTEGER, n_conflicts INTEGER, "
    "n_agreements INTEGER, max_checkworthiness FLOAT, updated_at TEXT, event_id TEXT",
    "cluster_members": "claim_id TEXT PRIMARY KEY, cluster_id TEXT",
    "relations": "claim_a TEXT, claim_b TEXT, relation TEXT, reason TEXT, method TEXT, PRIMARY KEY (claim_a, claim_b)",
}


def _create_stage(db: Database, table: str) -> None:
    db.execute(f"DROP TABLE IF EXISTS temp.stage_{table}")
    db.execute(f"CREATE TEMP TABLE stage_{table} ({_STAGE[table]})")


def _stage(db: Database, table: str, cols: tuple[str, ...], rows: Iterable[tuple]) -> None:
    """Add a stream of tuples to ``temp.stage_<table>`` (no list of dicts: 7M relations at 1M claims)."""
    marks = ", ".join("?" * len(cols))
    db.conn.executemany(f"INSERT INTO temp.stage_{table} ({', '.join(cols)}) VALUES ({marks})", rows)


RELATION_COLUMNS = ("claim_a", "claim_b", "relation", "reason", "method")


class ResultWriter:
    """Stages an analysis piece by piece, then swaps it in (see the module docstring).

    Why pieces: the analysis relates one event at a time and hands each event's relations
    over at once (:meth:`add_relations`), so no list of all relations (7M at 1M claims) is
    ever held; the staged rows live in SQLite's temp database, which spills to a temp file.
    :meth:`finish` stages events and clusters, counts each cluster's agreements and
    conflicts from the staged rows in SQL, and replaces the live analysis.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        for table in _STAGE:
            _create_stage(db, table)

    def add_relations(self, rows: Iterable[tuple[str, str, str, str, str]]) -> None:
        """(claim_a, claim_b, relation, reason, method) tuples, claim_a < claim_b."""
        _stage(self.db, "relations", RELATION_COLUMNS, rows)

    def finish(self, events: list[EventRecord], clusters: list[ClusterRow], meta: dict[str, str]) -> None:
        db = self.db
        stamp = now_iso()
        try:
            _stage(db, "events", ("id", "label", "date_start", "date_end", "n_documents"),
                   ((e.id, e.label, e.date_start, e.date_end, len(e.documents)) for e in events))
            _stage(db, "document_events", ("document_id", "event_id"), ((d, e.id) for e in events for d in e.documents))
            _stage(db, "cluster_members", ("claim_id", "cluster_id"), ((m, c.id) for c in clusters for m in c.members))
            _stage(db, "clusters", ("id", "label", "size", "n_outlets", "n_conflicts", "n_agreements",
                                    "max_checkworthiness", "updated_at", "event_id"),
                   ((c.id, c.label, len(c.members), c.n_outlets, 0, 0, round(c.max_checkworthiness, 4), stamp,
                     c.event_id) for c in clusters))
            _count_agreements(db)
            db.conn.commit()  # the staging inserts are temp-only; nothing of the shared file is locked yet
            _swap(db, meta, stamp)
        finally:
            for table in (*_STAGE, "counts"):
                db.execute(f"DROP TABLE IF EXISTS temp.stage_{table}")
        conflict_claims(db)  # counted now, kept for the review UI's status line (store.review_summary)


def _count_agreements(db: Database) -> None:
    """Each staged cluster's conflicts and agreements: relations whose two claims it both holds."""
    db.execute("CREATE TEMP TABLE stage_counts AS SELECT a.cluster_id AS id, sum(r.relation = 'conflict') AS nc, "
               "sum(r.relation = 'agree') AS na FROM temp.stage_relations r "
               "CROSS JOIN temp.stage_cluster_members a ON a.claim_id = r.claim_a "
               "CROSS JOIN temp.stage_cluster_members b ON b.claim_id = r.claim_b "
               "WHERE a.cluster_id = b.cluster_id GROUP BY a.cluster_id")
    db.execute("UPDATE temp.stage_clusters SET n_conflicts = c.nc, n_agreements = c.na "
               "FROM temp.stage_counts c WHERE c.id = stage_clusters.id")


def _swap(db: Database, meta: dict[str, str], stamp: str) -> None:
    with write_transaction(db):
        for table in ("relations", "cluster_members", "clusters", "document_events", "events"):
            db.execute(f"DELETE FROM {table}")
        db.execute("INSERT INTO events SELECT id, label, date_start, date_end, n_documents FROM temp.stage_events")
        db.execute("INSERT INTO document_events SELECT s.document_id, s.event_id FROM temp.stage_document_events s "
                   "JOIN documents d ON d.id = s.document_id")
        db.execute("INSERT INTO cluster_members SELECT s.claim_id, s.cluster_id FROM temp.stage_cluster_members s "
                   "JOIN claims c ON c.id = s.claim_id")
        db.execute("DELETE FROM cluster_members WHERE cluster_id IN (SELECT cluster_id FROM cluster_members "
                   "GROUP BY cluster_id HAVING count(*) < 2)")
        db.execute("INSERT INTO clusters (id, label, size, n_outlets, n_conflicts, n_agreements, max_checkworthiness, "
                   "updated_at, event_id) SELECT s.id, s.label, m.n, s.n_outlets, s.n_conflicts, s.n_agreements, "
                   "s.max_checkworthiness, s.updated_at, s.event_id FROM temp.stage_clusters s JOIN "
                   "(SELECT cluster_id, count(*) AS n FROM cluster_members GROUP BY cluster_id) m ON m.cluster_id = s.id")
        # CROSS JOIN fixes the loop order: scan the staged pairs, look each claim up by id. With
        # ``claim_a IN (SELECT id FROM claims)`` SQLite looped over claims x claims and probed the
        # stage per pair: 90 s of the 10k analysis, quadratic in claims (issue 12).
        with _indexes_rebuilt(db, "relations"):
            db.execute("INSERT INTO relations SELECT s.claim_a, s.claim_b, s.relation, s.reason, s.method "
                       "FROM temp.stage_relations s CROSS JOIN claims a ON a.id = s.claim_a "
                       "CROSS JOIN claims b ON b.id = s.claim_b ORDER BY s.claim_a, s.claim_b")
        db["meta"].upsert_all([{"key": k, "value": v} for k, v in {**meta, "analyzed_at": stamp}.items()], pk="key")


@contextmanager
def _indexes_rebuilt(db: Database, table: str) -> Iterator[None]:
    """Drop ``table``'s own indexes for a bulk insert and build them again after it, inside the caller's transaction.

    Why: relations arrive sorted by their primary key, but the ``claim_b`` index took each of 11M rows
    (1M claims) at a random place; building it from the finished table sorts once. Recreated from the
    stored SQL, so whatever a migration defined comes back exactly (a kill rolls the drop back too).
    """
    saved = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                       [table]).fetchall()
    for name, _ in saved:
        db.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in saved:
        db.execute(sql)


def write_results(db: Database, events: list[EventRecord], clusters: list[ClusterRow], relations: list[RelationRow],
                  meta: dict[str, str]) -> None:
    """Stage the new analysis, then replace the live one in one short transaction.

    Claims deleted between loading and the swap are dropped in SQL (a cluster left with
    fewer than two live members is dropped too), so the stored result never names a
    missing claim. The streaming analysis uses :class:`ResultWriter` directly.
    """
    writer = ResultWriter(db)
    writer.add_relations((r.claim_a, r.claim_b, r.relation, r.reason, r.method) for r in relations)
    writer.finish(events, clusters, meta)


def read_events(db: Database) -> list[EventSummary]:
    """Events with their clusters, most documents first (then earliest)."""
    out = {
        r[0]: EventSummary(r[0], r[1] or r[0], r[2], r[3], int(r[4] or 0))
        for r in db.execute("SELECT id, label, date_start, date_end, n_documents FROM events "
                            "ORDER BY n_documents DESC, date_start, id").fetchall()
    }
    for cid, eid in db.execute("SELECT id, event_id FROM clusters WHERE event_id IS NOT NULL ORDER BY id").fetchall():
        if eid in out:
            out[eid].cluster_ids.append(cid)
    return list(out.values())


def event_of_clusters(db: Database) -> dict[str, EventSummary]:
    """cluster id -> its event (clusters of no event are absent)."""
    return {cid: e for e in read_events(db) for cid in e.cluster_ids}


def event_of_documents(db: Database) -> dict[str, str]:
    """document id -> event id."""
    return dict(db.execute("SELECT document_id, event_id FROM document_events").fetchall())
