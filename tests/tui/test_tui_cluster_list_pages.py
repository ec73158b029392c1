"""Pilot tests: the clusters pane's pages after a reload of a list that was scrolled.

``OptionList.clear_options`` resets ``scroll_y`` to 0, and the pane's scroll watcher asks for
the next page when the end is near. On a short list in a tall terminal (a small database), a
reload from a scrolled position used to ask, in the middle of ``show_groups``, for a page of
the *new* order that the first rows were about to list; that page came back and was appended
again: Textual's ``DuplicateID`` and a crashed review session.
"""

from __future__ import annotations

import pytest

from tests.tui.fixtures import settle
from workbench.models import Article, ExtractedClaim
from workbench.store import open_db, save_document
from workbench.store.review import PAGE_SIZE
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.cluster_list import ClusterList

TALL = (120, 120)  # a pane taller than half the list: the scroll watcher wants a page at the top


def build_many_groups(path, n: int):
    db = open_db(path)
    for i in range(n):
        text = f"Report number {i} says the bridge reopened."
        save_document(
            db,
            Article(text=text, outlet=f"Outlet {i:03d}", published="2023-02-01", url=f"https://x.example/{i}"),
            [ExtractedClaim(0, 0, len(text), text)],
        )
    db.close()
    return path


def listed_ids(listing: ClusterList) -> list[str]:
    return [listing.get_option_at_index(i).id for i in range(listing.option_count)]


@pytest.mark.parametrize("key", ["r", "f"])
async def test_reload_from_a_scrolled_short_list_lists_each_group_once(tmp_path, key):
    path = build_many_groups(tmp_path / "many.db", PAGE_SIZE + 15)
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        listing = app.screen.query_one(ClusterList)
        # the tail came as a second page, read ahead while idle (the list loads ahead of the reviewer)
        assert len(listing.keys) > PAGE_SIZE and listing.loaded == len(listing.keys)
        listing.scroll_end(animate=False)
        await settle(pilot)
        assert listing.scroll_y > 0
        await pilot.press("v", "J", "d", key)  # verdicts, next group, then a reload (refresh / filter)
        await settle(pilot)
        ids = listed_ids(listing)
        assert len(ids) == len(set(ids))
        assert ids == listing.keys[: len(ids)]  # entry i is group i of the order
        listing.scroll_end(animate=False)
        await settle(pilot)
        assert listed_ids(listing) == listing.keys  # and the rest still pages in
    assert app.return_code in (None, 0)
