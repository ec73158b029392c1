"""Pilot tests: what a group switch leaves for idle time lands there, not in the key's frame.

On the replicated 1M database one ``J`` in 20-25 cost twice the others: the clusters pane's next
page (a worker, then 50 entries laid out) and the context pane's read (a worker, then a second
paint) landed inside the key's window. Now the read-ahead also reads the landing claim's
context, shown in the switch's own frame, and the clusters pane loads ahead only once the
switch's read-ahead is in (``ClusterList.prefetch``).
"""

from __future__ import annotations

from textual import events

from tests.tui.fixtures import settle
from tests.tui.test_tui_cluster_list_pages import build_many_groups
from workbench.store.review import PAGE_SIZE
from workbench.tui import messages as msg
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.read_ahead import GroupReadAhead
from workbench.tui.widgets.cluster_list import ClusterList
from workbench.tui.widgets.context import ContextPane


class Trail:
    """The messages the app dispatched, in order (``run_test``'s message hook): J keys and what follows them."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, message) -> None:
        if isinstance(message, events.Key) and message.key == "J":
            if not self.seen or self.seen[-1] != "J":  # one key bubbles through several pumps
                self.seen.append("J")
        elif isinstance(message, (GroupReadAhead, ClusterList.PageWanted, msg.ContextLoaded)):
            self.seen.append(type(message).__name__)

    def since_last_j(self) -> list[str]:
        last = len(self.seen) - 1 - self.seen[::-1].index("J")
        return self.seen[last + 1 :]


async def test_pages_are_asked_for_after_the_read_ahead_never_by_the_key(tmp_path):
    path = build_many_groups(tmp_path / "many.db", PAGE_SIZE + 15)
    trail = Trail()
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=(140, 40), message_hook=trail) as pilot:
        await settle(pilot)
        listing = app.screen.clusters
        pages_seen = False
        while listing.highlighted < len(listing.keys) - 1:
            await pilot.press("J")
            await settle(pilot)
            after = trail.since_last_j()
            if "PageWanted" in after:
                pages_seen = True
                assert "GroupReadAhead" in after[: after.index("PageWanted")], after  # idle time, not the key's
        assert listing.loaded == len(listing.keys)
        assert pages_seen or "PageWanted" in trail.seen  # the second page did come, ahead of need
        ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
        assert ids == listing.keys


async def test_next_group_shows_the_landing_claims_context_without_a_worker(review_db):
    trail = Trail()
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=(140, 40), message_hook=trail) as pilot:
        await settle(pilot)
        screen = app.screen
        context = screen.query_one(ContextPane)
        for _ in range(len(screen.clusters.keys) - 1):
            await pilot.press("J")
            await settle(pilot)
            card = screen.pane.focused_card
            assert card is not None and context.claim_id == card.claim.id
            assert card.claim.text in context.query_one("#context-text").render().plain
            assert "ContextLoaded" not in trail.since_last_j()  # it came with the group read ahead
        await pilot.press("j")  # the cursor within a group still reads the context in a worker
        await settle(pilot)
        card = screen.pane.focused_card
        assert context.claim_id == card.claim.id
