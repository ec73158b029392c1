"""The analysis stage end to end: embed -> events -> facts -> relations -> store.

Why this order: a fact-checker first decides which reports are about the *same event*
(``analyze.events``: dates, shared names, overall similarity), then, inside one event,
which claims state the *same fact* (``analyze.cluster`` run per event), and only then
compares them (``analyze.relate``). Claims of different events are never compared, so a
2009 launch cannot "agree" with a 2013 one. Inside an event every cross-document pair of
close claims is related (each claim with its ``MAX_PARTNERS`` closest), and the pairs that
are not plain ``related`` are kept even across fact clusters: "120 dead in the city" is
*narrower* than "520 dead in the province", a different fact a reviewer still wants linked.

Embedding is the slow, resumable part (the embed cache commits it in batches); everything
after it is a pure function of the data and the threshold, written through
``store.analysis.ResultWriter`` (staged, then swapped in one short transaction), so a kill
leaves the previous analysis whole. Cluster ids stay stable across runs (``analyze.results``).
Verdicts are never touched. Core code reports progress through a :data:`ProgressFn`.

Memory is bounded by the largest event plus small global tables, not by the corpus (issue 12:
1M claims in 4 GB): the only statistics over all claims (names too common to tell claims apart,
each document's mean vector) are computed in streamed passes (``store.event_claims``), then
each event's claims, frames and vectors are read, related, staged and freed before the next.
Only the cluster list (claim ids) and the events grow with the corpus.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from workbench.analyze import cluster as clustering
from workbench.analyze.act_identity import use_embedder
from workbench.analyze.event_workers import choose_workers, count_kinds, relate_events
from workbench.analyze.events import group_events, signal
from workbench.analyze.facts import common_names
from workbench.analyze.results import assign_ids
from workbench.models import ProgressFn
from workbench.store import Database
from workbench.store.analysis import (
    ClaimRow,
    ClusterRow,
    EventRecord,
    ResultWriter,
    iter_document_rows,
    previous_membership,
)
from workbench.store.embeddings import stored_dim
from workbench.store.event_claims import (
    count_embedded_claims,
    iter_claim_names,
    iter_document_claim_vectors,
    iter_event_claims,
)
from workbench.store.event_places import document_places

RELATION_KINDS = ("agree", "conflict", "related", "update", "narrower", "broader", "different_measure")


@dataclass
class AnalysisSummary:
    embedded: int = 0
    claims: int = 0
    events: int = 0
    clusters: int = 0
    clustered: int = 0
    agree: int = 0
    conflict: int = 0
    related: int = 0
    update: int = 0
    narrower: int = 0
    broader: int = 0
    different_measure: int = 0
    model: str = ""
    threshold: float = clustering.DEFAULT_THRESHOLD
    seconds: float = 0.0
    # wall seconds per stage (embedding, loading, events, relations, writing): where a run's time went,
    # for `workbench analyze --json` and the benchmarks, without a profiler
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # peak RSS (MB) of the process so far at the end of each stage: the stage where it grows set the peak
    stage_peak_rss_mb: dict[str, float] = field(default_factory=dict)
    # CPU seconds per stage, this process and its finished workers: wall time on a shared machine
    # says little, and with workers on every core a stage's CPU exceeds its wall time
    stage_cpu_seconds: dict[str, float] = field(default_factory=dict)
    # events whose relating failed, one line each ("E12 <label>: ValueError: ... (file.py:176)"): their claims are
    # stored unclustered and unrelated, every other event is analysed as usual
    failed_events: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        extra = ", ".join(f"{getattr(self, k)} {k.replace('_', ' ')}" for k in RELATION_KINDS[3:] if getattr(self, k))
        return (
            f"analyzed {self.claims} claims ({self.embedded} newly embedded, model {self.model}): "
            f"{self.events} events, {self.clusters} clusters covering {self.clustered} claims; relations: "
            f"{self.agree} agree, {self.conflict} conflict, {self.related} related" + (f", {extra}" if extra else "")
            + f" (threshold {self.threshold:.2f}, {self.seconds:.1f}s)"
            + (f"; {len(self.failed_events)} event(s) failed, their claims left unrelated" if self.failed_events else "")
        )


def _document_vectors(chunks: Iterable[tuple[list[str], np.ndarray]], doc_ids: list[str], dim: int) -> np.ndarray:
    """Each document's normalised mean claim vector (zeros for a document without claims).

    ``chunks`` stream (document id, vector) rows by document, then claim id: each document's
    sum is finished before the next starts, so only the document matrix is held, never the
    claims'. Sums run in float64 row by row in claim order (``np.add.at``), the order the
    one-matrix version used, so the result is bit-identical to it.
    """
    index = {d: k for k, d in enumerate(doc_ids)}
    out = np.zeros((len(doc_ids), dim), dtype=np.float32)
    carry: tuple[int, np.ndarray] | None = None  # the last document of a chunk may go on in the next

    def put(codes: np.ndarray, sums: np.ndarray) -> None:
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        out[codes] = (sums / np.where(norms > 0, norms, 1.0)).astype(np.float32)

    for ids, vectors in chunks:
        codes = np.fromiter((index[d] for d in ids), dtype=np.int64, count=len(ids))
        uniq, local = np.unique(codes, return_inverse=True)
        sums = np.zeros((len(uniq), vectors.shape[1]), dtype=np.float64)
        if carry is not None:
            if carry[0] == uniq[0]:
                sums[0] = carry[1]
            else:
                put(np.array([carry[0]]), carry[1][None, :])
        np.add.at(sums, local, vectors)
        put(uniq[:-1], sums[:-1])
        carry = (int(uniq[-1]), sums[-1].copy())
    if carry is not None:
        put(np.array([carry[0]]), carry[1][None, :])
    return out


def _events(db: Database, model_id: str, dim: int) -> list[EventRecord]:
    places = document_places(db)  # where each document's claims say they happened (event_evidence)
    docs = [(d.id, signal(d.id, d.title, d.published, d.lead, places.get(d.id, ()))) for d in iter_document_rows(db)]
    del places
    doc_ids = [d for d, _ in docs]
    vecs = _document_vectors(iter_document_claim_vectors(db, model_id), doc_ids, dim)
    found = group_events([s for _, s in docs], vecs)
    del docs, vecs
    out = []
    for e in found:
        ids = [doc_ids[k] for k in e.documents]
        out.append(EventRecord("e" + min(ids).removeprefix("d")[:16], e.label, e.date_start, e.date_end, ids))
    return out


def _peak_rss_mb() -> float | None:
    """This process's peak resident memory so far (MB), where the OS reports it."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1 << 20 if sys.platform == "darwin" else 1 << 10), 1)  # bytes on macOS, KiB on Linux


class _StageClock:
    """Wall seconds, CPU seconds (this process and its reaped workers) since the previous lap, and
    the peak RSS so far, stored under the stage's name.

    The peak so far at the end of each stage says which stage set the run's peak (issue 12: memory at 1M).
    """

    def __init__(self, into: dict[str, float], peaks: dict[str, float], cpu: dict[str, float] | None = None) -> None:
        self.into, self.peaks, self.cpu, self.last = into, peaks, cpu, time.perf_counter()
        self.last_cpu = _cpu_seconds()

    def lap(self, stage: str) -> None:
        now, now_cpu = time.perf_counter(), _cpu_seconds()
        self.into[stage] = round(self.into.get(stage, 0.0) + now - self.last, 3)
        if self.cpu is not None:
            self.cpu[stage] = round(self.cpu.get(stage, 0.0) + now_cpu - self.last_cpu, 3)
        self.last, self.last_cpu = now, now_cpu
        peak = _peak_rss_mb()
        if peak is not None:
            self.peaks[stage] = peak


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its children that have ended (the relation workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def run_analysis(db: Database, backend: str = "onnx", model: str | None = None, threshold: float | None = None,
                 progress: ProgressFn | None = None, nli_model: str | None = None, *, embedder=None,
                 cache_dir: str | Path | None = None, workers: int | None = None) -> AnalysisSummary:
    """Embed new claims, group documents into events and claims into facts, relate pairs, store it all.

    ``embedder`` (an already loaded :class:`workbench.analyze.embed.Embedder`) overrides
    ``backend``/``model``; tests pass one to share a loaded model. ``cache_dir`` is where the
    ONNX export lives (the CLI passes ``Settings.cache_dir``). ``workers``: processes that relate
    events (default: every core for a large corpus, ``analyze.event_workers``; the result is the
    same for any number). ``progress`` gets
    (stage, done, total) for "embedding", "events", "relations".
    """
    from workbench.analyze.embed import get_embedder
    from workbench.analyze.embed_cache import embed_claims

    if progress is not None and not callable(progress):  # callers that pass False, as ingest_paths allows
        progress = None
    started = time.perf_counter()
    thr = clustering.DEFAULT_THRESHOLD if threshold is None else float(threshold)
    judge = None
    if nli_model:
        from workbench.analyze.nli import NliJudge

        judge = NliJudge(nli_model)  # fail before the slow part
    if embedder is None:
        embedder = get_embedder(backend=backend, model=model, cache_dir=cache_dir)
    use_embedder(embedder, cache_dir)  # act phrases (analyze.act_identity) reuse the loaded model and its cache
    summary = AnalysisSummary(model=embedder.model_id, threshold=thr)
    clock = _StageClock(summary.stage_seconds, summary.stage_peak_rss_mb, summary.stage_cpu_seconds)
    summary.embedded = embed_claims(db, embedder, progress=progress)
    clock.lap("embedding")
    dim = stored_dim(db, embedder.model_id) or embedder.dim
    summary.claims = count_embedded_claims(db, embedder.model_id)
    # the one statistic over all claims (names too common to tell claims apart), counted in a streamed pass
    common = common_names(iter_claim_names(db, embedder.model_id), summary.claims)
    clock.lap("loading")
    events = _events(db, embedder.model_id, dim)
    clock.lap("events")
    writer = ResultWriter(db)
    clusters: list[ClusterRow] = []
    kinds: Counter[str] = Counter()
    order: deque[int] = deque()  # the indexes of the events in flight (events without claims are skipped)

    def stream() -> Iterator[tuple[str, list[ClaimRow], np.ndarray]]:  # one event's claims read at a time
        for k, rows, vectors in iter_event_claims(db, embedder.model_id, [e.documents for e in events], dim):
            order.append(k)
            yield events[k].id, rows, vectors

    for found, staged, failure in relate_events(stream(), common, thr, choose_workers(summary.claims, workers), judge):
        clusters += found
        writer.add_relations(staged)
        count_kinds(staged, kinds)
        k = order.popleft()
        if failure is not None:
            summary.failed_events.append(f"{events[k].id} {events[k].label}: {failure}")
        if progress is not None:
            progress("relations", k + 1, len(events))
    clock.lap("relations")
    assign_ids(previous_membership(db), clusters)
    writer.finish(events, clusters, {
        "embedding_model": embedder.model_id, "cluster_threshold": f"{thr:.3f}", "nli_model": nli_model or ""})
    clock.lap("writing")
    summary.events = len(events)
    summary.clusters = len(clusters)
    summary.clustered = sum(len(c.members) for c in clusters)
    for kind, count in kinds.items():
        if kind in RELATION_KINDS:
            setattr(summary, kind, count)
    summary.seconds = time.perf_counter() - started
    return summary
