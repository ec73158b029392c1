"""Pilot tests: ``J`` repaints the two clusters-pane entries it changes, and the list turns a page at a time.

OptionList's ``highlighted`` repainted every visible line of the list on each move, and its
minimal scroll moved the list one entry per ``J`` once past the first screen (a scroll repaints
the whole list too): on the replicated 1M database the list was a third of each group switch's
frame. Now a move within the view repaints the entry losing the highlight and the one getting
it, and on the last entry in view the page turns in idle time (that entry at the top), so the next
screenful of ``J`` scrolls not.
"""

from __future__ import annotations

from textual.geometry import Region

from tests.tui.fixtures import settle
from tests.tui.test_tui_cluster_list_pages import build_many_groups
from workbench.tui._compat import entry_lines
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.cluster_list import ClusterList


async def test_a_move_within_the_view_repaints_only_the_two_entries(tmp_path, monkeypatch):
    path = build_many_groups(tmp_path / "many.db", 40)
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        listing = app.screen.clusters
        asked: list[tuple[Region, ...]] = []
        refresh = ClusterList.refresh

        def recorded(self, *regions, **kwargs):
            if self is listing:
                asked.append(regions)
            return refresh(self, *regions, **kwargs)

        monkeypatch.setattr(ClusterList, "refresh", recorded)
        before = listing.highlighted
        await pilot.press("J")
        await settle(pilot)
        assert listing.highlighted == before + 1 and listing.scroll_y == 0
        assert asked and all(asked), asked  # never the whole list
        width = listing.scrollable_content_region.width
        expected = {Region(0, first, width, height) for first, height in (entry_lines(listing, i) for i in (before, before + 1))}
        assert expected <= {region for regions in asked for region in regions}


async def test_on_the_last_entry_in_view_the_page_turns_before_the_next_key(tmp_path):
    """A page at a time, turned in idle time: once the highlight is on the last entry in view, that entry goes
    to the top before the next ``J``, which then moves no line (a scroll repaints the whole list)."""
    path = build_many_groups(tmp_path / "many.db", 40)
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        listing = app.screen.clusters
        view = listing.scrollable_content_region.height
        turns = []
        while listing.highlighted + 2 < listing.option_count and len(turns) < 2:
            before = listing.scroll_y
            await pilot.press("J")
            await settle(pilot)
            first, height = entry_lines(listing, listing.highlighted)
            assert listing.scroll_y <= first and first + height <= listing.scroll_y + view  # in view
            below, below_height = entry_lines(listing, listing.highlighted + 1)
            assert below + below_height <= listing.scroll_y + view  # so the next J needs no scroll
            if listing.scroll_y != before:
                assert listing.scroll_y == first  # the page turned: the highlighted entry at the top
                turns.append(listing.scroll_y)
        assert len(turns) == 2 and turns[1] - turns[0] < view  # turned twice, a screenful less one entry apart
        assert app.screen.current_key == listing.get_option_at_index(listing.highlighted).id
