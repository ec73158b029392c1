"""Claim vectors in the ``embeddings`` table, keyed by (model id, claim text hash).

Identical text (a wire story copied by three outlets) is embedded once, and a second run
on an unchanged database embeds nothing. Vectors are written in batches, each in its own
transaction, so an interrupted run keeps every finished batch and the next run resumes
where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from sqlite_utils import Database

from workbench.analyze.embed import Embedder
from workbench.store import write_transaction

WRITE_BATCH = 256
IN_CHUNK = 500  # stay well under SQLite's host-parameter limit

MISSING_SQL = """
SELECT c.text_hash, MIN(c.text) FROM claims c
WHERE NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.model = ? AND e.text_hash = c.text_hash)
GROUP BY c.text_hash ORDER BY c.text_hash
"""


def missing_texts(db: Database, model_id: str) -> list[tuple[str, str]]:
    """(text hash, text) of every distinct claim text that has no vector under ``model_id``."""
    return [(row[0], row[1]) for row in db.execute(MISSING_SQL, [model_id])]


def count_missing(db: Database, model_id: str) -> int:
    """How many texts :func:`embed_claims` would embed now (the total for a progress bar)."""
    return len(missing_texts(db, model_id))


def embed_claims(
    db: Database,
    embedder: Embedder,
    progress: Callable[[int], None] | None = None,
    batch_size: int = WRITE_BATCH,
) -> int:
    """Embed every claim text not yet stored for ``embedder.model_id``; return how many.

    ``progress`` is called after each committed batch with the number of texts stored so
    far in this run. If it (or anything) raises, the batches already committed stay.
    """
    todo = missing_texts(db, embedder.model_id)
    done = 0
    for start in range(0, len(todo), batch_size):
        chunk = todo[start : start + batch_size]
        vectors = embedder.encode([text for _, text in chunk])
        rows = [
            (embedder.model_id, text_hash, int(vec.shape[0]), np.asarray(vec, dtype="<f4").tobytes())
            for (text_hash, _), vec in zip(chunk, vectors, strict=True)
        ]
        with write_transaction(db):
            db.conn.executemany(
                "INSERT OR REPLACE INTO embeddings (model, text_hash, dim, vector) VALUES (?, ?, ?, ?)", rows
            )
        done += len(chunk)
        if progress is not None:
            progress(done)
    return done


def load_vectors(
    db: Database, model_id: str, claim_ids: list[str] | None = None
) -> tuple[list[str], np.ndarray]:
    """Claim ids and their vectors (float32 rows), one row per claim even when texts repeat.

    With ``claim_ids`` the result follows that order; claims without a vector (not yet
    embedded, or unknown ids) are left out, so callers should use the returned ids.
    """
    base = (
        "SELECT c.id, e.dim, e.vector FROM claims c "
        "JOIN embeddings e ON e.model = ? AND e.text_hash = c.text_hash"
    )
    if claim_ids is None:
        rows = list(db.execute(base + " ORDER BY c.id", [model_id]))
    else:
        found: dict[str, tuple] = {}
        for chunk in chunks(claim_ids, IN_CHUNK):
            marks = ",".join("?" * len(chunk))
            for row in db.execute(f"{base} WHERE c.id IN ({marks})", [model_id, *chunk]):
                found[row[0]] = row
        rows = [found[cid] for cid in dict.fromkeys(claim_ids) if cid in found]
    if not rows:
        return [], np.zeros((0, stored_dim(db, model_id)), dtype=np.float32)
    dims = {row[1] for row in rows}
    if len(dims) != 1:
        raise ValueError(f"embeddings for {model_id} have mixed dimensions {sorted(dims)}")
    matrix = np.frombuffer(b"".join(row[2] for row in rows), dtype="<f4").reshape(len(rows), dims.pop())
    return [row[0] for row in rows], matrix.astype(np.float32)  # a writable native-order copy


def stored_dim(db: Database, model_id: str) -> int:
    row = db.execute("SELECT dim FROM embeddings WHERE model = ? LIMIT 1", [model_id]).fetchone()
    return int(row[0]) if row else 0


def chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
