"""Pilot tests on the real bundled samples, ingested and analysed once per session.

``analyzed_samples`` (tests/analyze/fixtures_analyze.py) runs the real ingest, extract and analysis
stages with the bundled model; each test works on its own copy (``sample_db_copy``).
"""

from __future__ import annotations

import pytest

from tests.tui.fixtures import screen_text, settle
from workbench.store import open_db
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.cluster_list import ClusterList
from workbench.tui.widgets.comparison import ComparisonPane
from workbench.tui.widgets.context import ContextPane

SIZE = (140, 40)



def current(db_path) -> dict[str, str]:
    db = open_db(db_path, create=False)
    try:
        return {c: v for c, v in db.execute("SELECT claim_id, verdict FROM current_verdicts") if v != "cleared"}
    finally:
        db.close()


async def test_samples_open_on_a_conflict_with_outlets_side_by_side(sample_db_copy):
    app = WorkbenchApp(str(sample_db_copy), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = app.screen.query_one(ClusterList)
        first = listing.rows[listing.keys[0]]
        assert first.is_cluster and first.n_conflicts > 0  # conflicts first
        pane = app.screen.query_one(ComparisonPane)
        outlets = [column[0].claim.outlet for column in pane.cards]
        assert len(outlets) >= 2 and len(set(outlets)) >= 2
        conflict_badges = [b for card in pane.all_cards() for b in card.claim.badges if b.relation == "conflict"]
        assert conflict_badges and all(b.reason for b in conflict_badges)
        assert "⚠ CONFLICT with" in screen_text(app)
        context = app.screen.query_one(ContextPane)
        assert context.claim_id == pane.focused_card.claim.id


async def test_samples_casualty_ratio_conflict_is_found_by_search(sample_db_copy):
    app = WorkbenchApp(str(sample_db_copy), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.press(*"for every")
        await pilot.press("enter")
        await settle(pilot)
        pane = app.screen.query_one(ComparisonPane)
        texts = " ".join(card.claim.text for card in pane.all_cards())
        reasons = " ".join(b.reason for card in pane.all_cards() for b in card.claim.badges)
        assert app.screen.query_one(ClusterList).keys
        assert "for every" in texts.lower() or ":" in reasons


async def test_samples_verdict_then_undo_leaves_the_db_as_before(sample_db_copy):
    before = current(sample_db_copy)
    app = WorkbenchApp(str(sample_db_copy), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = app.screen.query_one(ComparisonPane).focused_card.claim.id
        await pilot.press("d")
        await settle(pilot)
        assert current(sample_db_copy)[claim] == "disputed"
        await pilot.press("z")
        await settle(pilot)
        assert current(sample_db_copy) == before


@pytest.mark.parametrize("filter_presses,name", [(2, "conflicts"), (3, "unattributed")])
async def test_samples_filters_keep_matching_groups(sample_db_copy, filter_presses, name):
    app = WorkbenchApp(str(sample_db_copy), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        total = len(app.screen.query_one(ClusterList).keys)
        for _ in range(filter_presses):
            await pilot.press("f")
            await settle(pilot)
        assert app.screen.filter_name == name
        kept = app.screen.query_one(ClusterList).keys
        assert 0 < len(kept) < total
        cards = app.screen.query_one(ComparisonPane).all_cards()
        if name == "conflicts":
            assert any(b.relation == "conflict" for c in cards for b in c.claim.badges)
        else:
            assert any(c.claim.speaker_kind == "none" for c in cards)
