"""Pilot tests: every review key against a real SQLite file (the fixture DB of tests/tui/fixtures.py)."""

from __future__ import annotations

import csv

import pytest

from tests.tui.fixtures import build_unanalyzed_db, screen_text, settle
from workbench.store import open_db, record_verdict
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.prompt import PromptScreen
from workbench.tui.widgets.cluster_list import ClusterList
from workbench.tui.widgets.comparison import ComparisonPane
from workbench.tui.widgets.context import ContextPane

SIZE = (120, 40)


async def press(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def pane(app) -> ComparisonPane:
    return app.screen.query_one(ComparisonPane)


def clusters(app) -> ClusterList:
    return app.screen.query_one(ClusterList)


def focused_text(app) -> str:
    return pane(app).focused_card.claim.text


def current(db_path, claim_id):
    db = open_db(db_path, create=False)
    try:
        row = db.execute(
            "SELECT verdict, reviewer, note FROM current_verdicts WHERE claim_id = ?", [claim_id]
        ).fetchone()
        return row
    finally:
        db.close()


def all_current(db_path) -> dict:
    db = open_db(db_path, create=False)
    try:
        return {r[0]: r[1] for r in db.execute("SELECT claim_id, verdict FROM current_verdicts")}
    finally:
        db.close()




async def test_opens_on_conflict_cluster_with_one_column_per_outlet(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.current_key == "c:k-ratio"  # conflicts first, then check-worthiness
        outlets = [col[0].claim.outlet for col in pane(app).cards]
        assert outlets == ["Kyiv Ledger", "Northern Dispatch", "Meridian Post"]
        assert focused_text(app).startswith("Russian forces are")
        assert app.screen.query_one(ContextPane).claim_id == pane(app).focused_card.claim.id
        assert app.focused is pane(app)


async def test_h_l_and_arrows_move_between_columns(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "l")
        assert pane(app).cursor == (1, 0)
        await press(pilot, "right")
        assert pane(app).cursor == (2, 0)
        await press(pilot, "l")  # clamps at the last column
        assert pane(app).cursor == (2, 0)
        await press(pilot, "h", "left")
        assert pane(app).cursor == (0, 0)


async def test_j_k_and_arrows_move_within_a_column(tmp_path):
    path = build_unanalyzed_db(tmp_path / "plain.db")
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert pane(app).cursor == (0, 0)
        await press(pilot, "j")
        assert pane(app).cursor == (0, 1)
        await press(pilot, "down")
        assert pane(app).cursor == (0, 2)
        await press(pilot, "k")
        assert pane(app).cursor == (0, 1)
        await press(pilot, "up")
        assert pane(app).cursor == (0, 0)
        assert app.screen.query_one(ContextPane).claim_id == pane(app).focused_card.claim.id


async def test_J_K_tab_switch_clusters(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        order = clusters(app).keys
        assert order[:3] == ["c:k-ratio", "c:k-east", "c:k-civ"]
        await press(pilot, "J")
        assert app.screen.current_key == "c:k-east"
        assert clusters(app).highlighted == 1
        await press(pilot, "tab")
        assert app.screen.current_key == "c:k-civ"
        await press(pilot, "K")
        assert app.screen.current_key == "c:k-east"
        await press(pilot, "shift+tab")
        assert app.screen.current_key == "c:k-ratio"
        assert [c.claim.outlet for c in pane(app).all_cards()][0] == "Kyiv Ledger"


@pytest.mark.parametrize("key,verdict", [("v", "verified"), ("d", "disputed"), ("u", "unattributed")])
async def test_verdict_keys_save_at_once_and_advance(review_db, ids, key, verdict):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = pane(app).focused_card.claim.id
        await press(pilot, key)
        # committed: another connection sees it while the app is still running
        assert current(review_db, first)[:2] == (verdict, "alice")
        assert pane(app).focused_card.claim.id != first
        assert not pane(app).focused_card.claim.state.reviewed
        assert clusters(app).rows["c:k-ratio"].reviewed == 1


async def test_group_done_moves_to_next_unreviewed_group(review_db, ids):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "v", "d", "v")
        assert app.screen.current_key == "c:k-east"
        assert focused_text(app).startswith("Wagner fighters")
        assert "3/3 reviewed" in str(clusters(app).get_option("c:k-ratio").prompt)


async def test_x_clears_the_verdict(review_db, ids):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = pane(app).focused_card.claim.id
        await press(pilot, "v", "h")  # verdict, then back to the first column
        assert pane(app).focused_card.claim.id == claim
        await press(pilot, "x")
        assert current(review_db, claim)[0] == "cleared"
        assert not pane(app).focused_card.claim.state.reviewed


async def test_n_adds_a_note_without_changing_the_verdict(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = pane(app).focused_card.claim.id
        await press(pilot, "n")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"checked ISW")
        await press(pilot, "enter")
        assert current(review_db, claim) == ("cleared", "alice", "checked ISW")
        assert "✎ note: checked ISW" in str(pane(app).focused_card.render())
        await press(pilot, "n", "escape")  # cancel writes nothing
        assert current(review_db, claim)[2] == "checked ISW"


async def test_z_undo_restores_previous_state(review_db):
    before = all_current(review_db)
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = pane(app).focused_card.claim.id
        await press(pilot, "v")
        assert all_current(review_db) != before
        await press(pilot, "z")
        after = {k: v for k, v in all_current(review_db).items() if v != "cleared"}
        assert after == before
        assert pane(app).focused_card.claim.id == claim  # back on the undone claim
        assert not pane(app).focused_card.claim.state.reviewed
        await press(pilot, "z")  # nothing of alice's left: no change
        assert {k: v for k, v in all_current(review_db).items() if v != "cleared"} == before


async def test_z_undo_jumps_back_to_another_cluster(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = pane(app).focused_card.claim.id
        await press(pilot, "v", "J", "J")
        assert app.screen.current_key == "c:k-civ"
        await press(pilot, "z")
        assert app.screen.current_key == "c:k-ratio"
        assert pane(app).focused_card.claim.id == claim
        assert current(review_db, claim)[0] == "cleared"


async def test_slash_searches_text_speakers_and_outlets(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"wagner")
        await press(pilot, "enter")
        assert clusters(app).keys == ["c:k-east"]
        assert app.screen.current_key == "c:k-east"
        await press(pilot, "slash")
        await pilot.press(*"harbour")  # an outlet
        await press(pilot, "enter")
        keys = clusters(app).keys  # the outlet's clustered claim, then its unclustered one
        assert keys[0] == "c:k-civ" and len(keys) == 2 and keys[1].startswith("d:")
        await press(pilot, "slash")
        await press(pilot, "ctrl+u", "enter")  # empty search clears
        assert len(clusters(app).keys) == 5


async def test_f_cycles_filters(review_db, ids):
    db = open_db(review_db)
    record_verdict(db, ids["Wagner fighters control"], "verified", "bob")
    record_verdict(db, ids["Ukrainian troops still"], "disputed", "bob")
    db.close()
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(clusters(app).keys) == 5
        await press(pilot, "f")
        assert app.screen.filter_name == "unreviewed"
        assert "c:k-east" not in clusters(app).keys and "c:k-ratio" in clusters(app).keys
        await press(pilot, "f")
        assert clusters(app).keys == ["c:k-ratio", "c:k-east"]
        await press(pilot, "f")
        assert app.screen.filter_name == "unattributed"
        kinds = {c.claim.speaker_kind for c in pane(app).all_cards()}
        assert "none" in kinds
        assert "c:k-ratio" not in clusters(app).keys
        await press(pilot, "f")  # reviewers disagree: one reviewer only, so nothing
        assert app.screen.filter_name == "split" and clusters(app).keys == []
        await press(pilot, "f")
        assert app.screen.filter_name == "all" and len(clusters(app).keys) == 5


async def test_e_exports_csv_next_to_the_db(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        await press(pilot, "e")
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one("Input").value == str(review_db.with_name("review-verdicts.csv"))
        await press(pilot, "enter")
        out = review_db.with_name("review-verdicts.csv")
        with out.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == 10
        assert [r["verdict"] for r in rows if r["verdict"]] == ["verified"]


async def test_question_mark_help_lists_every_binding(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for binding_id in WorkbenchApp.binding_ids():
            assert binding_id in text
        await press(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit or not app.is_running


async def test_r_refresh_shows_another_reviewers_verdict(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        card = pane(app).focused_card
        other = open_db(review_db)
        record_verdict(other, card.claim.id, "disputed", "bob")
        other.close()
        await press(pilot, "r")
        card = pane(app).focused_card
        assert card.claim.state.verdict == "disputed" and card.claim.state.reviewer == "bob"
        assert "bob" in str(card.render())


async def test_focus_change_shows_another_reviewers_verdict(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = pane(app).focused_card
        other = open_db(review_db)
        record_verdict(other, first.claim.id, "verified", "bob")
        other.close()
        await press(pilot, "l", "h")
        assert pane(app).focused_card is first
        assert first.claim.state.verdict == "verified" and first.claim.state.reviewer == "bob"


async def test_mouse_click_on_card_and_cluster(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        target = pane(app).cards[1][0]
        await pilot.click(target, offset=(3, 2))
        await settle(pilot)
        assert pane(app).cursor == (1, 0)
        row = next(y for y, line in enumerate(screen_text(app).splitlines()) if "Civilians remaining" in line)
        await pilot.click(offset=(6, row))  # the entry as drawn on screen
        await settle(pilot)
        assert app.screen.current_key == "c:k-civ"
        assert app.focused is pane(app)


async def test_reopening_resumes_at_first_unreviewed_claim(review_db, ids):
    db = open_db(review_db)
    for opening in ("Russian forces are", "The ratio of", "Russia loses five", "Wagner fighters control"):
        record_verdict(db, ids[opening], "verified", "alice")
    db.close()
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.current_key == "c:k-east"
        assert pane(app).focused_card.claim.id == ids["Ukrainian troops still"]


async def test_keymap_file_remaps_a_binding(review_db, tmp_path):
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('"verdict.verified" = "1"\n"bogus.id" = "9"\n', encoding="utf-8")
    app = WorkbenchApp(str(review_db), "alice", keymap_path=str(keymap))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("bogus.id" in w for w in app.keymap_warnings)
        claim = pane(app).focused_card.claim.id
        await press(pilot, "v")  # no longer bound
        assert current(review_db, claim) is None
        await press(pilot, "1")
        assert current(review_db, claim)[0] == "verified"


async def test_command_palette_offers_the_actions(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = pane(app).focused_card.claim.id
        await press(pilot, "ctrl+p")
        await pilot.press(*"verdict: disputed")
        await settle(pilot)
        await press(pilot, "enter")
        await settle(pilot)
        assert current(review_db, claim)[0] == "disputed"


async def test_clusters_pane_loads_pages_as_it_scrolls(tmp_path):
    from workbench.models import Article, ExtractedClaim
    from workbench.store import save_document
    from workbench.store.review import PAGE_SIZE

    path = tmp_path / "many.db"
    db = open_db(path)
    for i in range(PAGE_SIZE * 2 + 10):
        text = f"Report number {i} says the town held."
        save_document(
            db,
            Article(text=text, outlet=f"Outlet {i:03d}", published="2023-02-01", url=f"https://x.example/{i}"),
            [ExtractedClaim(0, 0, len(text), text)],
        )
    db.close()
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = clusters(app)
        assert len(listing.keys) == PAGE_SIZE * 2 + 10
        assert listing.loaded < len(listing.keys)  # paged, not all mounted
        listing.scroll_end(animate=False)
        await settle(pilot)
        assert listing.loaded > PAGE_SIZE
        await press(pilot, "K")  # still at the top: stays on the first group
        assert app.screen.current_key == listing.keys[0]


async def test_note_then_verdict_keeps_the_note_and_z_undoes_the_verdict(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = pane(app).focused_card.claim.id
        await press(pilot, "n")
        await pilot.press(*"asked the desk")
        await press(pilot, "enter")
        await press(pilot, "v", "h")
        assert current(review_db, claim) == ("verified", "alice", "asked the desk")
        assert pane(app).focused_card.claim.id == claim
        assert "✎ note: asked the desk" in str(pane(app).focused_card.render())
        await press(pilot, "z")  # the verdict goes; the note stays
        assert current(review_db, claim)[0] == "cleared"
        assert not pane(app).focused_card.claim.state.reviewed
        await press(pilot, "z")  # nothing of alice's left: a note is never undone silently
    db = open_db(review_db, create=False)
    try:
        kinds = [r[0] for r in db.execute("SELECT kind FROM verdict_events WHERE claim_id = ? ORDER BY id", [claim])]
    finally:
        db.close()
    assert kinds == ["note", "verdict", "verdict"]  # note, verdict, its undo


async def test_enter_opens_the_whole_article_with_the_claim_and_c_copies_its_id(review_db):
    from workbench.tui.screens.article import ArticleScreen

    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = pane(app).focused_card.claim
        assert f"id {claim.id}" in str(pane(app).focused_card.render())  # the id is on the card
        await press(pilot, "enter")
        assert isinstance(app.screen, ArticleScreen)
        text = screen_text(app)
        assert claim.outlet in text and claim.published in text and claim.id in text
        assert app.screen.article.text[app.screen.article.claim_start : app.screen.article.claim_end] == claim.text
        await press(pilot, "c")
        assert app.clipboard == claim.id
        await press(pilot, "escape")
        assert not isinstance(app.screen, ArticleScreen)
        assert pane(app).focused_card.claim.id == claim.id


async def test_status_line_shows_review_progress(review_db):
    from workbench.tui.widgets.status_line import StatusLine

    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = app.screen.query_one(StatusLine)
        total = app.screen.query_one(StatusLine).state.claims
        assert f"0/{total} reviewed (you 0) · 4 conflicts left (you 4)" in str(status.render())
        await press(pilot, "v", "r")
        assert f"1/{total} reviewed (you 1) · 3 conflicts left (you 3)" in str(status.render())


async def test_a_terminal_below_100x30_gets_a_clear_notice(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    notices: list[str] = []  # every notice as sent: a 10 s toast may have expired once a loaded machine settles
    show = app.notify
    app.notify = lambda message, *args, **kwargs: notices.append(str(message)) or show(message, *args, **kwargs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert any("laid out for 100×30" in m and "80×24" in m for m in notices)
        assert pane(app).focused_card is not None  # still usable: keys work as ever


async def test_a_verdict_key_never_waits_on_the_database(review_db):
    """Another process holds the write lock: the card and cursor move at once, the INSERT lands after."""
    import sqlite3

    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        card = pane(app).focused_card
        blocker = sqlite3.connect(review_db, timeout=5)
        blocker.execute("BEGIN IMMEDIATE")  # the write lock: a synchronous INSERT would block the UI here
        try:
            await pilot.press("v")
            await pilot.pause()
            assert card.claim.state.verdict == "verified" and pane(app).focused_card is not card
            assert current(review_db, card.claim.id) is None  # not committed yet
        finally:
            blocker.rollback()
            blocker.close()
        await settle(pilot)
        assert current(review_db, card.claim.id)[:2] == ("verified", "alice")


async def test_keys_commit_in_the_order_pressed(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = pane(app).focused_card.claim.id
        await pilot.press("d", "z")  # no settling between: the undo must still undo that verdict
        await settle(pilot)
        assert current(review_db, claim)[0] == "cleared"
    db = open_db(review_db, create=False)
    try:
        kinds = [r[0] for r in db.execute("SELECT verdict FROM verdict_events WHERE claim_id = ? ORDER BY id", [claim])]
    finally:
        db.close()
    assert kinds == ["disputed", "cleared"]


async def test_a_verdict_that_cannot_be_written_puts_the_card_back(review_db):
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        card = pane(app).focused_card
        other = open_db(review_db)
        # its article was edited meanwhile: the re-ingest removed the claim with its links (foreign keys hold)
        for sql in ("DELETE FROM relations WHERE claim_a = ? OR claim_b = ?", "DELETE FROM cluster_members WHERE claim_id = ?",
                    "DELETE FROM claim_frames WHERE claim_id = ?", "DELETE FROM claims WHERE id = ?"):
            other.execute(sql, [card.claim.id] * sql.count("?"))
        other.conn.commit()
        other.close()
        await pilot.press("v")
        await settle(pilot)
        assert not card.claim.state.reviewed  # back as it was
        assert any("no claim with id" in n.message for n in app._notifications)
