"""Rows as Parquet columns and back: the documents and embeddings shards the workers write.

A document shard row is one document: its columns plus its claims and frames as JSON (one
row per document keeps a document whole across the shard boundary), or its problem. An
embedding shard row is (text hash, float32 vector bytes).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy as np

from workbench.ingest.process import process_document
from workbench.models import ExtractedClaim
from workbench.store.documents import DOCUMENT_COLUMNS, DocumentRows

SHARD_COLUMNS = (*DOCUMENT_COLUMNS, "claims", "frames", "problem", "where")


def process_batch(batch: dict[str, Any], rescore: Callable[[list[ExtractedClaim]], None] | None = None
                  ) -> dict[str, list]:
    """Ray ``map_batches`` step: a batch of records -> a batch of document shard rows (``rescore``: see
    ``process_article``)."""
    out: dict[str, list] = {c: [] for c in SHARD_COLUMNS}
    keys = list(batch)
    for k in range(len(batch[keys[0]])):
        record = {key: batch[key][k] for key in keys}
        record["line"] = int(record["line"])
        result = process_document(record, rescore)
        rows: DocumentRows | None = result["rows"]
        for c in DOCUMENT_COLUMNS:
            out[c].append(rows.document[c] if rows else None)
        out["claims"].append(json.dumps(rows.claims, ensure_ascii=False) if rows else "[]")
        out["frames"].append(json.dumps(rows.frames, ensure_ascii=False) if rows else "[]")
        out["problem"].append(result["problem"])
        out["where"].append(result["where"])
    return out


def rows_from_shard(row: dict[str, Any]) -> DocumentRows:
    return DocumentRows({c: row[c] for c in DOCUMENT_COLUMNS}, json.loads(row["claims"]),
                        [tuple(f) for f in json.loads(row["frames"])])


class EmbedActor:
    """Ray actor: loads the ONNX export once per worker, then embeds batch after batch."""

    def __init__(self, export_dir: str, model_name: str, threads: int = 1) -> None:
        from pathlib import Path

        from workbench.analyze.embed import ModelRef, OnnxEmbedder

        self.embedder = OnnxEmbedder(ModelRef(Path(export_dir), model_name), Path(export_dir), threads=threads)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        texts = [str(t) for t in batch["text"]]
        vectors = self.embedder.encode(texts)
        return {"text_hash": [str(h) for h in batch["text_hash"]],
                "vector": [np.asarray(v, dtype="<f4").tobytes() for v in vectors]}
