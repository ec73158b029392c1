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
``store.analysis.write_results`` (staged, then swapped in one short transaction), so a kill
leaves the previous analysis whole. Cluster ids stay stable across runs (``analyze.results``).
Verdicts are never touched. Core code reports progress through a :data:`ProgressFn`.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from workbench.analyze import cluster as clustering
from workbench.analyze.events import group_events, signal
from workbench.analyze.facts import claim_features, relate_event
from workbench.analyze.label import cluster_label, common_words
from workbench.analyze.results import assign_ids
from workbench.models import ProgressFn
from workbench.store import Database
from workbench.store.analysis import (
    ClaimRow,
    ClusterRow,
    EventRecord,
    RelationRow,
    load_claims,
    load_documents,
    previous_membership,
    write_results,
)

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

    def __str__(self) -> str:
        extra = ", ".join(f"{getattr(self, k)} {k.replace('_', ' ')}" for k in RELATION_KINDS[3:] if getattr(self, k))
        return (
            f"analyzed {self.claims} claims ({self.embedded} newly embedded, model {self.model}): "
            f"{self.events} events, {self.clusters} clusters covering {self.clustered} claims; relations: "
            f"{self.agree} agree, {self.conflict} conflict, {self.related} related" + (f", {extra}" if extra else "")
            + f" (threshold {self.threshold:.2f}, {self.seconds:.1f}s)"
        )


def _document_vectors(rows: list[ClaimRow], vectors: np.ndarray, doc_ids: list[str]) -> np.ndarray:
    """Each document's normalised mean claim vector (zeros for a document without claims)."""
    index = {d: k for k, d in enumerate(doc_ids)}
    out = np.zeros((len(doc_ids), vectors.shape[1] if vectors.ndim == 2 else 0), dtype=np.float64)
    if len(rows) != len(vectors):
        raise ValueError("one vector per claim row")
    codes = np.fromiter((index[r.document_id] for r in rows), dtype=np.int64, count=len(rows))
    np.add.at(out, codes, vectors)  # row by row in claim order, as a Python loop adds them, without one per claim
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def _events(db: Database, rows: list[ClaimRow], vectors: np.ndarray) -> list[EventRecord]:
    docs = [d for d in load_documents(db)]
    vecs = _document_vectors(rows, vectors, [d.id for d in docs])
    found = group_events([signal(d.id, d.title, d.published, d.lead) for d in docs], vecs)
    out = []
    for e in found:
        ids = [docs[k].id for k in e.documents]
        out.append(EventRecord("e" + min(ids).removeprefix("d")[:16], e.label, e.date_start, e.date_end, ids))
    return out


class _StageClock:
    """Wall seconds since the previous lap, stored under the stage's name."""

    def __init__(self, into: dict[str, float]) -> None:
        self.into, self.last = into, time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.into[stage] = round(self.into.get(stage, 0.0) + now - self.last, 3)
        self.last = now


def run_analysis(db: Database, backend: str = "onnx", model: str | None = None, threshold: float | None = None,
                 progress: ProgressFn | None = None, nli_model: str | None = None, *, embedder=None,
                 cache_dir: str | Path | None = None) -> AnalysisSummary:
    """Embed new claims, group documents into events and claims into facts, relate pairs, store it all.

    ``embedder`` (an already loaded :class:`workbench.analyze.embed.Embedder`) overrides
    ``backend``/``model``; tests pass one to share a loaded model. ``cache_dir`` is where the
    ONNX export lives (the CLI passes ``Settings.cache_dir``). ``progress`` gets
    (stage, done, total) for "embedding", "events", "relations".
    """
    from workbench.analyze.embed import get_embedder
    from workbench.analyze.embed_cache import embed_claims, load_vectors

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
    summary = AnalysisSummary(model=embedder.model_id, threshold=thr)
    clock = _StageClock(summary.stage_seconds)
    summary.embedded = embed_claims(db, embedder, progress=progress)
    clock.lap("embedding")
    rows = load_claims(db)
    ids, matrix = load_vectors(db, embedder.model_id)
    where = {cid: k for k, cid in enumerate(ids)}
    rows = [r for r in rows if r.id in where]
    if [r.id for r in rows] == ids:  # both sorted by claim id: the usual case needs no second copy of the matrix
        vectors = np.ascontiguousarray(matrix, dtype=np.float32)
    else:
        vectors = np.ascontiguousarray(matrix[[where[r.id] for r in rows]], dtype=np.float32) if rows else \
            np.zeros((0, embedder.dim), dtype=np.float32)
    del matrix, where
    summary.claims = len(rows)
    clock.lap("loading")
    events = _events(db, rows, vectors)
    clock.lap("events")
    event_of_doc = {d: e.id for e in events for d in e.documents}
    by_event: dict[str, list[int]] = defaultdict(list)
    for k, r in enumerate(rows):
        if r.document_id in event_of_doc:
            by_event[event_of_doc[r.document_id]].append(k)
    feats = claim_features(rows)
    clusters: list[ClusterRow] = []
    relations: list[RelationRow] = []
    for n, e in enumerate(events, 1):
        members = by_event.get(e.id, [])
        groups, rels = relate_event(members, rows, vectors, feats, thr)
        if judge is not None and rels:
            from workbench.analyze.nli import apply_nli

            judged = apply_nli(judge, [(rows[i].text, rows[j].text) for i, j, _ in rels], [r for _, _, r in rels])
            rels = [(i, j, r) for (i, j, _), r in zip(rels, judged, strict=True)]
        common = common_words([rows[m].text for m in members])
        for g in groups:
            mrows = [rows[m] for m in g]
            clusters.append(ClusterRow(
                id="", label=cluster_label([r.text for r in mrows], [r.quantities for r in mrows], common),
                members=[r.id for r in mrows], n_outlets=len({r.outlet or r.document_id for r in mrows}),
                max_checkworthiness=max(r.checkworthiness for r in mrows), event_id=e.id,
                earliest=min(mrows, key=lambda r: r.order).id,
            ))
        for i, j, rel in rels:
            a, b = sorted((rows[i].id, rows[j].id))
            relations.append(RelationRow(a, b, rel.relation, rel.reason, rel.method))
        if progress is not None:
            progress("relations", n, len(events))
    clock.lap("relations")
    assign_ids(previous_membership(db), clusters)
    write_results(db, events, clusters, relations, {
        "embedding_model": embedder.model_id, "cluster_threshold": f"{thr:.3f}", "nli_model": nli_model or ""})
    clock.lap("writing")
    summary.events = len(events)
    summary.clusters = len(clusters)
    summary.clustered = sum(len(c.members) for c in clusters)
    for kind, count in Counter(r.relation for r in relations).items():
        if kind in RELATION_KINDS:
            setattr(summary, kind, count)
    summary.seconds = time.perf_counter() - started
    return summary
