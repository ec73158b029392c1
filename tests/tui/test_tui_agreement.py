"""Reviewer agreement in the review UI's status line, against real SQLite files.

Expected kappas are worked out by hand in the comments (kappa = (p_o - p_e) / (1 - p_e)),
not taken from the code under test.
"""

from __future__ import annotations

import pytest

from tests.tui.fixtures import build_review_db, claim_ids, screen_text, settle
from workbench.export.agreement import AgreementReport
from workbench.store import open_db, record_verdict
from workbench.tui.agreement_status import agreement_status, agreement_text
from workbench.tui.app import WorkbenchApp

SIZE = (160, 40)  # wide enough for the whole status line

# Four claims both rated, one only bob rated (it must not count as shared).
#   claim                     alice         bob
#   Russian forces are        verified      verified       agree
#   The ratio of              verified      disputed       differ
#   Russia loses five         disputed      disputed       agree
#   Wagner fighters control   unattributed  unattributed   agree
#   Ukrainian troops still    -             verified       (bob only)
# p_o = 3/4 = 0.75. Marginals over the 4 shared claims:
#   alice: verified 2/4, disputed 1/4, unattributed 1/4
#   bob:   verified 1/4, disputed 2/4, unattributed 1/4
# p_e = 0.5*0.25 + 0.25*0.5 + 0.25*0.25 = 0.3125
# kappa = (0.75 - 0.3125) / (1 - 0.3125) = 0.4375 / 0.6875 = 0.636... -> "0.64"
TWO_REVIEWERS = [
    ("Russian forces are", "alice", "verified"), ("Russian forces are", "bob", "verified"),
    ("The ratio of", "alice", "verified"), ("The ratio of", "bob", "disputed"),
    ("Russia loses five", "alice", "disputed"), ("Russia loses five", "bob", "disputed"),
    ("Wagner fighters control", "alice", "unattributed"), ("Wagner fighters control", "bob", "unattributed"),
    ("Ukrainian troops still", "bob", "verified"),
]  # fmt: skip
TWO_TEXT = "agreement κ 0.64 (alice·bob, 4 shared)"

# Three reviewers, three claims all of them rated (categories verified V / disputed D):
#   claim 1: V V V -> counts (3, 0), P_1 = (9 - 3) / (3*2) = 1
#   claim 2: V V D -> counts (2, 1), P_2 = (4 + 1 - 3) / 6 = 1/3
#   claim 3: D D D -> counts (0, 3), P_3 = 1
# P_bar = (1 + 1/3 + 1) / 3 = 7/9 = 63/81; p_V = 5/9, p_D = 4/9, P_e = 25/81 + 16/81 = 41/81
# kappa = (63/81 - 41/81) / (1 - 41/81) = 22/40 = 0.55
THREE_REVIEWERS = [
    ("Russian forces are", "alice", "verified"), ("Russian forces are", "bob", "verified"),
    ("Russian forces are", "carol", "verified"),
    ("The ratio of", "alice", "verified"), ("The ratio of", "bob", "verified"), ("The ratio of", "carol", "disputed"),
    ("Russia loses five", "alice", "disputed"), ("Russia loses five", "bob", "disputed"),
    ("Russia loses five", "carol", "disputed"),
]  # fmt: skip
THREE_TEXT = "Fleiss κ 0.55 (3 reviewers, 3 shared)"

# Both rated the same two claims "verified": p_o = 1, p_e = 1*1 = 1, kappa = 0/0 -> undefined.
DEGENERATE = [
    ("Russian forces are", "alice", "verified"), ("Russian forces are", "bob", "verified"),
    ("The ratio of", "alice", "verified"), ("The ratio of", "bob", "verified"),
]  # fmt: skip
DEGENERATE_TEXT = "agreement κ n/a (alice·bob, 2 shared)"


def write_verdicts(path, rows) -> None:
    db = open_db(path)
    try:
        ids = claim_ids(db)
        for opening, reviewer, verdict in rows:
            record_verdict(db, ids[opening], verdict, reviewer)
    finally:
        db.close()



def status(app) -> str:
    return str(app.screen.query_one("#status").render())


@pytest.mark.parametrize(
    "rows,expected",
    [(TWO_REVIEWERS, TWO_TEXT), (THREE_REVIEWERS, THREE_TEXT), (DEGENERATE, DEGENERATE_TEXT)],
    ids=["cohen", "fleiss", "undefined"],
)
def test_agreement_status_text(tmp_path, rows, expected):
    path = build_review_db(tmp_path / "review.db")
    write_verdicts(path, rows)
    db = open_db(path, create=False)
    try:
        assert agreement_status(db) == expected
    finally:
        db.close()


def test_one_reviewer_has_no_agreement_text(tmp_path):
    path = build_review_db(tmp_path / "review.db")
    write_verdicts(path, [r for r in TWO_REVIEWERS if r[1] == "alice"])
    db = open_db(path, create=False)
    try:
        assert agreement_status(db) is None
    finally:
        db.close()
    assert agreement_text(AgreementReport(reviewers=["alice"])) is None


async def test_two_reviewers_show_kappa_in_the_status_line(tmp_path):
    path = build_review_db(tmp_path / "review.db")
    write_verdicts(path, TWO_REVIEWERS)
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert TWO_TEXT in status(app)
        assert TWO_TEXT in screen_text(app)


async def test_one_reviewer_shows_no_agreement(tmp_path):
    path = build_review_db(tmp_path / "review.db")
    write_verdicts(path, [r for r in TWO_REVIEWERS if r[1] == "alice"])
    app = WorkbenchApp(str(path), "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "κ" not in status(app)
        assert "reviewer: alice" in status(app)


async def test_refresh_and_verdicts_update_the_agreement(tmp_path, monkeypatch):
    from workbench.tui.widgets import status_line

    monkeypatch.setattr(status_line, "AGREEMENT_DELAY_S", 0.05)
    path = build_review_db(tmp_path / "review.db")
    write_verdicts(path, [r for r in DEGENERATE if r[1] == "alice"])
    app = WorkbenchApp(str(path), "bob")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "κ" not in status(app)  # alice alone so far
        write_verdicts(path, [("Russian forces are", "bob", "verified")])  # another window
        await pilot.press("r")
        await settle(pilot)
        # one shared claim, both "verified": p_e = 1 -> undefined
        assert "agreement κ n/a (alice·bob, 1 shared)" in status(app)
        # the cursor starts on the first claim nobody rated; one column left is "The ratio of"
        # (alice: verified) and bob disputes it: 2 shared, p_o = 1/2;
        # alice 2/2 verified, bob 1/2 verified + 1/2 disputed: p_e = 1 * 1/2 = 1/2
        # kappa = (1/2 - 1/2) / (1 - 1/2) = 0
        await pilot.press("h")
        await settle(pilot)
        assert pane_claim_opening(app) == "The ratio of"
        await pilot.press("d")
        await pilot.pause(0.2)  # the coalescing timer (shortened above), then its worker
        await settle(pilot)
        assert "agreement κ 0.00 (alice·bob, 2 shared)" in status(app)


def pane_claim_opening(app) -> str:
    from workbench.tui.widgets.comparison import ComparisonPane

    return " ".join(app.screen.query_one(ComparisonPane).focused_card.claim.text.split()[:3])
