"""Merging the workers' Parquet shards into ``claims.db`` by id, verdicts untouched.

Documents land through the same ``save_documents`` the local ingest uses (batches of whole
documents, unchanged text skipped, an edited document keeping the ids -- and so the verdicts
-- of the claims that survived); vectors land in the embedding cache, so the next
``workbench analyze`` embeds nothing. Verdict events are never written here.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from workbench.distributed.shards import rows_from_shard
from workbench.ingest.pipeline import SAVE_BATCH, DocumentSaver, IngestSummary
from workbench.store import Database
from workbench.store.embeddings import write_vectors


def merge_documents(db: Database, folder: Path, summary: IngestSummary) -> None:
    """Every document shard under ``folder`` into ``db``; problems and outcomes into ``summary``."""
    import pyarrow.parquet as pq

    saver = DocumentSaver(db, summary)
    for path in sorted(folder.glob("*.parquet")):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=SAVE_BATCH):
            for row in batch.to_pylist():
                if row["problem"]:
                    summary.fail(row["where"], row["problem"])
                else:
                    saver.add(rows_from_shard(row), row["where"])
    saver.flush()


def merge_embeddings(db: Database, folder: Path, model_id: str) -> int:
    """Every embedding shard under ``folder`` into the cache under ``model_id``; returns vectors stored."""
    import pyarrow.parquet as pq

    stored = 0
    for path in sorted(folder.glob("*.parquet")):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
            hashes = batch.column("text_hash").to_pylist()
            vectors = np.stack([np.frombuffer(b, dtype="<f4") for b in batch.column("vector").to_pylist()])
            write_vectors(db, model_id, hashes, vectors)
            stored += len(hashes)
    return stored
