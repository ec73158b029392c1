"""Candidate neighbours for clustering: blockwise products, exact rescoring, bounded per row.

Kept apart from the merge logic in ``cluster.py``: this is the only quadratic step. Small
inputs get the exact blockwise search; from ``ANN_MIN_ROWS`` rows on, candidates come from a
faiss HNSW index (bounded top-k per row), and every kept pair is still rescored exactly in
float32 and capped per row, so the index only decides *which* pairs are looked at.
faiss is imported here, inside the function, never on the CLI start-up path.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from workbench.models import ProgressFn

if TYPE_CHECKING:
    from workbench.analyze.cluster import ClaimFeatures

MAX_NEIGHBOURS = 32
BLOCK_ROWS = 512
# bf16 products are used only to find candidates; every kept pair is rescored in float32.
CANDIDATE_SLACK = 0.01
# Below this many rows numpy is quicker than importing torch (~2 s) for the faster bf16 product.
TORCH_MIN_ROWS = 30_000

# Exact search is O(n^2); above this many rows the HNSW index is quicker (issue 12: 5x at 30k, recall 0.99).
ANN_MIN_ROWS = 20_000
# Neighbours asked of the index per row. The cap keeps each row's best partners *after* it (j > i),
# which sit deeper in its list than its overall best: on real claim vectors (10k claims from the
# pipeline, benchmarks/ann_recall.py) 2x the cap gave recall 0.87, 4x 0.97, 6x 0.987.
ANN_K = 6 * MAX_NEIGHBOURS
# Candidates the exact search keeps per row before rescoring (its scores are exact or bf16).
EXACT_K = 2 * MAX_NEIGHBOURS
RESCORE_CHUNK = 1 << 14  # pairs rescored at once: 2 x 16,384 x 384 floats = 50 MB (1 << 16 was 200 MB of the 100k peak)
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256


def _faiss():  # the faiss module, or None when it is not installed
    try:
        import faiss
    except ImportError:  # exact search is the fallback
        return None
    return faiss


def ann_candidate_pairs(
    vectors: np.ndarray,
    floor: float,
    groups: np.ndarray,
    max_neighbours: int = MAX_NEIGHBOURS,
    k: int = ANN_K,
    progress: ProgressFn | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Same contract as :func:`candidate_pairs`, with candidates from a faiss HNSW index.

    Each row asks the index for its ``k`` nearest rows; a pair found from either side is
    kept once as (i < j), rescored exactly and capped to ``max_neighbours`` per row i.
    """
    n = len(vectors)
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    out_i, out_j = [], []
    for start, stop, sims, nbrs in hnsw_search(vectors, k):
        rows = np.repeat(np.arange(start, stop, dtype=np.int64), nbrs.shape[1])
        cols = nbrs.reshape(-1).astype(np.int64)
        ok = (cols >= 0) & (sims.reshape(-1) >= floor - CANDIDATE_SLACK)
        rows, cols = rows[ok], cols[ok]
        ok = (rows != cols) & (groups[rows] != groups[cols])
        rows, cols = rows[ok], cols[ok]
        out_i.append(np.minimum(rows, cols))
        out_j.append(np.maximum(rows, cols))
        if progress is not None:
            progress("neighbours", stop, n)
    i, j = np.concatenate(out_i), np.concatenate(out_j)
    _, first = np.unique(i * n + j, return_index=True)
    i, j = i[first], j[first]
    s = exact_scores(vectors, i, j)
    ok = s >= floor
    i, j, s = _cap_per_row(i[ok], j[ok], s[ok], max_neighbours)
    return i, j, s.astype(np.float32)


def hnsw_search(vectors: np.ndarray, k: int, step: int = 8192, ef_search: int = HNSW_EF_SEARCH):
    """Yield (start, stop, sims, neighbours) for blocks of rows: each row's ``k`` nearest rows by inner product.

    The one HNSW code path, shared by claim candidates (:func:`ann_candidate_pairs`) and document
    candidates (``analyze.events``). The row itself is usually among its own neighbours; a missing
    neighbour is -1. faiss's OpenMP threads spin while they wait: at 22k documents on this 2-core
    machine under load ~2.5, default threads took 202 s wall for 17 CPU-s, one thread 20 s for 9;
    so they get only the cores the load leaves idle (``threads.choose_threads``), restored after.
    Raises RuntimeError when faiss is not installed (callers check :func:`have_ann`).
    """
    from workbench.analyze.threads import choose_threads

    faiss = _faiss()
    if faiss is None:
        raise RuntimeError("faiss is not installed")
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(vectors)
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(choose_threads(spinning=True))
    try:
        index = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.add(vectors)
        index.hnsw.efSearch = max(ef_search, k)
        k = min(k, n)
        for start in range(0, n, step):
            stop = min(start + step, n)
            sims, nbrs = index.search(vectors[start:stop], k)
            yield start, stop, sims, nbrs
    finally:
        faiss.omp_set_num_threads(before)


def have_ann() -> bool:
    """Whether the HNSW index (faiss) is importable; without it every search is exact."""
    return _faiss() is not None


def ann_top_k(vectors: np.ndarray, k: int, ask: int, ef_search: int = HNSW_EF_SEARCH) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's ``k`` best other rows, found among the index's ``ask`` nearest and rescored exactly.

    Returns (i, j, cosine) with j != i, at most ``k`` per row i, best first (ties by column),
    the same contract as an exact per-row top-k; the index only decides which rows are looked at.
    """
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    out_i, out_j = [], []
    for start, stop, _, nbrs in hnsw_search(vectors, ask + 1, ef_search=ef_search):  # + 1: the row itself comes back too
        rows = np.repeat(np.arange(start, stop, dtype=np.int64), nbrs.shape[1])
        cols = nbrs.reshape(-1).astype(np.int64)
        ok = (cols >= 0) & (cols != rows)
        out_i.append(rows[ok])
        out_j.append(cols[ok])
    i, j = np.concatenate(out_i), np.concatenate(out_j)
    return _cap_per_row(i, j, exact_scores(vectors, i, j), k)


def exact_scores(vectors: np.ndarray, i: np.ndarray, j: np.ndarray, chunk: int = RESCORE_CHUNK) -> np.ndarray:
    """Exact float32 cosine of each pair (i[k], j[k]), a chunk of pairs at a time.

    Gathering ``vectors[i]`` for all pairs at once took 2 x 5 GB at 30k claims with k = 192 (issue
    12); chunks keep it at 2 x chunk x dim floats.
    """
    out = np.empty(len(i), dtype=np.float32)
    for start in range(0, len(i), chunk):
        a, b = i[start:start + chunk], j[start:start + chunk]
        out[start:start + chunk] = np.einsum("ij,ij->i", vectors[a], vectors[b])
    return out


def _matmul_backend():
    """torch for a faster bf16 product on CPU when it is importable, else None (numpy float32)."""
    try:
        import torch
    except Exception:  # noqa: BLE001 - numpy is the fallback
        return None
    return torch


def candidate_pairs(
    vectors: np.ndarray,
    floor: float,
    groups: np.ndarray,
    max_neighbours: int = MAX_NEIGHBOURS,
    block_rows: int = BLOCK_ROWS,
    progress: ProgressFn | None = None,
    use_torch: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs (i < j, different groups) with cosine >= ``floor``, at most ``max_neighbours`` per row i.

    Each row keeps only its ``EXACT_K`` best candidates of the block (``argpartition`` / ``topk``)
    before they are rescored exactly, so a hub row in a topic-sized group costs O(k), not
    O(group) (issue 12: memory swung 1.2-4.3 GB per block at 100k without this bound).
    Returns (i, j, cosine) arrays. Memory is O(block_rows * n) for the product block. From
    ``ANN_MIN_ROWS`` rows on (and with faiss installed) the search goes through the HNSW index.
    """
    n = len(vectors)
    if n >= ANN_MIN_ROWS and _faiss() is not None:
        return ann_candidate_pairs(vectors, floor, groups, max_neighbours, progress=progress)
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    rows_i: list[np.ndarray] = []
    rows_j: list[np.ndarray] = []
    sims: list[np.ndarray] = []
    torch = _matmul_backend() if use_torch and n >= TORCH_MIN_ROWS else None
    if torch is not None:
        mat = torch.from_numpy(vectors).to(torch.bfloat16)
        loose = floor - CANDIDATE_SLACK
    bound = max(max_neighbours, EXACT_K)  # candidates kept per row before exact rescoring
    for start in range(0, n, block_rows):
        stop = min(start + block_rows, n)
        r_idx = np.arange(start, stop)
        c_idx = np.arange(start, n)
        # only j > i, never two rows of one document: masked before the per-row bound
        masked = (c_idx[None, :] <= r_idx[:, None]) | (groups[r_idx][:, None] == groups[c_idx][None, :])
        if torch is not None:
            prod = (mat[start:stop] @ mat[start:].T).float()
            prod.masked_fill_(torch.from_numpy(masked), -2.0)
            vals, top = torch.topk(prod, min(bound, prod.shape[1]), dim=1)
            vals, top = vals.numpy(), top.numpy()
            r, c = np.nonzero(vals >= loose)
        else:
            prod_np = vectors[start:stop] @ vectors[start:].T
            prod_np[masked] = -2.0
            if prod_np.shape[1] > bound:
                top = np.argpartition(-prod_np, bound - 1, axis=1)[:, :bound]
                vals = np.take_along_axis(prod_np, top, axis=1)
            else:
                top = np.broadcast_to(np.arange(prod_np.shape[1]), prod_np.shape)
                vals = prod_np
            r, c = np.nonzero(vals >= floor)
        i = r + start
        j = top[r, c].astype(np.int64) + start
        if len(i):
            s = np.einsum("ij,ij->i", vectors[i], vectors[j])  # exact float32 rescoring
            ok = s >= floor
            i, j, s = i[ok], j[ok], s[ok]
            i, j, s = _cap_per_row(i, j, s, max_neighbours)
            rows_i.append(i)
            rows_j.append(j)
            sims.append(s)
        if progress is not None:
            progress("neighbours", stop, n)
    if not rows_i:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    return np.concatenate(rows_i), np.concatenate(rows_j), np.concatenate(sims).astype(np.float32)


def _cap_per_row(i: np.ndarray, j: np.ndarray, s: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keep the k best neighbours of each row (ties broken by column) so hubs stay bounded."""
    order = np.lexsort((j, -s, i))
    i, j, s = i[order], j[order], s[order]
    first = np.r_[0, np.flatnonzero(np.diff(i)) + 1]
    rank = np.arange(len(i)) - np.repeat(first, np.diff(np.r_[first, len(i)]))
    keep = rank < k
    return i[keep], j[keep], s[keep]


def measure_pairs(
    vectors: np.ndarray,
    feats: Sequence[ClaimFeatures],
    floor: float,
    groups: np.ndarray,
    max_neighbours: int = MAX_NEIGHBOURS,
    block_rows: int = BLOCK_ROWS,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j, different groups, cosine >= ``floor``) among claims that share a measure key.

    The same-measure bonus lets two claims link at a low cosine; searching the whole matrix at
    that low floor would return most pairs of a one-event corpus, so those pairs are looked
    for only inside each key's posting list, and each row keeps only its ``EXACT_K`` best
    there, so a key shared by most claims of a corpus still yields O(k) pairs per row (at 30k
    claims from the pipeline the largest list is 1,635 claims and the bound changes nothing).
    """
    postings: dict[int, list[int]] = {}
    for row, f in enumerate(feats):
        for key in set(f.measures):
            postings.setdefault(key, []).append(row)
    out_i, out_j, out_s = [], [], []
    bound = max(max_neighbours, EXACT_K)
    for key in sorted(postings):
        rows = np.asarray(postings[key], dtype=np.int64)
        if len(rows) < 2:
            continue
        sub = vectors[rows]
        for start in range(0, len(rows), block_rows):
            stop = min(start + block_rows, len(rows))
            prod = sub[start:stop] @ sub[start:].T
            r_loc, c_loc = np.arange(start, stop), np.arange(start, len(rows))
            prod[(c_loc[None, :] <= r_loc[:, None]) | (groups[rows[r_loc]][:, None] == groups[rows[c_loc]][None, :])] = -2.0
            if prod.shape[1] > bound:  # each row's best candidates only: a common key cannot yield O(m^2) pairs
                top = np.argpartition(-prod, bound - 1, axis=1)[:, :bound]
                vals = np.take_along_axis(prod, top, axis=1)
            else:
                top, vals = np.broadcast_to(np.arange(prod.shape[1]), prod.shape), prod
            r, c = np.nonzero(vals >= floor)
            out_i.append(rows[r + start])
            out_j.append(rows[top[r, c] + start])
            out_s.append(vals[r, c].astype(np.float32))
    if not out_i:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    i, j, s = np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s)
    return _cap_per_row(i, j, s, max_neighbours)
