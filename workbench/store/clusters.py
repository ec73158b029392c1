"""The cluster tree ``workbench clusters`` prints: clusters, their members by outlet, their relations.

Three queries in all (clusters, then members and relations a batch of clusters at a time),
not three per cluster, so a database with thousands of clusters lists in one pass.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.models import ClusterNode, TreeMember, TreeRelation

BATCH = 400  # cluster ids per IN (...) list

# The CLI lists conflicted clusters first, then those spanning more outlets, then bigger ones.
_ORDER = "ORDER BY n_conflicts > 0 DESC, n_outlets DESC, size DESC, max_checkworthiness DESC, id"


def has_clusters(db: Database) -> bool:
    return db.execute("SELECT 1 FROM clusters LIMIT 1").fetchone() is not None


def cluster_tree(db: Database, conflicts_only: bool = False) -> list[ClusterNode]:
    """Every cluster (or those with a conflict) with members and relations between them."""
    where = "WHERE n_conflicts > 0" if conflicts_only else ""
    nodes = [
        ClusterNode(cid, label, size or 0, n_outlets or 0, n_agree or 0, n_conf or 0)
        for cid, label, size, n_outlets, n_agree, n_conf in db.execute(
            f"SELECT id, label, size, n_outlets, n_agreements, n_conflicts FROM clusters {where} {_ORDER}"
        )
    ]
    by_id = {n.id: n for n in nodes}
    ids = list(by_id)
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        marks = ",".join("?" * len(batch))
        for cluster_id, claim_id, text, speaker, outlet in db.execute(
            "SELECT m.cluster_id, c.id, c.text, c.speaker, coalesce(d.outlet, d.source_path, d.id) AS outlet "
            "FROM cluster_members m JOIN claims c ON c.id = m.claim_id JOIN documents d ON d.id = c.document_id "
            f"WHERE m.cluster_id IN ({marks}) ORDER BY m.cluster_id, outlet, c.id",
            batch,
        ):
            by_id[cluster_id].members.append(TreeMember(claim_id, text, speaker, outlet))
        for cluster_id, relation, a, b, reason, method in db.execute(
            "SELECT m.cluster_id, r.relation, r.claim_a, r.claim_b, r.reason, r.method FROM relations r "
            f"JOIN cluster_members m ON m.claim_id = r.claim_a WHERE m.cluster_id IN ({marks}) "
            "ORDER BY m.cluster_id, r.relation = 'conflict' DESC, r.relation = 'agree' DESC, r.claim_a, r.claim_b",
            batch,
        ):
            by_id[cluster_id].relations.append(TreeRelation(relation, a, b, reason, method))
    return nodes
