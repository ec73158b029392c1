"""The kept count of claims in a conflict (``review_summary``): reused while current, recounted when not."""

from __future__ import annotations

import pytest

from tests.tui.fixtures import build_review_db, claim_ids
from workbench.store import open_db
from workbench.store.review_summary import conflict_claims


@pytest.fixture
def db(tmp_path):
    handle = open_db(build_review_db(tmp_path / "r.db"))
    yield handle
    handle.close()


def _kept(db) -> tuple | None:
    return db.execute("SELECT stamp, conflict_claims FROM review_summary").fetchone()


def _drop_conflict(db, claim_id: str) -> None:
    """What a re-analysis does to one relation (test set-up: the analysis writer is another area's)."""
    with db.conn:
        db.execute("DELETE FROM relations WHERE relation = 'conflict' AND (claim_a = ? OR claim_b = ?)", [claim_id] * 2)


def test_analysis_counts_and_keeps_it(db):
    stamp = db.execute("SELECT value FROM meta WHERE key = 'analyzed_at'").fetchone()[0]
    assert _kept(db) == (stamp, 4)  # store.analysis.write_results counted it as it wrote the relations


def test_count_is_kept_with_the_analysis_it_was_counted_under(db):
    assert conflict_claims(db) == 4
    _drop_conflict(db, claim_ids(db)["Russian forces are"])
    assert conflict_claims(db) == 4  # same analysis: the kept row answers, no scan of the relations
    with db.conn:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('analyzed_at', 'a later analysis')")
    assert conflict_claims(db) == 2  # a new analysis: recounted
    assert _kept(db) == ("a later analysis", 2)


def test_removing_a_claim_drops_the_kept_count(db):
    assert conflict_claims(db) == 4
    gone = claim_ids(db)["Wagner fighters control"]
    with db.conn:  # what re-ingesting an edited article does (store.documents removes claim and relations)
        db.execute("DELETE FROM relations WHERE claim_a = ? OR claim_b = ?", [gone, gone])
        db.execute("DELETE FROM cluster_members WHERE claim_id = ?", [gone])
        db.execute("DELETE FROM claims WHERE id = ?", [gone])
    assert _kept(db) is None
    assert conflict_claims(db) == 2

