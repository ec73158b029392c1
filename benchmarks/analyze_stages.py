"""Where analyze's time and memory go, stage by stage, on a database the pipeline produced.

    python -m benchmarks.analyze_stages claims.db [--max-pairs-gb 4] [--json OUT]

Runs the steps of ``workbench.analyze.run_analysis`` one after another in this process
(embed what is missing, load claims and vectors, features, clustering, relations per cluster)
and reports seconds, the process's RSS and peak RSS after each, cluster sizes, and -- before
relating -- the memory the largest cluster's pair matrices would take (``_pairs`` builds
several m x m arrays: about 20 bytes x m^2). If that exceeds ``--max-pairs-gb`` the relations
step is skipped and the estimate reported instead, so a topic-sized cluster cannot take the
machine down. Nothing is written back to the database except the embedding cache.
"""

from __future__ import annotations

import argparse
import sys
import time

from benchmarks.common import machine, write_json

PAIR_BYTES = 20  # float32 sims + float32 masked + its negation + 4 bool m x m arrays in analyze.pipeline._pairs


def _rss() -> dict[str, float]:
    out = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = round(int(line.split()[1]) / 1024, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    from workbench.analyze import cluster as clustering
    from workbench.analyze import pipeline as ap
    from workbench.analyze.embed import get_embedder
    from workbench.analyze.embed_cache import embed_claims, load_vectors
    from workbench.store import open_db

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--max-pairs-gb", type=float, default=4.0)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    db = open_db(args.db, create=False)
    stages: list[dict] = []

    def stage(name: str, started: float, **extra) -> None:
        stages.append({"stage": name, "seconds": round(time.perf_counter() - started, 2), **_rss(), **extra})
        print(stages[-1], file=sys.stderr)

    t = time.perf_counter()
    embedder = get_embedder("onnx")
    embedded = embed_claims(db, embedder)
    stage("embed", t, embedded=embedded, threads=embedder.model.threads)
    t = time.perf_counter()
    rows = ap.load_claims(db)
    ids, matrix = load_vectors(db, embedder.model_id)
    where = {cid: k for k, cid in enumerate(ids)}
    rows = [r for r in rows if r.id in where]
    vectors = np.ascontiguousarray(matrix[[where[r.id] for r in rows]], dtype=np.float32)
    stage("load", t, claims=len(rows))
    t = time.perf_counter()
    feats = ap.features(rows)
    stage("features", t)
    t = time.perf_counter()
    groups = clustering.cluster(vectors, feats, threshold=clustering.DEFAULT_THRESHOLD)
    sizes = sorted((len(g) for g in groups), reverse=True)
    stage("cluster", t, clusters=len(groups), largest=sizes[:5], clustered=sum(sizes))
    need_gb = PAIR_BYTES * (sizes[0] if sizes else 0) ** 2 / 1e9
    relations = None
    if need_gb <= args.max_pairs_gb:
        t = time.perf_counter()
        relations = sum(len(ap.relate_cluster(m, rows, vectors)) for m in groups)
        stage("relations", t, relations=relations)
    payload = {"benchmark": "analyze_stages", "machine": machine(), "db": args.db, "stages": stages,
               "largest_cluster_pair_matrices_gb": round(need_gb, 2), "relations_skipped": relations is None}
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
