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
    """Set ``id`` on every cluster from ``previous`` (claim id -> old cluster id).

    An old id goes to the new cluster holding most of its old claims (pairs with the most
    shared claims choose first): when a new document pulls one claim out of an old cluster,
    the id stays with the claims that stayed together, not with whichever cluster grew biggest.
    """
    shared = [
        (count, -len(rec.members), rec.earliest, old, k)
        for k, rec in enumerate(clusters)
        for old, count in Counter(previous[m] for m in rec.members if m in previous).items()
    ]
    taken: set[str] = set()
    named: set[int] = set()
    for _count, _size, _earliest, old, k in sorted(shared, key=lambda t: (-t[0], t[1], t[2], t[3])):
        if old not in taken and k not in named:
            clusters[k].id = old
            taken.add(old)
            named.add(k)
    for k, rec in sorted(enumerate(clusters), key=lambda kr: (-len(kr[1].members), kr[1].earliest)):
        if k in named:
            continue
        rec.id = "k" + rec.earliest.removeprefix("c")
        if rec.id in taken:  # the earliest member's old cluster lives on elsewhere
            rec.id = "k" + rec.earliest.removeprefix("c") + "-" + str(len(taken))
        taken.add(rec.id)
