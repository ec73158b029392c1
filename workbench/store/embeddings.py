"""Claim vectors in SQLite: the ``embeddings`` table, keyed by (model id, claim text hash).

The only place that speaks SQL about vectors; ``workbench.analyze.embed_cache`` decides what
to embed and when, this module reads and writes rows. Vectors are little-endian float32
blobs, one row per distinct claim text, so a wire story copied by three outlets is stored once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from sqlite_utils import Database

from workbench.store.db import write_transaction

IN_CHUNK = 500  # stay well under SQLite's host-parameter limit

MISSING_SQL = """
SELECT c.text_hash, MIN(c.text) FROM claims c
WHERE NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.model = ? AND e.text_hash = c.text_hash)
GROUP BY c.text_hash ORDER BY c.text_hash
"""


def missing_texts(db: Database, model_id: str) -> list[tuple[str, str]]:
    """(text hash, text) of every distinct claim text that has no vector under ``model_id``."""
    return [(row[0], row[1]) for row in db.execute(MISSING_SQL, [model_id])]


def missing_lengths(db: Database, model_id: str) -> list[tuple[int, str]]:
    """(minus length, text hash) of every text :func:`missing_texts` lists, read from the cursor: the
    texts themselves are not kept (~400 MB at 1M claims), only what orders them; see :func:`texts_of`."""
    return [(-len(row[1]), row[0]) for row in db.execute(MISSING_SQL, [model_id])]


def texts_of(db: Database, hashes: list[str]) -> dict[str, str]:
    """text hash -> claim text (the one :data:`MISSING_SQL` picks), for a batch of hashes; a hash whose
    claims were deleted meanwhile is absent."""
    out: dict[str, str] = {}
    for start in range(0, len(hashes), IN_CHUNK):
        part = hashes[start : start + IN_CHUNK]
        marks = ", ".join("?" * len(part))
        out.update(db.execute(f"SELECT text_hash, MIN(text) FROM claims WHERE text_hash IN ({marks}) "
                              "GROUP BY text_hash", part).fetchall())
    return out


def iter_missing_texts(db: Database, model_id: str, size: int = 10_000) -> Iterator[list[tuple[str, str]]]:
    """:func:`missing_texts` in lists of ``size``, streamed from the cursor (an archive's texts never sit in memory)."""
    cursor = db.execute(MISSING_SQL, [model_id])
    while rows := cursor.fetchmany(size):
        yield [(row[0], row[1]) for row in rows]


def write_vectors(db: Database, model_id: str, hashes: list[str], vectors: np.ndarray) -> None:
    """Store one batch of vectors (row k belongs to ``hashes[k]``) in its own transaction."""
    rows = [
        (model_id, text_hash, int(vec.shape[0]), np.asarray(vec, dtype="<f4").tobytes())
        for text_hash, vec in zip(hashes, vectors, strict=True)
    ]
    with write_transaction(db):
        db.conn.executemany("INSERT OR REPLACE INTO embeddings (model, text_hash, dim, vector) VALUES (?, ?, ?, ?)", rows)


def load_vectors(db: Database, model_id: str, claim_ids: list[str] | None = None) -> tuple[list[str], np.ndarray]:
    """Claim ids and their vectors (float32 rows), one row per claim even when texts repeat.

    With ``claim_ids`` the result follows that order; claims without a vector (not yet
    embedded, or unknown ids) are left out, so callers should use the returned ids. The
    matrix is filled row by row from the cursor, never via one joined bytes object, so the
    peak is the matrix itself (at 1M claims x 384 dims: 1.5 GB, not 3).
    """
    base = "SELECT c.id, e.dim, e.vector FROM claims c JOIN embeddings e ON e.model = ? AND e.text_hash = c.text_hash"
    if claim_ids is None:
        count = db.execute(
            "SELECT count(*) FROM claims c JOIN embeddings e ON e.model = ? AND e.text_hash = c.text_hash", [model_id]
        ).fetchone()[0]
        return _fill(db.execute(base + " ORDER BY c.id", [model_id]), count, stored_dim(db, model_id))
    found: dict[str, tuple] = {}
    for chunk in chunks(claim_ids, IN_CHUNK):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"{base} WHERE c.id IN ({marks})", [model_id, *chunk]):
            found[row[0]] = row
    rows = [found[cid] for cid in dict.fromkeys(claim_ids) if cid in found]
    return _fill(iter(rows), len(rows), stored_dim(db, model_id))


def _fill(rows: Iterable[tuple], count: int, dim: int) -> tuple[list[str], np.ndarray]:
    ids: list[str] = []
    matrix = np.empty((count, dim), dtype=np.float32)
    for k, (cid, row_dim, blob) in enumerate(rows):
        if row_dim != dim:
            raise ValueError(f"embeddings have mixed dimensions ({dim} and {row_dim})")
        matrix[k] = np.frombuffer(blob, dtype="<f4")
        ids.append(cid)
    return ids, matrix[: len(ids)]


def stored_dim(db: Database, model_id: str) -> int:
    row = db.execute("SELECT dim FROM embeddings WHERE model = ? LIMIT 1", [model_id]).fetchone()
    return int(row[0]) if row else 0


def chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
