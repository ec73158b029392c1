"""Ingest: files, folders and stdin -> cleaned articles with metadata -> claims in the store.

``read_inputs`` only reads (no database, no extractor); ``ingest_paths`` runs the whole
stage. The pipeline is imported on first use so that reading inputs does not load the
claim extractor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.ingest.readers import read_inputs, read_stream
from workbench.ingest.sources import expand_paths

if TYPE_CHECKING:
    from workbench.ingest.pipeline import IngestSummary, ingest_paths

__all__ = ["IngestSummary", "expand_paths", "ingest_paths", "read_inputs", "read_stream"]


def __getattr__(name: str) -> Any:
    if name in ("IngestSummary", "ingest_paths"):
        from workbench.ingest import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'workbench.ingest' has no attribute {name!r}")
