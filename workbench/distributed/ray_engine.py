"""``workbench ingest --engine ray``: extraction and embedding on Ray Data, merged into claims.db.

Why ingest and not analyze is the cut: the work that scales out is per item (a document's
claims, a claim's vector) and both are keyed by stable ids, so workers need no database and
their output merges by id. Clustering and relations need every vector of an event block at
once; they stay with ``workbench analyze``, which then finds every vector already cached.

The plan, as Ray Data runs it (``ray.init`` in-process without ``address``; with one, on a
cluster): JSONL files -> ``flat_map(file_records)`` -> ``map_batches(process_batch)`` ->
``write_parquet(documents/)``, merged into the database by id; then the distinct claim texts
that have no vector yet are streamed to ``texts/`` and ``read_parquet(texts/)`` ->
``map_batches(EmbedActor)`` (one ONNX session per actor) -> ``write_parquet(embeddings/)``,
merged into the embedding cache. Other input formats go through the local engine in the
same run.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from workbench.analyze.threads import cpu_count
from workbench.distributed.merge import merge_documents, merge_embeddings
from workbench.distributed.records import file_item, file_records
from workbench.distributed.shards import EmbedActor, process_batch
from workbench.errors import WorkbenchError
from workbench.ingest.pipeline import IngestSummary, ingest_paths
from workbench.ingest.sources import InputSource, expand_paths
from workbench.models import ExtractedClaim, IngestProblem
from workbench.store import Database

DOC_BATCH = 32
EMBED_BATCH = 256
TEXTS_PER_FILE = 20_000  # texts to embed per Parquet file (the unit a read task hands to the actors)


class EngineError(WorkbenchError):
    """The distributed engine cannot run (Ray not installed, cluster unreachable): one line."""


def _ray():
    try:
        import ray
        import ray.data
    except ImportError:
        raise EngineError("the ray engine needs the optional extra: pip install 'workbench[distributed]'") from None
    return ray


def ingest_with_ray(db: Database, paths: list[str], *, workers: int | None = None, address: str | None = None,
                    embed: bool = True, shards: str | Path | None = None,
                    cache_dir: str | Path | None = None,
                    rescore: Callable[[list[ExtractedClaim]], None] | None = None) -> IngestSummary:
    """Ingest ``paths`` with Ray Data (JSONL files) and the local engine (other files); embed every claim.

    ``address`` names a running cluster (``ray://host:10001`` or ``auto``); without it Ray
    starts in this process with ``workers`` CPUs (default: every core). ``shards`` keeps the
    Parquet shards there (default: a temporary folder, removed after the merge). ``cache_dir``
    holds the embedding model's ONNX export (the CLI passes ``Settings.cache_dir``). ``rescore``
    (``workbench checkworthy train``'s model; picklable, it runs in the workers) re-scores each
    document's claims before they are stored, as in the local engine.
    """
    ray = _ray()
    summary = IngestSummary()
    items = expand_paths(paths)
    feeds = [i for i in items if isinstance(i, InputSource) and i.fmt == "jsonl" and i.path is not None]
    others = [i.display for i in items if isinstance(i, InputSource) and i not in feeds]
    for item in items:
        if isinstance(item, IngestProblem):
            summary.fail(item.source, item.message)
    started = not ray.is_initialized()
    if started:
        ray.init(address=address, num_cpus=None if address else (workers or cpu_count()), include_dashboard=False,
                 log_to_driver=False, logging_level=logging.WARNING)
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # the CLI prints its own summary
    ray.data.DataContext.get_current().enable_progress_bars = False
    folder = Path(shards) if shards else Path(tempfile.mkdtemp(prefix="wb-shards-"))
    try:
        if feeds:
            docs = folder / "documents"
            ds = ray.data.from_items([file_item(f) for f in feeds], override_num_blocks=len(feeds))
            ds.flat_map(file_records).map_batches(process_batch, batch_size=DOC_BATCH,
                                                  fn_kwargs={"rescore": rescore}).write_parquet(str(docs))
            merge_documents(db, docs, summary)
        if others:
            local = ingest_paths(db, others, progress=False, rescore=rescore)
            _add(summary, local)
        if embed:
            _embed(ray, db, folder, workers or cpu_count(), cache_dir)
    finally:
        if not shards:
            shutil.rmtree(folder, ignore_errors=True)
        if started:
            ray.shutdown()
    return summary


def _embed(ray, db: Database, folder: Path, workers: int, cache_dir: str | Path | None) -> None:
    """Embed the claim texts without a vector, in actors, and merge the vectors."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from workbench.analyze.embed import get_embedder
    from workbench.store.embeddings import iter_missing_texts

    embedder = get_embedder("onnx", cache_dir=cache_dir)  # makes the export once, on the driver; actors only load it
    texts = folder / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    parts = 0
    for parts, chunk in enumerate(iter_missing_texts(db, embedder.model_id, TEXTS_PER_FILE), start=1):
        table = pa.table({"text_hash": [h for h, _ in chunk], "text": [t for _, t in chunk]})
        pq.write_table(table, texts / f"part-{parts:05d}.parquet")  # one file per read task
    if not parts:
        return
    out = folder / "embeddings"
    name = embedder.model_id.rsplit("@", 1)[0]
    actors = max(1, workers - 1)  # one core left for the read tasks feeding them
    (ray.data.read_parquet(str(texts))
        .map_batches(EmbedActor, batch_size=EMBED_BATCH, compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1,
                     fn_constructor_kwargs={"export_dir": str(embedder.export_dir), "model_name": name})
        .write_parquet(str(out)))
    merge_embeddings(db, out, embedder.model_id)


def _add(summary: IngestSummary, other: IngestSummary) -> None:
    for name in ("added", "updated", "unchanged", "failed", "claims"):
        setattr(summary, name, getattr(summary, name) + getattr(other, name))
    summary.problems.extend(other.problems)
    summary.document_ids.extend(other.document_ids)
