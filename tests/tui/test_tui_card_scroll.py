"""Pilot tests: a claim card taller than its column is read to its last line by keyboard (issue 11).

At the documented 100×30, and at 80×24, the first card of the fixture's conflict cluster carries
a relation reason longer than its column shows; Ctrl+D / Page Down page through the focused card
and Ctrl+U / Page Up back, never past the card, and a bell says when there is nothing more to see.
"""

from __future__ import annotations

import pytest

from tests.tui.fixtures import build_review_db, claim_ids, screen_text, settle
from workbench.store import open_db, write_transaction
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.comparison import ComparisonPane

LAST_WORD = "Endmarker"  # the last word of the card's last reason
LONG_REASON = (
    "7:1 lies inside the stated range of 5-7:1; the first figure counts soldiers killed over one week, "
    "the second an estimate of losses across the month, so the two agree only loosely and the reviewer "
    f"should read both articles before deciding {LAST_WORD}"
)


@pytest.fixture
def long_card_db(tmp_path):
    """The fixture DB whose first card's last badge (agrees with Meridian Post) has a long reason."""
    path = build_review_db(tmp_path / "long.db")
    db = open_db(path)
    ids = claim_ids(db)
    a, b = sorted([ids["Russian forces are"], ids["Russia loses five"]])
    with write_transaction(db):
        db.execute(
            "UPDATE relations SET reason = ? WHERE (claim_a = ? AND claim_b = ?) OR (claim_a = ? AND claim_b = ?)",
            [LONG_REASON, a, b, b, a],
        )
    db.close()
    return path


def pane(app) -> ComparisonPane:
    return app.screen.query_one(ComparisonPane)


async def page_to_the_end(pilot, key: str) -> int:
    """Press ``key`` until the card stops moving; how many presses moved it."""
    moved = 0
    for _ in range(20):
        if pane(pilot.app).scroll_target(1) is None:
            break
        await pilot.press(key)
        await settle(pilot)
        moved += 1
    return moved


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
@pytest.mark.parametrize("key", ["ctrl+d", "pagedown"])
async def test_the_last_reason_of_a_long_card_is_reached_by_keyboard(long_card_db, size, key):
    app = WorkbenchApp(str(long_card_db), "alice")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        card = pane(app).focused_card
        assert card.claim.text.startswith("Russian forces are")
        assert LAST_WORD not in screen_text(app)  # below the fold at first
        assert await page_to_the_end(pilot, key) >= 1
        shown = screen_text(app)
        assert LAST_WORD in shown
        assert f"id {card.claim.id}" in shown  # the card's last line
        assert pane(app).focused_card is card  # paging never moves the cursor


async def test_paging_up_returns_to_the_cards_top_and_stops_there(long_card_db):
    app = WorkbenchApp(str(long_card_db), "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        card = pane(app).focused_card
        body = card.parent
        await page_to_the_end(pilot, "ctrl+d")
        assert body.scroll_y > 0
        for _ in range(20):
            if pane(app).scroll_target(-1) is None:
                break
            await pilot.press("ctrl+u")
            await settle(pilot)
        assert body.scroll_y == card.virtual_region.y  # the card's top, not past it
        assert "▶" in screen_text(app)  # the cursor line is the card's first


async def test_a_card_that_fits_does_not_scroll(tmp_path):
    app = WorkbenchApp(str(build_review_db(tmp_path / "r.db")), "alice")
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        body = pane(app).focused_card.parent
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert body.scroll_y == 0


async def test_a_small_terminal_gives_the_cards_the_side_panes_room(long_card_db):
    app = WorkbenchApp(str(long_card_db), "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.has_class("-cramped")
        body = pane(app).focused_card.parent
        assert app.screen.query_one("#clusters").region.width <= 24  # 32 at 100x30
        assert body.region.height >= 8  # 7 lines of card with the 100x30 layout
    app = WorkbenchApp(str(long_card_db), "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert not app.has_class("-cramped")  # the documented size keeps the documented layout
