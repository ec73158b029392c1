"""Recall of the candidate search on real claim vectors: HNSW and the bounded exact search vs. all pairs.

    python -m benchmarks.ann_recall benchmarks/results/analyzed-10000.db [--floor 0.55] [--json OUT]
    python -m benchmarks.ann_recall DB --events [--json OUT]

``--events`` measures the *document* candidate search of ``analyze.events`` instead: each
document's mean claim vector (as the pipeline builds it), exact per-document top-30 against the
HNSW top-30 with exact rescoring; recall of the candidate pairs, of the pairs that pass the event
threshold, and the share of documents whose event is the same set of documents either way.

Reads the vectors ``workbench analyze`` stored in an analyzed database (one row per claim,
rows of one document never paired, as clustering does) and compares, at the clustering's
candidate floor (threshold minus the shared-entity bonus):

* ``exact_all``: every pair above the floor (a plain blockwise product, no per-row bound),
* ``exact_bounded``: ``neighbours.candidate_pairs`` (per-row top-k before rescoring),
* ``hnsw``: ``neighbours.ann_candidate_pairs`` (faiss HNSW),

each capped to the same ``MAX_NEIGHBOURS`` best per row, and reports recall of the capped
pairs against ``exact_all`` plus seconds. Numbers are for the claims the pipeline produced,
not planted vectors.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time

import numpy as np

from benchmarks.common import machine, write_json


def _vectors(path: str) -> tuple[np.ndarray, np.ndarray]:
    with sqlite3.connect(path) as conn:
        model = conn.execute("SELECT value FROM meta WHERE key = 'embedding_model'").fetchone()[0]
        rows = conn.execute(
            "SELECT c.document_id, e.vector FROM claims c JOIN embeddings e ON e.model = ? AND e.text_hash = c.text_hash "
            "ORDER BY c.id", [model]).fetchall()
    docs: dict[str, int] = {}
    groups = np.fromiter((docs.setdefault(r[0], len(docs)) for r in rows), dtype=np.int64, count=len(rows))
    return np.stack([np.frombuffer(r[1], dtype="<f4") for r in rows]).astype(np.float32), groups


def _all_pairs(v: np.ndarray, floor: float, groups: np.ndarray, cap: int):
    from workbench.analyze.neighbours import _cap_per_row

    out = []
    for start in range(0, len(v), 1024):
        prod = v[start:start + 1024] @ v[start:].T
        r, c = np.nonzero(prod >= floor)
        i, j = r + start, c + start
        keep = (j > i) & (groups[i] != groups[j])
        i, j = i[keep], j[keep]
        out.append(_cap_per_row(i, j, prod[r[keep], c[keep]], cap))
    return tuple(np.concatenate([o[k] for o in out]) for k in range(3))


def _events_recall(path: str) -> dict:
    """Exact vs HNSW document candidates on one analyzed database (see the module docstring)."""
    from workbench.analyze import events as ev
    from workbench.analyze.pipeline import _document_vectors
    from workbench.store.analysis import load_documents

    with sqlite3.connect(path) as conn:
        model = conn.execute("SELECT value FROM meta WHERE key = 'embedding_model'").fetchone()[0]
        rows = conn.execute(
            "SELECT c.document_id, e.vector FROM claims c JOIN embeddings e ON e.model = ? AND e.text_hash = c.text_hash "
            "ORDER BY c.id", [model]).fetchall()
        docs = load_documents(conn)
    claims = [type("Row", (), {"document_id": r[0]}) for r in rows]
    vecs = _document_vectors(claims, np.stack([np.frombuffer(r[1], dtype="<f4") for r in rows]), [d.id for d in docs])
    del rows, claims
    signals = [ev.signal(d.id, d.title, d.published, d.lead) for d in docs]
    scorer = ev._Scorer(signals, vecs)
    out: dict = {"documents": len(docs), "neighbours": ev.NEIGHBOURS, "ask": ev.ANN_ASK, "seconds": {}, "cpu_seconds": {}}
    found, events = {}, {}
    for name, ann in (("exact", False), ("hnsw", True)):
        t, c = time.perf_counter(), time.process_time()
        found[name] = set(ev._candidates(vecs, ann))
        out["seconds"][name] = round(time.perf_counter() - t, 2)
        out["cpu_seconds"][name] = round(time.process_time() - c, 2)
        events[name] = {frozenset(e.documents) for e in ev.group_events(signals, vecs, ann)}
    truth, got = found["exact"], found["hnsw"]
    strong = {p for p in truth if scorer.score(*p) >= ev.EVENT_THRESHOLD}
    same = sum(len(e) for e in events["exact"] & events["hnsw"])
    grouped = sum(len(e) for e in events["exact"])
    out.update(pairs_exact=len(truth), pairs_hnsw=len(got), recall=round(len(truth & got) / max(1, len(truth)), 4),
               pairs_above_threshold=len(strong), recall_above_threshold=round(len(strong & got) / max(1, len(strong)), 4),
               events_exact=len(events["exact"]), events_hnsw=len(events["hnsw"]), events_identical=len(
                   events["exact"] & events["hnsw"]), grouped_documents_same_event=round(same / max(1, grouped), 4))
    return out


def main(argv: list[str] | None = None) -> int:
    from workbench.analyze import neighbours
    from workbench.analyze.cluster import DEFAULT_THRESHOLD, SHARED_ENTITY_BONUS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--floor", type=float, default=DEFAULT_THRESHOLD - SHARED_ENTITY_BONUS)
    parser.add_argument("--json")
    parser.add_argument("--events", action="store_true", help="document candidates of analyze.events instead")
    args = parser.parse_args(argv)
    if args.events:
        payload = {"benchmark": "ann_recall_events", "machine": machine(), "db": args.db, **_events_recall(args.db)}
        print(payload, file=sys.stderr)
        write_json(args.json, payload)
        return 0
    v, groups = _vectors(args.db)
    cap = neighbours.MAX_NEIGHBOURS
    timings, found = {}, {}
    for name, fn in (
        ("exact_all", lambda: _all_pairs(v, args.floor, groups, cap)),
        ("exact_bounded", lambda: neighbours.candidate_pairs(v, args.floor, groups, cap, use_torch=False)),
        ("hnsw", lambda: neighbours.ann_candidate_pairs(v, args.floor, groups, cap)),
    ):
        t = time.perf_counter()
        i, j, _ = fn()
        timings[name] = round(time.perf_counter() - t, 2)
        found[name] = set(zip(i.tolist(), j.tolist(), strict=True))
    truth = found["exact_all"]
    payload = {"benchmark": "ann_recall", "machine": machine(), "db": args.db, "claims": len(v), "floor": args.floor,
               "pairs_exact": len(truth), "seconds": timings,
               "recall": {k: round(len(truth & s) / max(1, len(truth)), 4) for k, s in found.items() if k != "exact_all"}}
    print(f"{len(v)} claims, {len(truth)} pairs: {payload['recall']} {timings}", file=sys.stderr)
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
