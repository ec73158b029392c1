"""Migration ``m016_review_speed`` (registered in ``schema.py``; kept here as shipped, never edited).

A module of its own because ``schema.py`` holds every migration and modules stay under 300 lines.
"""

from __future__ import annotations

from sqlite_utils import Database


def review_speed(db: Database) -> None:
    """What the review UI needs to open a 1M-claim database in one page of reads.

    * ``clusters_review_order``: the clusters pane's order (conflicts first, then check-worthiness,
      size, id) as an index on exactly those expressions, so the first page of clusters is read in
      order a page at a time instead of sorting every cluster first. Frozen SQL matching
      ``workbench.store.review._CLUSTER_ORDER`` as of this migration.
    * ``documents_review_order``: the same for the document groups (date, outlet, title, id).
    * ``review_summary``: the one total that costs a scan of every relation (claims in a conflict,
      a second per status refresh at 1M claims), with the analysis it was counted on (``stamp``:
      ``meta.analyzed_at``). Relations change only when analysis writes them (a new stamp) or a
      claim is removed (the trigger below empties the table), so a row whose stamp matches is
      current; anything else is recounted (``workbench.store.review_summary``).
    """
    db.execute(
        "CREATE INDEX IF NOT EXISTS clusters_review_order ON clusters ((COALESCE(n_conflicts, 0) > 0) DESC, "
        "COALESCE(max_checkworthiness, 0) DESC, size DESC, id)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS documents_review_order ON documents (published, outlet, title, id)")
    db["review_summary"].create(
        {"id": int, "stamp": str, "conflict_claims": int, "counted_at": str},
        pk="id",
        if_not_exists=True,
    )
    # A removed claim takes its relations with it (re-ingest of an edited article): the counts go stale.
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS review_summary_claim_removed AFTER DELETE ON claims "
        "BEGIN DELETE FROM review_summary; END"
    )
