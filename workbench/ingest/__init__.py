"""Ingest: files, folders and stdin -> cleaned articles with metadata -> claims in the store.

``read_inputs`` only reads (no database, no extractor); ``ingest_paths`` runs the whole
stage: read -> ``workbench.extract.extract_claims`` -> ``workbench.store.save_document``.
"""

from workbench.ingest.pipeline import IngestSummary, ingest_paths
from workbench.ingest.readers import read_inputs, read_stream
from workbench.ingest.sources import expand_paths

__all__ = ["IngestSummary", "expand_paths", "ingest_paths", "read_inputs", "read_stream"]
