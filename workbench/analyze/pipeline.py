"""The analysis stage end to end: embed -> cluster -> label -> relate -> store.

Why it is shaped like this: embedding is the slow, resumable part and the embed cache
commits it in batches, so an interrupted run loses little. Everything after it is
recomputed from the claims and their vectors (a pure function of the data and the
threshold, so reruns give the same clusters) and written in ONE transaction: Ctrl-C or a
kill leaves the previous analysis in place, never half of a new one. Cluster ids are kept
stable across runs: a cluster inherits the id of the previous cluster it overlaps most,
else it is named after its earliest member claim. Verdicts are never touched.

Singletons are not stored: a claim that no other document echoes has no ``clusters`` row
and no ``cluster_members`` row, so every stored cluster has >= 2 claims from >= 2 documents.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sqlite_utils import Database

from workbench.analyze import cluster as clustering
from workbench.analyze.assessments import assess
from workbench.analyze.label import cluster_label
from workbench.analyze.quantity_match import measure_keys
from workbench.analyze.relate import ClaimView, Relation, relate
from workbench.analyze.results import ClusterRecord, assign_ids, write_results
from workbench.analyze.words import entities
from workbench.models import Frame, quantities_from_json
from workbench.store.frames import read_frames

MAX_PARTNERS = 20  # in big clusters a claim is compared with its 20 closest claims of other documents


@dataclass
class AnalysisSummary:
    embedded: int = 0
    claims: int = 0
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

    def __str__(self) -> str:
        return (
            f"analyzed {self.claims} claims ({self.embedded} newly embedded, model {self.model}): "
            f"{self.clusters} clusters covering {self.clustered} claims; relations: {self.agree} agree, "
            f"{self.conflict} conflict, {self.related} related (threshold {self.threshold:.2f}, {self.seconds:.1f}s)"
        )


@dataclass
class ClaimRow:
    id: str
    document_id: str
    text: str
    quantities: list
    speaker: str | None
    checkworthiness: float
    outlet: str | None
    order: tuple
    frame: Frame | None = None


def load_claims(db: Database) -> list[ClaimRow]:
    """All claims, sorted by id (the order that makes clustering deterministic)."""
    sql = (
        "SELECT c.id, c.document_id, c.text, c.quantities, c.speaker, c.checkworthiness, d.outlet, "
        "d.ingested_at, c.sentence_index FROM claims c JOIN documents d ON d.id = c.document_id ORDER BY c.id"
    )
    frames = read_frames(db)
    return [
        ClaimRow(r[0], r[1], r[2], quantities_from_json(r[3]), r[4], float(r[5] or 0.0), r[6], (r[7] or "", r[8] or 0, r[0]),
                 frames.get(r[0]))
        for r in db.execute(sql).fetchall()
    ]


def features(rows: list[ClaimRow]) -> list[clustering.ClaimFeatures]:
    """Document codes, quantity kinds, measure keys and distinctive names per claim.

    A name used by more than a fifth of all claims ("Bakhmut" in a Bakhmut corpus) tells
    nothing apart, so it is left out of the entity signature.
    """
    docs: dict[str, int] = {}
    names = [set(entities(r.text)) | set(r.speaker.lower().split()[-1:] if r.speaker else []) for r in rows]
    df: Counter[str] = Counter()
    for n in names:
        df.update(n)
    common = {w for w, c in df.items() if c > max(2, len(rows) // 5)}
    out = []
    for r, n in zip(rows, names, strict=True):
        keys = measure_keys(r.text, r.quantities)
        if assess(r.text) is not None:
            keys.append("assessment:importance")
        out.append(
            clustering.ClaimFeatures(
                group=docs.setdefault(r.document_id, len(docs)),
                kind_mask=clustering.kind_mask([q.kind for q in r.quantities]),
                measures=tuple(sorted({clustering.measure_id(k) for k in keys})),
                entity_sig=clustering.entity_signature(sorted(n - common)),
            )
        )
    return out


def _pairs(members: list[int], rows: list[ClaimRow], vectors: np.ndarray) -> list[tuple[int, int, float]]:
    """Pairs of members from different documents (in a big cluster, each member's closest partners).

    Vectorised: one product, same-document pairs masked, then ``argpartition`` picks each
    member's MAX_PARTNERS best (ties by position) instead of a Python sort per member.
    """
    m = len(members)
    sub = vectors[members]
    sims = sub @ sub.T
    codes = {}
    docs = np.fromiter((codes.setdefault(rows[x].document_id, len(codes)) for x in members), dtype=np.int64, count=m)
    allowed = docs[:, None] != docs[None, :]
    if m > MAX_PARTNERS + 1:
        masked = np.where(allowed, sims, -np.inf)
        top = np.argpartition(-masked, MAX_PARTNERS - 1, axis=1)[:, :MAX_PARTNERS]
        pick = np.zeros_like(allowed)
        np.put_along_axis(pick, top, True, axis=1)
        allowed &= pick | pick.T
    xs, ys = np.nonzero(np.triu(allowed, 1))
    return [(members[x], members[y], float(sims[x, y])) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)]


def relate_cluster(
    members: list[int], rows: list[ClaimRow], vectors: np.ndarray
) -> list[tuple[str, str, Relation, tuple[str, str]]]:
    """(claim_a, claim_b, relation, texts) with claim_a < claim_b for the cluster's cross-document pairs."""
    out = []
    for i, j, sim in _pairs(members, rows, vectors):
        a, b = sorted((rows[i], rows[j]), key=lambda r: r.id)
        rel = relate(ClaimView(a.id, a.text, a.quantities, a.document_id, a.speaker, a.frame),
                     ClaimView(b.id, b.text, b.quantities, b.document_id, b.speaker, b.frame), similarity=sim)
        out.append((a.id, b.id, rel, (a.text, b.text)))
    return out


def _progress_ui(enabled: bool):
    """A rich progress display on stderr, or None (tests, pipes)."""
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=False)


def _callback(ui, label: str, total: int | None = None) -> Callable[..., None] | None:
    if ui is None:
        return None
    task = ui.add_task(label, total=total)

    def update(done: int, of: int | None = None, *_: object) -> None:
        ui.update(task, completed=done, total=of if of is not None else total)

    return update


def run_analysis(db: Database, backend: str = "onnx", model: str | None = None, threshold: float | None = None,
                 progress: bool = True, nli_model: str | None = None, *, embedder=None) -> AnalysisSummary:
    """Embed new claims, recluster everything, relate pairs inside clusters, store it all at once.

    ``embedder`` (an already loaded :class:`workbench.analyze.embed.Embedder`) overrides
    ``backend``/``model``; tests pass one to share a loaded model.
    """
    from workbench.analyze.embed import get_embedder
    from workbench.analyze.embed_cache import count_missing, embed_claims, load_vectors

    started = time.perf_counter()
    thr = clustering.DEFAULT_THRESHOLD if threshold is None else float(threshold)
    judge = None
    if nli_model:
        from workbench.analyze.nli import NliJudge

        judge = NliJudge(nli_model)  # fail before the slow part
    if embedder is None:
        embedder = get_embedder(backend=backend, model=model)
    summary = AnalysisSummary(model=embedder.model_id, threshold=thr)
    ui = _progress_ui(progress)
    if ui is not None:
        ui.start()
    try:
        todo = count_missing(db, embedder.model_id) if ui is not None else None
        summary.embedded = embed_claims(db, embedder, progress=_callback(ui, "embedding", todo))
        rows = load_claims(db)
        ids, matrix = load_vectors(db, embedder.model_id)
        where = {cid: k for k, cid in enumerate(ids)}
        rows = [r for r in rows if r.id in where]
        vectors = np.ascontiguousarray(matrix[[where[r.id] for r in rows]], dtype=np.float32) if rows else \
            np.zeros((0, embedder.dim), dtype=np.float32)
        summary.claims = len(rows)
        groups = clustering.cluster(vectors, features(rows), threshold=thr, progress=_callback(ui, "clustering"))
        relating = _callback(ui, "relations")
        records = []
        for n, members in enumerate(groups, 1):
            triples = relate_cluster(members, rows, vectors)
            rels = [t[2] for t in triples]
            if judge is not None and triples:
                from workbench.analyze.nli import apply_nli

                rels = apply_nli(judge, [t[3] for t in triples], rels)
            member_rows = [rows[m] for m in members]
            records.append(ClusterRecord(
                members=[r.id for r in member_rows],
                earliest=min(member_rows, key=lambda r: r.order).id,
                label=cluster_label([r.text for r in member_rows], [r.quantities for r in member_rows]),
                outlets={r.outlet or r.document_id for r in member_rows},
                max_checkworthiness=max(r.checkworthiness for r in member_rows),
                relations=[(t[0], t[1], rel) for t, rel in zip(triples, rels, strict=True)],
            ))
            if relating:
                relating(n, len(groups))
    finally:
        if ui is not None:
            ui.stop()
    assign_ids(db, records)
    write_results(db, records, {"embedding_model": embedder.model_id, "cluster_threshold": f"{thr:.3f}",
                                "nli_model": nli_model or ""})
    summary.clusters = len(records)
    summary.clustered = sum(len(r.members) for r in records)
    for rec in records:
        for _, _, rel in rec.relations:
            setattr(summary, rel.relation, getattr(summary, rel.relation) + 1)
    summary.seconds = time.perf_counter() - started
    return summary
