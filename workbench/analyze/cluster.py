"""Grouping claims of different documents that talk about the same subject and measure.

Why this shape: the quadratic part (every claim against every claim) is done once, in
blocks, as matrix products over L2-normalized embeddings, keeping only the upper
triangle and only pairs above a candidate floor, so 100k claims fit in seconds and a few
hundred MB. Everything after that works on the (few) candidate edges:

* an edge score adds checkable hints to the cosine: both claims measure the same thing
  (a Russian/Ukrainian ratio, a percent "of the Donetsk region", civilians remaining in a
  region: +0.30, because same-topic news sits at cosine 0.5-0.7 whatever it asserts), they
  share a distinctive name (+0.04); a pair whose quantities are all of different kinds (a
  percent and a count) is pushed apart (-0.08). Same-measure pairs are searched in each
  measure's posting list, so the whole matrix is only scanned at the high floor;
* edges are merged strongest first with union-find, but two groups only join when their
  *average* pair score (exact cosine mean from running vector sums, plus the share of pairs
  with a common measure) stays above a floor. That is average-link agglomeration: it stops
  the chaining (A~B, B~C, but A!~C) that single-link union-find produces on news text;
* edges inside one document are ignored: a cluster is about outlets comparing notes, and
  every stored cluster therefore spans at least two documents;
* inside one event (``analyze.facts``) two claims that joined no cluster and are each other's
  closest claim of another document form one at a lower cosine (:func:`mutual_pairs`,
  :func:`lone_pairs`): the event fixes the topic, so all its claims read alike and the absolute
  threshold, chosen on cross-topic data, splits one fact told in other words ("the roof fell in
  at 6.50am, the fire service said" / "the roof came down at 06:50, according to firefighters"
  sit at cosine 0.5-0.65). Being the partner's best match is a rank within the event, so it
  holds whatever the event's cosine level.

The result depends only on the input order, which the caller fixes (claims sorted by id),
so the same data always gives the same clusters.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from workbench.analyze.neighbours import candidate_pairs, measure_pairs
from workbench.models import ProgressFn

# Tuned on the bundled samples with all-MiniLM-L6-v2 (see docs/benchmarks.md, "Clustering").
DEFAULT_THRESHOLD = 0.65
# The average-link floor sits this far below the edge threshold.
LINK_MARGIN = 0.10
SAME_MEASURE_BONUS = 0.30
SHARED_ENTITY_BONUS = 0.04
KIND_MISMATCH_PENALTY = 0.08
# Mutual closest claims of one event link from this cosine on, when the pair sits at most MUTUAL_SLACK
# below the mean of the two claims' best cross-document cosines. Chosen on the dev corpus D1-D64 as a
# whole (cross-document pairs of each gold event, label = same gold fact; docs/evaluation.md, tenth stop):
# pair P/R 0.842/0.456 at cosine 0.65 alone, 0.816/0.608 with these, 0.796/0.626 at slack 0.04.
MUTUAL_FLOOR = 0.50
MUTUAL_SLACK = 0.02
MUTUAL_RIVALS = 3  # a best match means something only among choices: rows with fewer claims of other reports stay out
MUTUAL_K = 8  # each row's closest claims of other documents looked at (a partner within the slack is near the top)

@dataclass(frozen=True)
class ClaimFeatures:
    """What clustering knows about one claim besides its vector."""

    group: int  # document code: claims of one document never link directly
    kind_mask: int = 0  # bit per quantity kind present (see KIND_BITS)
    measures: tuple[int, ...] = ()  # 32-bit hashes of what the claim measures ("ratio:russi|ukrai"), see measure_id
    entity_sig: int = 0  # 63-bit signature of distinctive named entities (bloom-style)


KIND_BITS = {"percent": 1, "count": 2, "ratio": 4, "money": 8, "date": 16}
# Dates say when, not what: they do not make two claims "about the same measure".
COMPARABLE_KINDS = KIND_BITS["percent"] | KIND_BITS["count"] | KIND_BITS["ratio"] | KIND_BITS["money"]


def kind_mask(kinds: Sequence[str]) -> int:
    mask = 0
    for k in kinds:
        mask |= KIND_BITS.get(k, 0)
    return mask


def stable_bit(key: str) -> int:
    """A bit position 0..62 for ``key`` (crc32: no Python hash randomisation)."""
    return zlib.crc32(key.casefold().encode("utf-8")) % 63


def measure_id(key: str) -> int:
    """A 32-bit id for a measure key: collisions between different measures are negligible."""
    return zlib.crc32(key.casefold().encode("utf-8"))


def entity_signature(tokens: Sequence[str]) -> int:
    sig = 0
    for t in tokens:
        sig |= 1 << stable_bit(t)
    return sig


MAX_MEASURES = 4  # keys per claim looked at when scoring edges


def _measure_table(feats: Sequence[ClaimFeatures]) -> np.ndarray:
    table = np.full((len(feats), MAX_MEASURES), -1, dtype=np.int64)
    for row, f in enumerate(feats):
        keys = sorted(set(f.measures))[:MAX_MEASURES]
        table[row, : len(keys)] = keys
    return table


def _share_measure(table: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    a, b = table[i], table[j]
    shared = np.zeros(len(i), dtype=bool)
    for x in range(table.shape[1]):
        col = a[:, x : x + 1]
        shared |= ((col == b) & (col >= 0)).any(axis=1)
    return shared


def edge_scores(i: np.ndarray, j: np.ndarray, cos: np.ndarray, feats: Sequence[ClaimFeatures]) -> np.ndarray:
    """Cosine plus the same-measure and shared-entity hints (vectorized over candidate edges)."""
    kinds = np.fromiter((f.kind_mask & COMPARABLE_KINDS for f in feats), dtype=np.int64, count=len(feats))
    ents = np.fromiter((f.entity_sig for f in feats), dtype=np.int64, count=len(feats))
    ka, kb = kinds[i], kinds[j]
    mismatch = (ka != 0) & (kb != 0) & ((ka & kb) == 0)
    same_measure = _share_measure(_measure_table(feats), i, j)
    shared = (ents[i] & ents[j]) != 0
    score = cos.astype(np.float64)
    score += SAME_MEASURE_BONUS * same_measure + SHARED_ENTITY_BONUS * shared - KIND_MISMATCH_PENALTY * mismatch
    return score


def cluster(
    vectors: np.ndarray,
    feats: Sequence[ClaimFeatures],
    threshold: float = DEFAULT_THRESHOLD,
    link_floor: float | None = None,
    progress: ProgressFn | None = None,
    use_torch: bool = True,
    signatures: Sequence[Hashable] | None = None,
    apart: Callable[[set, set], bool] | None = None,
) -> list[list[int]]:
    """Clusters (lists of row indices, each spanning >= 2 groups), largest first, then by first row.

    Rows that join nobody are left out: singletons are not clusters. ``apart`` is a
    cannot-link over the sets of ``signatures`` two groups hold: they never join while it is
    true (the frames say they measure different things, ``analyze.fact_slots``). A group keeps
    its few distinct signatures, so the check does not grow with the group.
    """
    n = len(vectors)
    if n < 2:
        return []
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    floor = link_floor if link_floor is not None else threshold - LINK_MARGIN
    groups = np.fromiter((f.group for f in feats), dtype=np.int64, count=n)
    i1, j1, c1 = candidate_pairs(vectors, threshold - SHARED_ENTITY_BONUS, groups, progress=progress, use_torch=use_torch)
    i2, j2, c2 = measure_pairs(vectors, feats, threshold - SAME_MEASURE_BONUS - SHARED_ENTITY_BONUS, groups)
    i, j, cos = np.concatenate([i1, i2]), np.concatenate([j1, j2]), np.concatenate([c1, c2])
    _, first = np.unique(i * n + j, return_index=True)
    i, j, cos = i[first], j[first], cos[first]
    score = edge_scores(i, j, cos, feats)
    keep = score >= threshold
    i, j, score = i[keep], j[keep], score[keep]
    order = np.lexsort((j, i, -score))
    cannot = (signatures, apart) if signatures is not None and apart is not None else None
    return _average_link(vectors, [f.measures for f in feats], i[order], j[order], floor, cannot)


def lone_pairs(clusters: list[list[int]], ii: np.ndarray, jj: np.ndarray, cos: np.ndarray,
               cannot: tuple[Sequence[Hashable], Callable[[set, set], bool]] | None = None) -> list[list[int]]:
    """Each mutual closest pair (``ii``, ``jj``, cosine ``cos``) of rows in none of ``clusters``, as a cluster of
    two, closest pairs first; none where ``cannot`` (signatures, apart) says the two are apart.

    Only rows left alone: the pair never grows an existing cluster, so the lower cosine cannot chain a topic.
    """
    taken = {x for c in clusters for x in c}
    extra = []
    order = np.lexsort((jj, ii, -cos))
    for a, b in zip(ii[order].tolist(), jj[order].tolist(), strict=True):
        if a in taken or b in taken or (cannot is not None and cannot[1]({cannot[0][a]}, {cannot[0][b]})):
            continue
        taken.update((a, b))
        extra.append([a, b])
    return extra


def mutual_pairs(vectors: np.ndarray, groups: np.ndarray, floor: float = MUTUAL_FLOOR, slack: float = MUTUAL_SLACK,
                 k: int = MUTUAL_K, block_rows: int = 512, rivals: int = MUTUAL_RIVALS,
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j, different groups, cosine >= ``floor``) each (nearly) the other's closest row of another group.

    A pair is kept when its cosine is at most ``slack`` below the mean of the two rows' best cosines to any
    row of another group. Since the cosine is at most either best, a kept partner sits within 2 x slack of
    the row's best, so each row's ``k`` closest rows are enough. Memory is O(block_rows x n). A row with fewer
    than ``rivals`` rows of other groups has no choice to rank (in a two-claim event each is the other's best).
    """
    n = len(vectors)
    empty = np.zeros(0, dtype=np.int64)
    if n < 2:
        return empty, empty, np.zeros(0, dtype=np.float32)
    k = min(k, n)
    best = np.empty(n, dtype=np.float32)
    tops, vals = np.empty((n, k), dtype=np.int64), np.empty((n, k), dtype=np.float32)
    for start in range(0, n, block_rows):
        stop = min(start + block_rows, n)
        prod = vectors[start:stop] @ vectors.T
        prod[groups[start:stop][:, None] == groups[None, :]] = -2.0
        top = np.argpartition(-prod, k - 1, axis=1)[:, :k] if n > k else np.broadcast_to(np.arange(n), prod.shape)
        tops[start:stop], vals[start:stop] = top, np.take_along_axis(prod, top, axis=1)
        best[start:stop] = prod.max(axis=1)
    rows = np.repeat(np.arange(n, dtype=np.int64), k)
    cols, sims = tops.reshape(-1), vals.reshape(-1)
    _, inverse, sizes = np.unique(groups, return_inverse=True, return_counts=True)
    choice = (n - sizes[inverse]) >= rivals  # rows of other groups each row can choose from
    ok = (sims >= floor) & (sims >= 0.5 * (best[rows] + best[cols]) - slack) & choice[rows] & choice[cols]
    i, j, s = np.minimum(rows[ok], cols[ok]), np.maximum(rows[ok], cols[ok]), sims[ok]
    _, first = np.unique(i * n + j, return_index=True)
    return i[first], j[first], s[first].astype(np.float32)


def _average_link(
    vectors: np.ndarray, measures: Sequence[tuple[int, ...]], ii: np.ndarray, jj: np.ndarray, floor: float,
    cannot: tuple[Sequence[Hashable], Callable[[set, set], bool]] | None = None,
) -> list[list[int]]:
    """Union-find over edges (strongest first) that merges only when the mean pair score stays >= floor.

    The mean pair score of two groups is exact for the cosine part (sum vectors) and counts
    the share of cross pairs that measure the same thing for the bonus part.
    """
    parent: dict[int, int] = {}
    sums: dict[int, np.ndarray] = {}
    sizes: dict[int, int] = {}
    keys: dict[int, Counter[int]] = {}
    sigs: dict[int, set] = {}  # root -> its members' distinct signatures (only with a cannot-link)

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for a, b in zip(ii.tolist(), jj.tolist(), strict=True):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        sa = sums.get(ra)
        sa = vectors[ra].astype(np.float64) if sa is None else sa
        sb = sums.get(rb)
        sb = vectors[rb].astype(np.float64) if sb is None else sb
        na, nb = sizes.get(ra, 1), sizes.get(rb, 1)
        ka = keys.get(ra) or Counter(set(measures[ra]))
        kb = keys.get(rb) or Counter(set(measures[rb]))
        if na * nb > 1:
            pairs = na * nb
            same = min(1.0, sum(c * kb[k] for k, c in ka.items()) / pairs)
            if float(sa @ sb) / pairs + SAME_MEASURE_BONUS * same < floor:
                continue
        if cannot is not None:
            ga, gb = sigs.get(ra) or {cannot[0][ra]}, sigs.get(rb) or {cannot[0][rb]}
            if cannot[1](ga, gb):
                continue
            sigs.pop(ra, None)
            sigs.pop(rb, None)
            sigs[min(ra, rb)] = sigs[max(ra, rb)] = ga | gb  # whichever stays root below
        if na < nb or (na == nb and rb < ra):
            ra, rb, sa, sb, ka, kb = rb, ra, sb, sa, kb, ka
        sigs.pop(rb, None)
        parent[rb] = ra
        sums[ra] = sa + sb
        sizes[ra] = na + nb
        keys[ra] = ka + kb
        for table in (sums, sizes, keys):
            table.pop(rb, None)
    members: dict[int, list[int]] = {}
    for x in parent:
        members.setdefault(find(x), []).append(x)
    for root in sizes:
        members.setdefault(root, []).append(root)
    out = [sorted(set(m)) for m in members.values() if len(set(m)) >= 2]
    out.sort(key=lambda m: (-len(m), m[0]))
    return out
