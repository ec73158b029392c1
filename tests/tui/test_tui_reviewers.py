"""Pilot tests: several reviewers in the review UI (issue 11) -- seen before, blind mode, the
reviewers-disagree filter and adjudication, against real SQLite files built through the store."""

from __future__ import annotations

import pytest

from tests.tui.fixtures import screen_text, settle
from workbench.models import Article, Attribution, ExtractedClaim
from workbench.store import open_db, record_verdict, save_document
from workbench.store.review import group_keys, group_of_claim
from workbench.store.reviewers import disagreeing_claims, review_view
from workbench.store.verdicts import record_adjudication
from workbench.tui.adjudication import parse_adjudication
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.prompt import PromptScreen
from workbench.tui.widgets.cluster_list import ClusterList
from workbench.tui.widgets.comparison import ComparisonPane

SIZE = (140, 44)
RATIO = "Russian forces are"  # a claim of the first cluster (k-ratio), named by its opening words


async def press(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def pane(app) -> ComparisonPane:
    return app.screen.query_one(ComparisonPane)


def card_of(app, claim_id: str):
    card = pane(app).card_for(claim_id)
    assert card is not None
    return card


async def focus(pilot, app, claim_id: str) -> None:
    pane(app).move_to(card_of(app, claim_id))
    await settle(pilot)


def save_copy(db_path, sentence: str, outlet: str, url: str) -> str:
    """A second outlet running ``sentence`` word for word (wire copy); returns its claim id."""
    db = open_db(db_path, create=False)
    try:
        claim = ExtractedClaim(0, 0, len(sentence), sentence, Attribution("a spokesman", "named", "said"), 0.8, [])
        article = Article(sentence, outlet, "Copy", url, None, "2023-03-01", f"{outlet}.txt", "txt")
        doc_id, _ = save_document(db, article, [claim])
        return db.execute("SELECT id FROM claims WHERE document_id = ?", [doc_id]).fetchone()[0]
    finally:
        db.close()


def verdicts(db_path, *decisions: tuple[str, str, str]) -> None:
    db = open_db(db_path, create=False)
    try:
        for claim, verdict, reviewer in decisions:
            record_verdict(db, claim, verdict, reviewer)
    finally:
        db.close()




async def test_a_claim_seen_before_says_who_decided_it_and_suggests_that_verdict(review_db, ids):
    text = next(t for t in _claim_texts(review_db) if t.startswith(RATIO))
    copy = save_copy(review_db, text, "Wire Desk", "https://wire.example/copy")
    verdicts(review_db, (ids[RATIO], "verified", "bob"))
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"Wire Desk", "enter")  # the copy's document group
        card = pane(app).focused_card
        assert card.claim.id == copy
        shown = str(card.render())
        assert "↺ seen before: verified by bob on " in shown and RATIO in shown
        assert "suggested from earlier decisions: verified" in shown
        assert "seen before: verified by bob" in screen_text(app)
        # the original itself is decided, and the copy is not: the original shows no match
        await press(pilot, "slash", "ctrl+u", "enter")
        assert pane(app).focused_card.claim.id == copy  # clearing the search keeps the open group
        clusters = app.screen.query_one(ClusterList)
        clusters.select_index(clusters.index_of(_group_of(review_db, ids[RATIO])))  # the original's cluster
        await settle(pilot)
        await focus(pilot, app, ids[RATIO])
        assert "seen before" not in str(card_of(app, ids[RATIO]).render())


def _group_of(db_path, claim_id: str) -> str:
    db = open_db(db_path, create=False)
    try:
        return group_of_claim(db, claim_id)
    finally:
        db.close()


def _claim_texts(db_path) -> list[str]:
    db = open_db(db_path, create=False)
    try:
        return [row[0] for row in db.execute("SELECT text FROM claims")]
    finally:
        db.close()


async def test_seen_before_text_is_made_printable(review_db):
    hostile = "The mayor said \x1b[2J\x1b]8;;https://evil.example\x07 300 homes were hit."
    first = save_copy(review_db, hostile, "First Desk", "https://first.example/a")
    save_copy(review_db, hostile, "Second Desk", "https://second.example/b")
    verdicts(review_db, (first, "disputed", "fc"))
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"Second Desk", "enter")
        shown = str(pane(app).focused_card.render())
        assert "seen before: disputed by fc" in shown
        assert not any(ord(ch) < 32 and ch != "\n" for ch in shown)


async def test_blind_mode_hides_the_others_until_you_decide(review_db, ids):
    verdicts(review_db, (ids[RATIO], "disputed", "bob"))
    app = WorkbenchApp(str(review_db), "alice", blind=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.sub_title.endswith("· blind")
        await focus(pilot, app, ids[RATIO])
        card = card_of(app, ids[RATIO])
        shown = str(card.render())
        assert "○ unreviewed" in shown and "1 verdict hidden until you decide (blind)" in shown
        assert "bob" not in shown and "DISPUTED" not in shown and "-reviewed" not in card.classes
        await press(pilot, "v")  # alice decides: bob's verdict appears beside hers
        shown = str(card.render())
        assert "you: ✔ verified · bob: ✘ disputed" in shown and "⚡ reviewers disagree" in shown
        assert "hidden" not in shown


async def test_b_toggles_blind_mode_on_the_open_cards(review_db, ids):
    verdicts(review_db, (ids[RATIO], "disputed", "bob"), (ids["The ratio of"], "verified", "alice"))
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        card = card_of(app, ids[RATIO])
        assert "✘ DISPUTED · bob" in str(card.render())
        await press(pilot, "b")
        assert app.blind and "· blind" in app.sub_title
        assert "bob" not in str(card.render()) and "1 verdict hidden" in str(card.render())
        assert "✔ VERIFIED · you" in str(card_of(app, ids["The ratio of"]).render())  # your own stay
        await press(pilot, "b")
        assert not app.blind and "✘ DISPUTED · bob" in str(card.render())


async def test_each_reviewer_sees_their_own_verdict_and_the_others_apart(review_db, ids):
    verdicts(review_db, (ids[RATIO], "disputed", "fc"), (ids[RATIO], "verified", "bob"))
    app = WorkbenchApp(str(review_db), "fc")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = str(card_of(app, ids[RATIO]).render())
        # bob's later verify no longer hides fc's dispute
        assert "you: ✘ disputed · bob: ✔ verified" in shown and "⚡ reviewers disagree" in shown


async def test_f_reaches_the_reviewers_disagree_filter(review_db, ids):
    verdicts(
        review_db,
        (ids["Wagner fighters control"], "verified", "bob"),
        (ids["Wagner fighters control"], "disputed", "fc"),
    )
    verdicts(review_db, (ids[RATIO], "verified", "bob"), (ids[RATIO], "verified", "fc"))
    app = WorkbenchApp(str(review_db), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "f", "f", "f", "f")
        assert app.screen.filter_name == "split"
        assert app.screen.query_one(ClusterList).keys == ["c:k-east"]
        assert "filter: reviewers disagree" in screen_text(app)


def test_split_filter_is_the_stores_disagreeing_claims(review_db, ids):
    verdicts(
        review_db,
        (ids["Wagner fighters control"], "verified", "bob"),
        (ids["Wagner fighters control"], "disputed", "fc"),
        (ids["About 5,000 civilians"], "verified", "bob"),
        (ids["About 5,000 civilians"], "unattributed", "fc"),
        (ids["About 5,000 civilians"], "cleared", "fc"),  # fc withdrew: no longer split
        (ids[RATIO], "verified", "bob"),
        (ids[RATIO], "disputed", "fc"),
    )
    db = open_db(review_db, create=False)
    try:
        record_adjudication(db, ids[RATIO], "disputed", "editor")  # settled: off the to-do list
        assert disagreeing_claims(db) == [ids["Wagner fighters control"]]
        assert group_keys(db, "split") == ["c:k-east"]
    finally:
        db.close()


async def test_A_records_the_adjudication_in_a_worker_and_the_card_shows_it(review_db, ids):
    verdicts(review_db, (ids[RATIO], "verified", "bob"), (ids[RATIO], "disputed", "alice"))
    app = WorkbenchApp(str(review_db), "fc")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await focus(pilot, app, ids[RATIO])
        await press(pilot, "A")
        assert isinstance(app.screen, PromptScreen)
        assert "alice: disputed · bob: verified" in app.screen.title_text
        await press(pilot, *"d the later figure is sourced", "enter")
        shown = str(card_of(app, ids[RATIO]).render())
        assert "⚖ adjudicated: disputed · by fc — the later figure is sourced" in shown
        assert "✘ DISPUTED · you" in shown
        db = open_db(review_db, create=False)
        try:
            view = review_view(db, ids[RATIO], "fc")
        finally:
            db.close()
        assert (view.state, view.final, view.adjudication.reviewer) == ("adjudicated", "disputed", "fc")


async def test_A_with_no_verdict_word_records_nothing(review_db, ids):
    app = WorkbenchApp(str(review_db), "fc")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        claim = pane(app).focused_card.claim.id
        await press(pilot, "A", *"maybe", "enter")
        assert any("start with the final verdict" in n.message for n in app._notifications)
        await press(pilot, "A", "escape")
        db = open_db(review_db, create=False)
        try:
            assert review_view(db, claim, "fc").adjudication is None
        finally:
            db.close()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("d", ("disputed", None)),
        ("verified  two sources", ("verified", "two sources")),
        ("U no source", ("unattributed", "no source")),
    ],
)
def test_parse_adjudication(line, expected):
    assert parse_adjudication(line) == expected


@pytest.mark.parametrize("line", ["", "clear", "x", "maybe later"])
def test_parse_adjudication_refuses_anything_but_a_final_verdict(line):
    with pytest.raises(ValueError, match="final verdict"):
        parse_adjudication(line)


async def test_A_prompt_shows_markup_in_reviewer_names_as_typed(review_db, ids):
    verdicts(review_db, (ids[RATIO], "verified", "[/]"), (ids[RATIO], "disputed", "[b]x\x1b[2J"))
    app = WorkbenchApp(str(review_db), "[red]fc")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await focus(pilot, app, ids[RATIO])
        await press(pilot, "A")
        assert isinstance(app.screen, PromptScreen)
        text = screen_text(app)
        assert "Adjudicate as [red]fc" in text and "[/]: verified" in text and "[b]x" in text
        assert "\x1b" not in text
        await press(pilot, *"v", "enter")
        assert "adjudicated: verified · by [red]fc" in str(card_of(app, ids[RATIO]).render())


async def test_the_new_keys_are_remapped_by_their_ids(review_db, tmp_path):
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('"review.blind" = "ctrl+b"\n"claim.adjudicate" = "ctrl+a"\n', encoding="utf-8")
    app = WorkbenchApp(str(review_db), "alice", keymap_path=str(keymap))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.keymap_warnings == []
        await press(pilot, "b")  # no longer bound
        assert not app.blind
        await press(pilot, "ctrl+b")
        assert app.blind
        await press(pilot, "ctrl+a")
        assert isinstance(app.screen, PromptScreen) and "Adjudicate as alice" in app.screen.title_text
