"""Pilot tests: ``J`` repaints the two clusters-pane entries it changes, and the list turns a page at a time.

OptionList's ``highlighted`` repainted every visible line of the list on each move, and its
minimal scroll moved the list one entry per ``J`` once past the first screen (a scroll repaints
the whole list too): on the replicated 1M database the list was a third of each group switch's
frame. Now a move within the view repaints the entry losing the highlight and the one getting
it, and a move past the bottom puts the new entry at the top, so the next screenful scrolls not.
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


async def test_past_the_bottom_the_highlighted_entry_goes_to_the_top(tmp_path):
    path = build_many_groups(tmp_path / "many.db", 40)
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        listing = app.screen.clusters
        view = listing.scrollable_content_region.height
        scrolls = []
        while True:
            await pilot.press("J")
            await settle(pilot)
            first, height = entry_lines(listing, listing.highlighted)
            if listing.scroll_y:
                break
            assert first + height <= view  # still on the first screen: nothing moved
        assert listing.scroll_y == first  # the page turned: the new entry at the top
        scrolls.append(listing.scroll_y)
        for _ in range(view // height - 1):  # the rest of that screenful: no scroll
            await pilot.press("J")
            await settle(pilot)
            assert listing.scroll_y == scrolls[0]
        assert app.screen.current_key == listing.get_option_at_index(listing.highlighted).id
