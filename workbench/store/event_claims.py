"""Streamed reads for the analysis: one event's claims at a time, never every claim at once.

Why: at 1M claims the rows, frames and vectors of all claims do not fit the 4 GB the analysis
may use (issue 12: 1.06 GB at 100k, ~10 GB projected at 1M). Analysis needs only three global
things (each document's mean claim vector, how many claims use each name, and the events);
everything else is per event. So this module streams:

* (documents with their leads are streamed by :func:`workbench.store.analysis.iter_document_rows`);
* :func:`iter_document_claim_vectors` — (document id, claim vector) in document, then claim id order;
* :func:`iter_claim_names` — (text, speaker) of every embedded claim, for name frequencies;
* :func:`iter_event_claims` — each event's claims (rows with frames) and vectors, in event order.

Only claims with a vector under the model are read, as ``load_claims`` + ``load_vectors`` did.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

import numpy as np
from sqlite_utils import Database

from workbench.models import Frame
from workbench.store.analysis import CLAIM_COLUMNS, ClaimRow, claim_row, interner

FETCH = 2000  # rows per cursor fetch


def count_embedded_claims(db: Database, model_id: str) -> int:
    return db.execute("SELECT count(*) FROM claims c JOIN embeddings e ON e.model = ? AND e.text_hash = c.text_hash",
                      [model_id]).fetchone()[0]


def iter_document_claim_vectors(db: Database, model_id: str, size: int = 4096) -> Iterator[tuple[list[str], np.ndarray]]:
    """(document ids, float32 vectors) in chunks of ``size`` claims, by document id, then claim id.

    The claim order inside a document is the order the full analysis summed them in, so the
    document means stay bit-identical. The scan follows the claims' document index and sorts
    only each document's few claims (no sort of all vectors).
    """
    sql = ("SELECT c.document_id, e.dim, e.vector FROM claims c CROSS JOIN embeddings e "
           "ON e.model = ? AND e.text_hash = c.text_hash ORDER BY c.document_id, c.id")
    cursor = db.execute(sql, [model_id])
    while rows := cursor.fetchmany(size):
        dim = rows[0][1]
        if any(r[1] != dim for r in rows):
            raise ValueError("embeddings have mixed dimensions")
        yield [r[0] for r in rows], np.frombuffer(b"".join(r[2] for r in rows), dtype="<f4").reshape(len(rows), dim)


def iter_claim_names(db: Database, model_id: str) -> Iterator[tuple[str, str | None]]:
    """(text, speaker) of every claim with a vector under ``model_id`` (any order: they are counted)."""
    sql = ("SELECT c.text, c.speaker FROM claims c JOIN embeddings e ON e.model = ? AND e.text_hash = c.text_hash")
    yield from db.execute(sql, [model_id])


def iter_event_claims(
    db: Database, model_id: str, events: Sequence[Sequence[str]], dim: int
) -> Iterator[tuple[int, list[ClaimRow], np.ndarray]]:
    """(event index, its claims sorted by id, their float32 vectors) for each event holding a claim, in order.

    The events' documents go into a temp table in event order; one query walks it and looks
    each document's claims up by index, so rows arrive event by event without a global sort,
    and only one event's rows are alive at a time.
    """
    db.execute("DROP TABLE IF EXISTS temp.event_docs")
    db.execute("CREATE TEMP TABLE event_docs (seq INTEGER PRIMARY KEY, ord INTEGER, document_id TEXT)")
    db.conn.executemany("INSERT INTO temp.event_docs (ord, document_id) VALUES (?, ?)",
                        ((k, d) for k, docs in enumerate(events) for d in docs))
    db.conn.commit()
    sql = (
        f"SELECT t.ord, {CLAIM_COLUMNS}, f.frame, e.dim, e.vector FROM temp.event_docs t "
        "CROSS JOIN claims c ON c.document_id = t.document_id "
        "CROSS JOIN documents d ON d.id = c.document_id "
        "CROSS JOIN embeddings e ON e.model = ? AND e.text_hash = c.text_hash "
        "LEFT JOIN claim_frames f ON f.claim_id = c.id ORDER BY t.seq"
    )
    try:
        cursor = db.execute(sql, [model_id])
        current, batch = -1, []
        while rows := cursor.fetchmany(FETCH):
            for r in rows:
                if r[0] != current:
                    if batch:
                        yield current, *_event(batch, dim)
                    current, batch = r[0], []
                batch.append(r)
        if batch:
            yield current, *_event(batch, dim)
    finally:
        db.execute("DROP TABLE IF EXISTS temp.event_docs")


def _event(batch: list[tuple], dim: int) -> tuple[list[ClaimRow], np.ndarray]:
    batch.sort(key=lambda r: r[1])
    one = interner()
    rows = [claim_row(r[1:10], Frame.from_dict(json.loads(r[10])) if r[10] is not None else None, one) for r in batch]
    if any(r[11] != dim for r in batch):
        raise ValueError(f"embeddings have mixed dimensions ({dim} and others)")
    vectors = np.frombuffer(b"".join(r[12] for r in batch), dtype="<f4").reshape(len(batch), dim).astype(np.float32)
    return rows, vectors
