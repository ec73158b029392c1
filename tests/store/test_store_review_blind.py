"""The next-group query for a blind reviewer: unreviewed *by that reviewer* (issue 11).

A claim bob decided is still alice's to decide when she reviews blind; without a reviewer the
query keeps its meaning of "nobody decided".
"""

from __future__ import annotations

import pytest

from tests.tui.fixtures import build_review_db, claim_ids
from workbench.store import open_db, record_verdict, undo_last
from workbench.store.review import cluster_group_keys, groups_with_unreviewed, next_unreviewed_group
from workbench.store.verdicts import record_adjudication

RATIO = ["Russian forces are", "The ratio of", "Russia loses five"]  # cluster k-ratio, first in review order


@pytest.fixture
def db(tmp_path):
    db = open_db(build_review_db(tmp_path / "r.db"))
    yield db
    db.close()


def test_a_cluster_another_reviewer_finished_is_still_the_blind_reviewers(db):
    ids = claim_ids(db)
    keys = cluster_group_keys(db)
    assert keys[0] == "c:k-ratio"
    for words in RATIO:
        record_verdict(db, ids[words], "verified", "bob")
    assert next_unreviewed_group(db, keys, 0) == 1  # decided by anyone: skipped
    assert next_unreviewed_group(db, keys, 0, reviewer="alice") == 0  # alice has not decided it
    assert next_unreviewed_group(db, keys, 0, reviewer="bob") == 1
    assert "c:k-ratio" in groups_with_unreviewed(db, keys, "alice")
    assert "c:k-ratio" not in groups_with_unreviewed(db, keys, "bob")


def test_own_verdicts_cleared_undone_and_adjudicated(db):
    ids = claim_ids(db)
    keys = cluster_group_keys(db)
    for words in RATIO:
        record_verdict(db, ids[words], "disputed", "alice")
    assert next_unreviewed_group(db, keys, 0, reviewer="alice") == 1
    undo_last(db, "alice")  # her last verdict no longer stands
    assert next_unreviewed_group(db, keys, 0, reviewer="alice") == 0
    record_adjudication(db, ids[RATIO[-1]], "verified", "alice", "both sources checked")
    assert next_unreviewed_group(db, keys, 0, reviewer="alice") == 1  # an adjudication is her decision
    record_verdict(db, ids[RATIO[0]], "cleared", "alice")
    assert next_unreviewed_group(db, keys, 0, reviewer="alice") == 0  # cleared is no decision
    assert next_unreviewed_group(db, keys, 0, reviewer="carol") == 0
