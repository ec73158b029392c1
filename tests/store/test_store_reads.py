"""Store read functions the CLI and the status line use, on the review fixture database."""

from __future__ import annotations

import pytest

from tests.tui.fixtures import build_review_db, claim_ids
from workbench.store import open_db, record_verdict, undo_last
from workbench.store.clusters import cluster_tree
from workbench.store.reviewers import review_progress


@pytest.fixture
def db(tmp_path):
    handle = open_db(build_review_db(tmp_path / "r.db"))
    yield handle
    handle.close()


def _counts(progress):
    """(reviewed by anyone, reviewed by me, conflict claims nobody decided)."""
    return progress.reviewed_by_anyone, progress.reviewed_by_me, progress.conflicts_left


def test_review_progress_counts_everyone_me_and_open_conflicts(db):
    ids = claim_ids(db)
    # conflicts: (Russian forces, The ratio of) and (Wagner fighters, Ukrainian troops): 4 claims
    assert _counts(review_progress(db, "alice")) == (0, 0, 4)
    record_verdict(db, ids["Russian forces are"], "verified", "alice")
    record_verdict(db, ids["Wagner fighters control"], "disputed", "bob")
    record_verdict(db, ids["About 5,000 civilians"], "verified", "alice")
    record_verdict(db, ids["About 5,000 civilians"], "cleared", "alice")  # cleared: not reviewed
    assert _counts(review_progress(db, "alice")) == (2, 1, 2)
    undo_last(db, "bob")
    assert _counts(review_progress(db, "bob")) == (1, 0, 3)


def test_cluster_tree_orders_clusters_and_keeps_members_and_relations(db):
    nodes = cluster_tree(db)
    assert [n.id for n in nodes][:2] == ["k-ratio", "k-east"]  # conflicts first, then more outlets
    ratio = nodes[0]
    assert len(ratio.members) == 3 and [m.outlet for m in ratio.members] == sorted(m.outlet for m in ratio.members)
    assert ratio.relations[0].relation == "conflict"
    assert [n.id for n in cluster_tree(db, conflicts_only=True)] == ["k-ratio", "k-east"]
