"""Facts joined by verdicts: clusters (and lone claims) that a same-fact verdict links become one fact.

Split from ``analyze.facts`` (which relates an event's pairs and then calls this): the merge is a union-find over
verdicts with the frames' cannot-link, a step of its own.
"""

from __future__ import annotations

from workbench.analyze.fact_slots import Signature, groups_apart
from workbench.analyze.relate import Relation

SAME_FACT = ("agree", "conflict", "update")  # verdicts that compare one measure of one thing


def merge_facts(
    groups: list[list[int]], relations: list[tuple[int, int, Relation]], signatures: dict[int, Signature] | None = None
) -> list[list[int]]:
    """Join clusters (and unclustered claims) that a same-fact verdict links.

    Only verdicts from compared frame slots, or two figures that agree like with like, join
    facts: a wording or similarity agreement can link two different assertions and chain a
    topic blob. Verdicts go first, then the embedding clusters, so "480,000 kettles" joins the
    report of the same 480,000 rather than a closer-worded report of the worldwide total.

    Why: the embedding threshold splits "the labour ministry said 4,000 took part" from "the
    union said 15,000 walked out", yet the frames compared them as one measure (a conflict);
    a reviewer must see them side by side in one fact. ``signatures`` (row -> frame signature)
    give the frames' cannot-link (``analyze.fact_slots``): a verdict never joins two groups that
    hold different measures, except that a slot verdict vouches for its own pair.
    """
    parent: dict[int, int] = {}
    sigs: dict[int, set[Signature]] = {}  # root -> its members' distinct signatures

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def union(x: int, y: int, vouched: bool = False) -> None:
        parent.setdefault(x, x)
        parent.setdefault(y, y)
        rx, ry = find(x), find(y)
        if rx == ry:
            return
        if signatures is not None:
            gx, gy = sigs.get(rx) or {signatures[x]}, sigs.get(ry) or {signatures[y]}
            if groups_apart(gx, gy, (signatures[x], signatures[y]) if vouched else None):
                return
            sigs[min(rx, ry)] = gx | gy
            sigs.pop(max(rx, ry), None)
        parent[max(rx, ry)] = min(rx, ry)

    for i, j, rel in relations:  # compared slots first: they are stronger evidence than closeness
        if rel.relation in SAME_FACT and rel.method == "frames":
            union(i, j, vouched=True)
        elif rel.relation == "agree" and rel.numeric:
            union(i, j)
    for g in groups:
        for m in g[1:]:
            union(g[0], m)
    members: dict[int, list[int]] = {}
    for x in parent:
        members.setdefault(find(x), []).append(x)
    out = [sorted(set(m)) for m in members.values() if len(set(m)) >= 2]
    out.sort(key=lambda m: (-len(m), m[0]))
    return out
