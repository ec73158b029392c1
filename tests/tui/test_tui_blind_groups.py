"""Pilot tests: a blind second reviewer is taken to the claims *they* have not decided (issue 11).

bob has decided every claim of the first two clusters. Reviewing blind, alice starts on the first
cluster's first claim and, after her last claim there, J-by-verdict moves her to the second
cluster (bob's, not hers); without blind mode she starts past them, as before.
"""

from __future__ import annotations

import pytest

from tests.tui.fixtures import build_review_db, claim_ids, settle
from workbench.store import open_db, record_verdict
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.comparison import ComparisonPane

SIZE = (120, 40)
FIRST_TWO = [
    "Russian forces are",
    "The ratio of",
    "Russia loses five",
    "Wagner fighters control",
    "Ukrainian troops still",
]


@pytest.fixture
def bob_db(tmp_path):
    path = build_review_db(tmp_path / "r.db")
    db = open_db(path)
    ids = claim_ids(db)
    for words in FIRST_TWO:
        record_verdict(db, ids[words], "verified", "bob")
    db.close()
    return path


def pane(app) -> ComparisonPane:
    return app.screen.query_one(ComparisonPane)


async def test_blind_start_and_next_cluster_follow_the_reviewers_own_verdicts(bob_db):
    app = WorkbenchApp(str(bob_db), "alice", blind=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.current_key == "c:k-ratio"
        assert pane(app).focused_card.claim.text.startswith("Russian forces are")
        for _ in range(3):
            await pilot.press("d")
            await settle(pilot)
        assert app.screen.current_key == "c:k-east"  # bob finished it; alice has not
        assert pane(app).focused_card.claim.text.startswith("Wagner fighters control")


async def test_blind_cursor_starts_on_a_claim_only_others_decided(tmp_path):
    path = build_review_db(tmp_path / "r.db")
    db = open_db(path)
    record_verdict(db, claim_ids(db)["Russian forces are"], "verified", "bob")
    db.close()
    app = WorkbenchApp(str(path), "alice", blind=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert pane(app).focused_card.claim.text.startswith("Russian forces are")
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert pane(app).focused_card.claim.text.startswith("The ratio of")  # not blind: decided by anyone


async def test_not_blind_skips_what_anyone_decided(bob_db):
    app = WorkbenchApp(str(bob_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.current_key == "c:k-civ"
