"""The installed ``workbench review`` in a real terminal (tmux): layout and a v/z round trip.

Skips with a reason where tmux or the console script is missing. Polls the pane and the
database with a deadline (a real terminal gives no completion events to wait on).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.tui.fixtures import build_review_db
from workbench.store import open_db

SCRIPT = Path(sys.executable).with_name("workbench")
pytestmark = [
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux not installed (apt-get install -y tmux)"),
    pytest.mark.skipif(not SCRIPT.exists(), reason="console script missing (pip install -e . --no-deps)"),
]


def wait_for(predicate, what: str, timeout: float = 30.0, show=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}" + (f"; the screen:\n{show()}" if show else ""))


def current_verdicts(db_path: Path) -> dict[str, str]:
    db = open_db(db_path, create=False)
    try:
        return {c: v for c, v in db.execute("SELECT claim_id, verdict FROM current_verdicts") if v != "cleared"}
    finally:
        db.close()


def event_count(db_path: Path) -> int:
    db = open_db(db_path, create=False)
    try:
        return db.execute("SELECT count(*) FROM verdict_events").fetchone()[0]
    finally:
        db.close()


@pytest.fixture
def tmux(tmp_path):
    socket = f"wbtest-{os.getpid()}-{tmp_path.name}"

    def run(*args: str) -> str:
        done = subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True, timeout=20)
        return done.stdout

    yield run
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, timeout=20)


def test_review_in_tmux_side_by_side_and_v_then_z(tmp_path, tmux):
    db_path = build_review_db(tmp_path / "claims.db")
    before = current_verdicts(db_path)
    events = event_count(db_path)
    # -u COLUMNS/LINES: an inherited size (pytest sets COLUMNS) would override the 140x40 pane
    env = f"env -u COLUMNS -u LINES TERM=xterm-256color XDG_CONFIG_HOME={tmp_path / 'config'} WORKBENCH_KEYMAP="
    tmux("new-session", "-d", "-x", "140", "-y", "40", "-s", "wb", f"{env} {SCRIPT} review --db {db_path} --reviewer alice")

    def screen() -> str:
        return tmux("capture-pane", "-p", "-t", "wb")

    def side_by_side() -> list[str] | None:
        lines = screen().splitlines()
        heads = any("Kyiv Ledger · 2023-02-07" in line and "Northern Dispatch · 2023-02-08" in line for line in lines)
        claims = any("Colonel Ihor Lysenko" in line and "a Western official" in line for line in lines)
        return lines if heads and claims else None

    # two outlets' columns: their headers and their claims stand on the same screen rows
    lines = wait_for(side_by_side, "two outlets side by side", show=screen)
    assert any("⚠ 1 conflict" in line for line in lines)

    tmux("send-keys", "-t", "wb", "v")
    wait_for(lambda: event_count(db_path) == events + 1, "the verdict event")
    assert current_verdicts(db_path) != before
    wait_for(lambda: "VERIFIED" in screen(), "the verdict on screen")
    tmux("send-keys", "-t", "wb", "z")
    wait_for(lambda: event_count(db_path) == events + 2, "the undo event")
    assert current_verdicts(db_path) == before

    tmux("send-keys", "-t", "wb", "q")
    wait_for(lambda: "wb" not in tmux("list-sessions"), "the app to quit")


def test_blind_review_then_adjudication_then_seen_before_in_tmux(tmp_path, tmux):
    """bob disputed a claim; alice reviews blind, decides, sees the split, adjudicates; a copy says 'seen before'."""
    from tests.tui.fixtures import claim_ids
    from workbench.models import Article, Attribution, ExtractedClaim
    from workbench.store import record_verdict, save_document
    from workbench.store.reviewers import review_view

    db_path = build_review_db(tmp_path / "claims.db")
    db = open_db(db_path, create=False)
    try:
        ratio = claim_ids(db)["Russian forces are"]
        text = db.execute("SELECT text FROM claims WHERE id = ?", [ratio]).fetchone()[0]
        record_verdict(db, ratio, "disputed", "bob")
        copy = ExtractedClaim(0, 0, len(text), text, Attribution("a spokesman", "named", "said"), 0.8, [])
        save_document(db, Article(text, "Wire Desk", "Copy", "https://wire.example/c", None, "2023-03-01", "w.txt", "txt"), [copy])
    finally:
        db.close()
    events = event_count(db_path)
    env = f"env -u COLUMNS -u LINES TERM=xterm-256color XDG_CONFIG_HOME={tmp_path / 'config'} WORKBENCH_KEYMAP="
    command = f"{env} {SCRIPT} review --db {db_path} --reviewer alice --blind"
    tmux("new-session", "-d", "-x", "200", "-y", "50", "-s", "wb", command)

    def screen() -> str:
        return tmux("capture-pane", "-p", "-t", "wb")

    # blind: bob's dispute is withheld, only its existence is said
    wait_for(lambda: "1 verdict hidden until you decide" in screen(), "the hidden verdict", show=screen)
    assert "DISPUTED" not in screen() and "bob" not in screen()
    tmux("send-keys", "-t", "wb", "h")  # the conflict cluster opens on the next column: back to bob's claim
    wait_for(lambda: "▶ ○ unreviewed" in screen(), "the cursor on the blind card", show=screen)
    tmux("send-keys", "-t", "wb", "v")
    wait_for(lambda: event_count(db_path) == events + 1, "alice's verdict")
    wait_for(lambda: "you: ✔ verified · bob: ✘ disputed" in screen(), "the verdicts revealed", show=screen)
    assert "reviewers disagree" in screen()

    tmux("send-keys", "-t", "wb", "h", "A")  # the cursor advanced: back, then adjudicate
    wait_for(lambda: "Adjudicate as alice" in screen(), "the adjudication prompt", show=screen)
    tmux("send-keys", "-t", "wb", "-l", "d sourced later")
    tmux("send-keys", "-t", "wb", "Enter")
    wait_for(lambda: event_count(db_path) == events + 2, "the adjudication event")
    wait_for(lambda: "adjudicated: disputed · by alice" in screen(), "the adjudication on the card", show=screen)
    db = open_db(db_path, create=False)
    try:
        view = review_view(db, ratio, "alice")
    finally:
        db.close()
    assert (view.state, view.final, view.adjudication.note) == ("adjudicated", "disputed", "sourced later")

    tmux("send-keys", "-t", "wb", "/")
    wait_for(lambda: "Search claim text" in screen(), "the search prompt", show=screen)
    tmux("send-keys", "-t", "wb", "-l", "Wire Desk")
    tmux("send-keys", "-t", "wb", "Enter")
    wait_for(lambda: "seen before: disputed by alice on" in screen(), "seen before on the copy", show=screen)
    assert "suggested from earlier decisions: disputed" in screen()

    tmux("send-keys", "-t", "wb", "q")
    wait_for(lambda: "wb" not in tmux("list-sessions"), "the app to quit")
