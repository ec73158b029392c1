"""SVG snapshots of the review UI (pytest-textual-snapshot). Update with ``--snapshot-update``.

Deterministic on purpose: fixed reviewer, a relative DB name inside ``tmp_path`` (paths
appear in hints), fixture dates only, no keymap file, fixed terminal sizes.
"""

from __future__ import annotations

import pytest

from tests.tui.fixtures import build_empty_db, build_review_db, build_unanalyzed_db, settle
from workbench.tui.app import WorkbenchApp


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WORKBENCH_KEYMAP", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path



def test_main_screen(in_tmp, snap_compare):
    build_review_db(in_tmp / "claims.db")
    assert snap_compare(WorkbenchApp("claims.db", "alice"), terminal_size=(140, 40), run_before=settle)


def test_main_screen_light_theme_narrow(in_tmp, snap_compare):
    build_review_db(in_tmp / "claims.db")
    app = WorkbenchApp("claims.db", "alice")

    async def light(pilot) -> None:
        pilot.app.theme = "textual-light"
        await settle(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=light)


def test_after_a_verdict(in_tmp, snap_compare):
    build_review_db(in_tmp / "claims.db")

    async def verdict(pilot) -> None:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)

    assert snap_compare(WorkbenchApp("claims.db", "alice"), terminal_size=(140, 40), run_before=verdict)


def test_help_screen(in_tmp, snap_compare):
    build_review_db(in_tmp / "claims.db")

    async def open_help(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(WorkbenchApp("claims.db", "alice"), terminal_size=(120, 40), run_before=open_help)


def test_empty_db(in_tmp, snap_compare):
    build_empty_db(in_tmp / "claims.db")
    assert snap_compare(WorkbenchApp("claims.db", "alice"), terminal_size=(120, 40), run_before=settle)


def test_not_analyzed_db(in_tmp, snap_compare):
    build_unanalyzed_db(in_tmp / "claims.db")
    assert snap_compare(WorkbenchApp("claims.db", "alice"), terminal_size=(120, 40), run_before=settle)


def test_two_reviewers_split_and_adjudicated(in_tmp, snap_compare):
    """Each reviewer's verdict apart, a split, and an adjudication with its note (no dates on the card)."""
    from tests.tui.fixtures import claim_ids
    from workbench.store import open_db, record_verdict
    from workbench.store.verdicts import record_adjudication

    build_review_db(in_tmp / "claims.db")
    db = open_db(in_tmp / "claims.db", create=False)
    ids = claim_ids(db)
    record_verdict(db, ids["Russian forces are"], "disputed", "bob")
    record_verdict(db, ids["Russian forces are"], "verified", "alice")
    record_verdict(db, ids["The ratio of"], "verified", "bob")
    record_adjudication(db, ids["The ratio of"], "disputed", "fc", "anonymous and contradicted")
    db.close()
    assert snap_compare(WorkbenchApp("claims.db", "alice"), terminal_size=(140, 40), run_before=settle)
