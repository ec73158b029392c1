"""The first screen reads the group order only up to the resume point; the rest follows in steps."""

from __future__ import annotations

from tests.tui.test_tui_cluster_list_pages import build_many_groups
from workbench.store import open_db, record_verdict
from workbench.store.review import group_keys
from workbench.tui import loaders

N = 3 * loaders.FIRST_READ  # one claim per document group, none clustered


def test_first_screen_reads_one_page_of_keys_and_streams_the_rest(tmp_path):
    db = open_db(build_many_groups(tmp_path / "many.db", N))
    try:
        order, rest = loaders.group_order(db, "all", None)
        assert len(order.keys) == loaders.FIRST_READ and order.resume.group_index == 0 and order.more_pending
        streamed = [key for chunk in loaders.rest_of_order(rest, size=40) for key in chunk]
        assert order.keys + streamed == group_keys(db)  # same order, every group once
    finally:
        db.close()


def test_resume_point_past_the_first_page_reads_up_to_it(tmp_path):
    n = 8 * loaders.FIRST_READ  # reads grow 4x a step: 1 page, then 4, then ...
    db = open_db(build_many_groups(tmp_path / "many.db", n))
    try:
        keys = group_keys(db)
        target = loaders.FIRST_READ + 7
        for key in keys[:target]:  # every claim before the target decided
            claim = db.execute("SELECT id FROM claims WHERE document_id = ?", [key[2:]]).fetchone()[0]
            record_verdict(db, claim, "verified", "alice")
        order, _rest = loaders.group_order(db, "all", None)
        assert order.resume.group_index == target and order.keys[target] == keys[target]
        assert len(order.keys) == 5 * loaders.FIRST_READ < n  # read in steps up to the resume point, not the whole order
        kept, _rest = loaders.group_order(db, "all", None, keep_key=keys[-1])
        assert kept.keys[kept.resume.group_index] == keys[-1]  # a kept group is found wherever it is
    finally:
        db.close()


def test_kept_group_the_view_leaves_out_does_not_read_the_whole_order(tmp_path):
    """Re-filtering keeps the open group when the view lists it; one it leaves out is probed, not searched for."""
    n = 8 * loaders.FIRST_READ
    db = open_db(build_many_groups(tmp_path / "many.db", n))
    try:
        keys = group_keys(db)
        gone = keys[-1]  # decided: the "unreviewed" view leaves it out
        claim = db.execute("SELECT id FROM claims WHERE document_id = ?", [gone[2:]]).fetchone()[0]
        record_verdict(db, claim, "verified", "alice")
        order, _rest = loaders.group_order(db, "unreviewed", None, keep_key=gone)
        assert order.resume.group_index == 0 and order.more_pending
        assert len(order.keys) == loaders.FIRST_READ  # one page, not the n - 1 keys of the whole view
        kept, _rest = loaders.group_order(db, "unreviewed", None, keep_key=keys[-2])
        assert kept.keys[kept.resume.group_index] == keys[-2]  # one it lists is still found wherever it is
    finally:
        db.close()
