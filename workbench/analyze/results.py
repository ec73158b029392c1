"""Stable cluster ids across runs (no SQL here: the store reads and writes).

A new cluster inherits the id of the previous cluster it shares most claims with (each
old id used once, biggest clusters choose first), so adding documents grows a cluster
without renaming it; a cluster with no predecessor is named after its earliest member
claim ("k" + claim id), so rerunning on the same data gives the same ids.
"""

from __future__ import annotations

from collections import Counter

from workbench.store.analysis import ClusterRow


def assign_ids(previous: dict[str, str], clusters: list[ClusterRow]) -> None:
    """Set ``id`` on every cluster from ``previous`` (claim id -> old cluster id)."""
    taken: set[str] = set()
    for rec in sorted(clusters, key=lambda r: (-len(r.members), r.earliest)):
        votes = Counter(previous[m] for m in rec.members if m in previous)
        for old, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if old not in taken:
                rec.id = old
                break
        else:
            rec.id = "k" + rec.earliest.removeprefix("c")
            if rec.id in taken:  # the earliest member's old cluster lives on elsewhere
                rec.id = "k" + rec.earliest.removeprefix("c") + "-" + str(len(taken))
        taken.add(rec.id)
