"""Clustering speed and memory: workbench.analyze.cluster vs sentence-transformers community_detection.

Synthetic unit vectors (dim 384) with planted groups of 2-8 near-duplicates among random
singletons, all sharing one topic direction (unrelated pairs at cosine ~0.26, as in one-event news)
and 30% of rows carrying a measure key; both methods get the same vectors and threshold. Each measurement runs in a
fresh subprocess so the peak RSS (resource.getrusage) belongs to that method alone.

    .venv/bin/python benchmarks/bench_cluster.py            # 10k x3 (median) and 100k x1
    .venv/bin/python benchmarks/bench_cluster.py --sizes 10000 --runs 5
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
THRESHOLD = 0.65


TOPIC_WEIGHT = 0.6  # a shared "one event" direction: unrelated rows have cosine ~0.26, as same-topic news does
MEASURE_SHARE = 0.3  # this share of rows carries a measure key (quantity of a known kind), as claims with numbers do


def planted(n: int, dim: int = 384, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vectors, planted group label (-1 = singleton), document code per row."""
    rng = np.random.default_rng(seed)
    vecs = np.empty((n, dim), np.float32)
    labels = np.full(n, -1)
    docs = rng.integers(0, max(1, n // 10), n)
    i = g = 0
    while i < n:
        size = min(int(rng.integers(2, 9)), n - i) if rng.random() < 0.5 else 1
        if size > 1:
            center = rng.standard_normal(dim).astype(np.float32)
            center /= np.linalg.norm(center)
            noise = rng.standard_normal((size, dim)).astype(np.float32)
            vecs[i : i + size] = center + 0.5 * noise / np.linalg.norm(noise, axis=1, keepdims=True)
            labels[i : i + size] = g
            docs[i : i + size] = rng.choice(max(size, n // 10), size, replace=False)
            g += 1
        else:
            vecs[i] = rng.standard_normal(dim)
        i += size
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    topic = rng.standard_normal(dim).astype(np.float32)
    vecs += TOPIC_WEIGHT * topic / np.linalg.norm(topic)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs, labels, docs


def measure_keys(labels: np.ndarray, seed: int = 1) -> list[tuple[int, ...]]:
    """A measure key for MEASURE_SHARE of the rows: a planted group shares its own, singletons draw
    from a pool of n/20 keys (so a key is shared by ~6 unrelated rows, like a common figure)."""
    rng = np.random.default_rng(seed)
    keyed = rng.random(len(labels)) < MEASURE_SHARE
    pool = rng.integers(0, max(1, len(labels) // 20), len(labels)) + 10_000_000
    return [((int(lab) if lab >= 0 else int(k)),) if on else () for lab, k, on in zip(labels, pool, keyed, strict=True)]


def pair_scores(groups: list[list[int]], labels: np.ndarray) -> tuple[float, float]:
    got = sum(len(g) * (len(g) - 1) // 2 for g in groups)
    hit = 0
    for g in groups:
        lab = labels[g]
        for v in set(lab.tolist()) - {-1}:
            k = int((lab == v).sum())
            hit += k * (k - 1) // 2
    _, counts = np.unique(labels[labels >= 0], return_counts=True)
    want = int((counts * (counts - 1) // 2).sum())
    return (hit / got if got else 1.0), (hit / want if want else 1.0)


def one(method: str, n: int) -> dict:
    sys.path.insert(0, str(ROOT))
    vecs, labels, docs = planted(n)
    if method == "workbench":
        from workbench.analyze.cluster import ClaimFeatures, cluster

        feats = [ClaimFeatures(group=int(d), measures=m) for d, m in zip(docs, measure_keys(labels), strict=True)]
        start = time.perf_counter()
        groups = cluster(vecs, feats, threshold=THRESHOLD)
    else:
        from sentence_transformers.util import community_detection

        start = time.perf_counter()
        groups = community_detection(vecs, threshold=THRESHOLD, min_community_size=2, batch_size=1024)
    seconds = time.perf_counter() - start
    precision, recall = pair_scores(groups, labels)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"method": method, "n": n, "seconds": seconds, "peak_rss_mb": peak_mb, "clusters": len(groups),
            "pair_precision": precision, "pair_recall": recall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--runs", type=int, default=3, help="runs at sizes <= 10k (median reported); 1 above")
    ap.add_argument("--methods", nargs="+", default=["workbench", "community_detection"])
    ap.add_argument("--one", nargs=2, metavar=("METHOD", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]))))
        return
    print("| n | method | runs | seconds (median) | peak RSS MB | clusters | pair P | pair R |")
    print("|---|---|---|---|---|---|---|---|")
    for n in args.sizes:
        for method in args.methods:
            runs = args.runs if n <= 10_000 else 1
            results = []
            for _ in range(runs):
                out = subprocess.run([sys.executable, __file__, "--one", method, str(n)], capture_output=True, text=True,
                                     check=True)
                results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            med = statistics.median(r["seconds"] for r in results)
            r = results[0]
            print(f"| {n:,} | {method} | {runs} | {med:.2f} | {max(x['peak_rss_mb'] for x in results):.0f} | "
                  f"{r['clusters']:,} | {r['pair_precision']:.3f} | {r['pair_recall']:.3f} |", flush=True)


if __name__ == "__main__":
    main()
