"""Storing an analysis: stable cluster ids and the one-transaction write.

Ids: a new cluster inherits the id of the previous cluster it shares most claims with
(each old id used once, biggest clusters choose first), so adding documents grows a
cluster without renaming it; a cluster with no predecessor is named after its earliest
member claim ("k" + claim id), so rerunning on the same data gives the same ids.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlite_utils import Database

from workbench.analyze.relate import Relation
from workbench.store import write_transaction
from workbench.store.documents import now_iso


@dataclass
class ClusterRecord:
    members: list[str]
    earliest: str
    label: str
    outlets: set[str]
    max_checkworthiness: float
    relations: list[tuple[str, str, Relation]] = field(default_factory=list)
    id: str = ""


def assign_ids(db: Database, records: list[ClusterRecord]) -> None:
    previous = dict(db.execute("SELECT claim_id, cluster_id FROM cluster_members").fetchall())
    taken: set[str] = set()
    for rec in sorted(records, key=lambda r: (-len(r.members), r.earliest)):
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


def write_results(db: Database, records: list[ClusterRecord], meta: dict[str, str]) -> None:
    """Replace clusters, members and relations in one transaction (claims removed meanwhile are skipped)."""
    stamp = now_iso()
    with write_transaction(db):
        alive = {r[0] for r in db.execute("SELECT id FROM claims").fetchall()}
        db.execute("DELETE FROM relations")
        db.execute("DELETE FROM cluster_members")
        db.execute("DELETE FROM clusters")
        clusters, members, relations = [], [], []
        for rec in records:
            kept = [m for m in rec.members if m in alive]
            rels = [(a, b, r) for a, b, r in rec.relations if a in alive and b in alive]
            if len(kept) < 2:
                continue
            clusters.append({
                "id": rec.id,
                "label": rec.label,
                "size": len(kept),
                "n_outlets": len(rec.outlets),
                "n_conflicts": sum(r.relation == "conflict" for _, _, r in rels),
                "n_agreements": sum(r.relation == "agree" for _, _, r in rels),
                "max_checkworthiness": round(rec.max_checkworthiness, 4),
                "updated_at": stamp,
            })
            members.extend({"claim_id": m, "cluster_id": rec.id} for m in kept)
            relations.extend(
                {"claim_a": a, "claim_b": b, "relation": r.relation, "reason": r.reason, "method": r.method}
                for a, b, r in rels
            )
        db["clusters"].insert_all(clusters, pk="id")
        db["cluster_members"].insert_all(members, pk="claim_id")
        db["relations"].insert_all(relations, pk=("claim_a", "claim_b"))
        db["meta"].upsert_all([{"key": k, "value": v} for k, v in {**meta, "analyzed_at": stamp}.items()], pk="key")
