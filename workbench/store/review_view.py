"""Whether one group belongs to a filtered view, and the "split" filter driven from its few claims.

Why: re-filtering keeps the reviewer on the open group when the new view lists it. Finding it by
reading the new order until it appears costs the whole order when it is not there (6.7 s at 1M
claims for "unattributed" while the open cluster had none): one indexed probe of that group
answers first, and the order is then read only as far as the resume point.

The "split" filter's claims (reviewers disagree, no adjudication) are a handful, found from the
verdicts; testing each cluster's members against them visited every membership row (4.7 s at 1M),
so the clusters and documents holding them are looked up from the claims instead.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.store.review import _SPLIT, _UNCLUSTERED, _claim_predicates, split_key

SPLIT_CLUSTERS = f"k.id IN (SELECT sm.cluster_id FROM cluster_members sm WHERE sm.claim_id IN ({_SPLIT}))"
SPLIT_DOCUMENTS = f"d.id IN (SELECT sc.document_id FROM claims sc WHERE sc.id IN ({_SPLIT}))"


def cluster_where(filter_name: str, search: str | None, params: list) -> list[str]:
    """Conditions on a cluster ``k`` for a view: its own columns where they answer, else its members."""
    where: list[str] = []
    own = filter_name in ("conflicts", "split")  # answered without visiting every member
    if filter_name == "conflicts":  # the cluster row already counts its conflicts
        where.append("COALESCE(k.n_conflicts, 0) > 0")
    elif filter_name == "split":
        where.append(SPLIT_CLUSTERS)
    preds = _claim_predicates(filter_name if not own else "all", search, params)
    if filter_name == "split" and preds:  # a search too: the split claim must be the one that matches
        preds.append(f"c.id IN ({_SPLIT})")
    if preds:
        where.append(
            "EXISTS (SELECT 1 FROM cluster_members m JOIN claims c ON c.id = m.claim_id "
            "JOIN documents dd ON dd.id = c.document_id WHERE m.cluster_id = k.id AND " + " AND ".join(preds) + ")"
        )
    return where


def document_where(filter_name: str, search: str | None, params: list) -> list[str]:
    """Conditions on a document ``d``: it holds an unclustered claim that passes the view."""
    where = [SPLIT_DOCUMENTS] if filter_name == "split" else []
    preds = [_UNCLUSTERED, *_claim_predicates(filter_name, search, params)]
    join = "JOIN documents dd ON dd.id = c.document_id " if search and search.strip() else ""
    where.append(f"EXISTS (SELECT 1 FROM claims c {join}WHERE c.document_id = d.id AND {' AND '.join(preds)})")
    return where


def group_in_view(db: Database, key: str, filter_name: str, search: str | None) -> bool:
    """Whether the view (filter, search) lists group ``key``: one indexed probe of that group."""
    kind, ident = split_key(key)
    params: list = []
    if kind == "c":
        where = cluster_where(filter_name, search, params)
        sql = "SELECT 1 FROM clusters k WHERE k.id = ?" + "".join(f" AND {w}" for w in where)
    else:
        where = document_where(filter_name, search, params)
        sql = "SELECT 1 FROM documents d WHERE d.id = ?" + "".join(f" AND {w}" for w in where)
    return db.execute(sql, [ident, *params]).fetchone() is not None
