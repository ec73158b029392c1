"""Read-side listings for machine-readable CLI output (``--json``): plain dataclasses, no rendering."""

from __future__ import annotations

from sqlite_utils import Database

from workbench.models import ClusterDetail


def cluster_details(db: Database, *, conflicts_only: bool = False) -> list[ClusterDetail]:
    """Clusters in the order ``workbench clusters`` shows them (conflicts first), with members and relations."""
    where = "WHERE n_conflicts > 0" if conflicts_only else ""
    clusters = db.execute(
        f"SELECT id, label, size, n_outlets, n_conflicts, n_agreements FROM clusters {where} "
        "ORDER BY n_conflicts > 0 DESC, n_outlets DESC, size DESC, max_checkworthiness DESC, id"
    ).fetchall()
    out = []
    for cid, label, size, n_outlets, n_conflicts, n_agreements in clusters:
        members = [
            {"claim_id": m, "outlet": o, "speaker": s, "text": t}
            for m, o, s, t in db.execute(
                "SELECT c.id, coalesce(d.outlet, d.source_path, d.id) AS outlet, c.speaker, c.text "
                "FROM cluster_members m JOIN claims c ON c.id = m.claim_id JOIN documents d ON d.id = c.document_id "
                "WHERE m.cluster_id = ? ORDER BY outlet, c.id",
                [cid],
            )
        ]
        relations = [
            {"claim_a": a, "claim_b": b, "relation": r, "reason": why, "method": method}
            for a, b, r, why, method in db.execute(
                "SELECT r.claim_a, r.claim_b, r.relation, r.reason, r.method FROM relations r "
                "JOIN cluster_members m ON m.claim_id = r.claim_a "
                "JOIN cluster_members n ON n.claim_id = r.claim_b AND n.cluster_id = m.cluster_id "
                "WHERE m.cluster_id = ? ORDER BY r.relation = 'conflict' DESC, r.relation = 'agree' DESC, "
                "r.claim_a, r.claim_b",
                [cid],
            )
        ]
        out.append(ClusterDetail(cid, label, size, n_outlets, n_conflicts, n_agreements, members, relations))
    return out
