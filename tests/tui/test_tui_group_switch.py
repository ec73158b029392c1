"""Pilot tests: moving between groups re-fills the mounted columns and cards, and shows exactly the new group.

``J`` used to remove every column and card and mount new ones; it now re-fills the widgets
already mounted and mounts or removes only the difference. What must not change: each card
shows its own claim at its own place, one card has the cursor, no card of the previous group
survives. Also here: the heap frozen after the first paint (and released on exit), and the
clusters pane saying "listing…" while the order is still streaming in.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import replace

from tests.tui.fixtures import settle
from tests.tui.test_tui_cluster_list_pages import build_many_groups
from workbench.store import open_db
from workbench.store.cards import group_columns
from workbench.tui import loaders
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.help import binding_rows
from workbench.tui.widgets.claim_card import ClaimCard
from workbench.tui.widgets.outlet_column import OutletColumn


def _expected(db_path, key: str) -> list[list[str]]:
    db = open_db(db_path, create=False)
    try:
        return [[c.id for c in column.claims] for column in group_columns(db, key)[0]]
    finally:
        db.close()


def _check_shows(screen, db_path) -> None:
    pane = screen.pane
    expected = _expected(db_path, pane.group_key)
    columns = [col for col in pane.query(OutletColumn) if col.display]  # spare columns and cards are hidden
    assert [[card.claim.id for card in col.cards] for col in columns] == expected
    shown = [c for c in pane.query(ClaimCard) if c.display and c.parent.parent.display]
    assert [c.claim.id for c in shown] == [i for col in expected for i in col]  # nothing stale on screen
    assert all(not c.display for col in pane.query(OutletColumn) for c in col.spare)
    for c, col in enumerate(pane.cards):
        assert [(card.col, card.row) for card in col] == [(c, r) for r in range(len(col))]
    assert [card for card in pane.all_cards() if card.cursor or card.has_class("-cursor")] == [pane.focused_card]


async def test_next_and_previous_group_reuse_widgets_and_show_the_right_claims(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        keys = list(screen.clusters.keys)
        assert len(keys) >= 4
        _check_shows(screen, review_db)
        first_column = screen.pane.query(OutletColumn).first()
        shapes = set()
        for key in keys[1:] + keys[::-1][1:]:  # down to the end and back up: the shapes grow and shrink
            await pilot.press("J" if keys.index(key) > keys.index(screen.current_key) else "K")
            await settle(pilot)
            assert screen.pane.group_key == key
            _check_shows(screen, review_db)
            shapes.add(tuple(len(c) for c in _expected(review_db, key)))
        assert len(shapes) > 1  # groups of different shapes were walked
        assert screen.pane.query(OutletColumn).first() is first_column  # re-filled, not re-mounted
        widgets = set(screen.pane.query(OutletColumn)) | set(screen.pane.query(ClaimCard))
        for key in keys[1:] + keys[::-1][1:]:  # every shape seen once: a second walk mounts and removes nothing
            await pilot.press("J" if keys.index(key) > keys.index(screen.current_key) else "K")
            await settle(pilot)
            _check_shows(screen, review_db)
        assert set(screen.pane.query(OutletColumn)) | set(screen.pane.query(ClaimCard)) == widgets


async def test_heap_frozen_after_the_first_paint_and_released_on_exit(review_db):
    assert gc.get_freeze_count() == 0
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


async def test_clusters_pane_says_more_is_coming_until_the_order_is_listed(tmp_path, monkeypatch):
    n = 3 * loaders.FIRST_READ
    path = build_many_groups(tmp_path / "many.db", n)
    gate = threading.Event()
    rest_of_order = loaders.rest_of_order

    def gated(stream, size=loaders.MAX_READ):  # the real listing, held until the test has looked
        gate.wait(10)
        yield from rest_of_order(stream, size)

    monkeypatch.setattr(loaders, "rest_of_order", gated)
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=(140, 40)) as pilot:
        while app.screen.query_one("#clusters").border_subtitle is None:
            await pilot.pause()
        await pilot.pause()
        listing = app.screen.clusters
        assert listing.listing and listing.border_subtitle == f"{len(listing.keys)}+ groups · listing…"
        assert f"/{len(listing.keys)}+:" in str(app.screen.query_one("#group-title").render())
        gate.set()
        await settle(pilot)
        assert not listing.listing and listing.border_subtitle == f"{n} groups"
        assert f"/{n}:" in str(app.screen.query_one("#group-title").render())


def test_help_lists_the_group_by_event_key():
    assert ("review", "group.event", ["g"], "By event") in binding_rows({})


async def test_columns_out_of_view_are_drawn_when_they_scroll_in(review_db):
    """At 80x24 two outlet columns fit: the third of a three-outlet group is filled undrawn, then drawn by ``l``."""
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        wide = screen.current_key
        assert len(_expected(review_db, wide)) == 3  # the first group: mounted fresh, the third column hidden
        columns = list(screen.pane.query(OutletColumn))
        assert columns[0].filled and not columns[-1].filled
        for key in ("J", "K"):  # away and back: the columns are re-filled, the third not drawn
            await pilot.press(key)
            await settle(pilot)
        assert screen.current_key == wide
        _check_shows(screen, review_db)
        columns = list(screen.pane.query(OutletColumn))
        assert columns[0].filled and not columns[-1].filled  # out of view: holds its claims, not laid out
        assert not columns[-1].query_one(".column-body").display
        db = open_db(review_db, create=False)
        try:
            data = group_columns(db, wide)[0]
        finally:
            db.close()
        data[-1] = replace(data[-1], outlet="Renamed Outlet")  # its header must be written when it is drawn
        await screen.pane.show_group(wide, data)  # the same shape again: every column re-filled in place
        await settle(pilot)
        assert list(screen.pane.query(OutletColumn)) == columns
        assert all(card.stale for card in columns[-1].cards) and not any(c.stale for c in columns[0].cards)
        while screen.pane.focused_card.col < len(columns) - 1:
            await pilot.press("l")
            await settle(pilot)
        last = columns[-1]
        assert last.filled and last.query_one(".column-body").display and not any(card.stale for card in last.cards)
        assert str(last.header.render()).startswith("Renamed Outlet")  # the header, left unwritten, drawn too
        card = screen.pane.focused_card
        assert card in last.cards and card.claim.text[:20] in str(card.render())
        await pilot.press("v")  # a verdict on a card drawn late lands on its claim
        await settle(pilot)
        assert screen.pane.card_for(card.claim.id).claim.state.verdict == "verified"
        db = open_db(review_db, create=False)
        try:
            assert db.execute(
                "SELECT verdict FROM verdict_events WHERE claim_id = ? ORDER BY id DESC", [card.claim.id]
            ).fetchone()[0] == "verified"
        finally:
            db.close()


async def test_next_group_is_laid_out_before_any_frame_shows_it(review_db, monkeypatch):
    """``J``: no frame painted between the key and the new group's layout (text in boxes of the old size).

    The frames are counted where Textual paints (``Compositor.render_update``) and lays out
    (``Compositor.reflow``): a switch to a group read ahead (shown on the UI thread, no worker in
    between) lays out before its first paint. It failed before ``frames.one_frame``: the frame timer
    painted the new cards at the old sizes first.
    """
    from textual._compositor import Compositor

    events: list[str] = []
    reflow, render_update = Compositor.reflow, Compositor.render_update

    def counted_reflow(self, *args, **kwargs):
        events.append("layout")
        return reflow(self, *args, **kwargs)

    def counted_render(self, *args, **kwargs):
        events.append("paint")
        return render_update(self, *args, **kwargs)

    monkeypatch.setattr(Compositor, "reflow", counted_reflow)
    monkeypatch.setattr(Compositor, "render_update", counted_render)
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        switches = 0
        for _ in range(len(screen.clusters.keys) - 1):
            ahead = screen._ahead is not None and screen._ahead.key == screen._next_key()
            events.clear()
            await pilot.press("J")
            await settle(pilot)
            _check_shows(screen, review_db)
            if ahead:  # shown from the read-ahead, on the UI thread: the case the frame is held for
                switches += 1
                assert "layout" in events and events.index("layout") < events.index("paint"), events
        assert switches >= 2


async def test_a_switch_asks_nothing_of_the_cards_it_does_not_draw(review_db, monkeypatch):
    """Cards of a column out of view (body hidden) are re-filled without a repaint or a class change.

    A repaint asked of a widget off screen makes Textual arrange the whole screen a second time in
    that frame (``Compositor.update_widgets`` invalidates its full map); ``display = True`` on a
    shown widget asked for one too.
    """
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        asked: list[ClaimCard] = []
        refresh = ClaimCard.refresh

        def recorded(self, *regions, **kwargs):
            if not self.parent.display:
                asked.append(self)
            return refresh(self, *regions, **kwargs)

        monkeypatch.setattr(ClaimCard, "refresh", recorded)
        for key in ("J", "K"):  # away and back: the first group's third column is re-filled out of view
            await pilot.press(key)
            await settle(pilot)
        hidden = [card for col in screen.pane.query(OutletColumn) if not col.body.display for card in col.cards]
        assert hidden and all(card.stale for card in hidden)
        assert asked == []
