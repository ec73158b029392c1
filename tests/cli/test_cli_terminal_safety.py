"""Untrusted text and user-typed values on the terminal: no escape sequence, no markup crash."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.store import history, open_db

ESC = "\x1b[2J\x1b]8;;http://evil.example\x07"


@pytest.fixture
def hostile_db(tmp_path):
    feed = tmp_path / "feed.jsonl"
    record = {"outlet": f"Evil{ESC}Outlet", "title": f"T{ESC}",
              "text": f"The mayor said on Monday that 40 homes{ESC} were destroyed by the flood."}
    feed.write_text(json.dumps(record) + "\n")
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _claim_id(db_path) -> str:
    db = open_db(db_path)
    try:
        return next(db.query("SELECT id FROM claims"))["id"]
    finally:
        db.conn.close()


def test_claims_table_shows_no_escape_sequence(hostile_db):
    out = CliRunner().invoke(main, ["claims", "--db", str(hostile_db)]).output
    assert "\x1b]8" not in out and "\x1b[2J" not in out and "\x07" not in out
    assert "Evil" in out


def test_markup_in_reviewer_neither_crashes_nor_is_recorded_twice(hostile_db):
    cid = _claim_id(hostile_db)
    runner = CliRunner()
    result = runner.invoke(main, ["verdict", cid, "disputed", "--db", str(hostile_db), "--reviewer", "[/]bob[bold]"])
    assert result.exit_code == 0, result.output
    assert "[/]bob[bold]" in result.output  # shown as typed, not interpreted
    hist = runner.invoke(main, ["history", cid, "--db", str(hostile_db)])
    assert hist.exit_code == 0, hist.output
    assert "\x1b" not in hist.output
    undo = runner.invoke(main, ["undo", "--db", str(hostile_db), "--reviewer", "[/]bob[bold]"])
    assert undo.exit_code == 0, undo.output
    db = open_db(hostile_db)
    try:
        assert [e["verdict"] for e in history(db, cid)][:1] == ["disputed"]
        assert len(history(db, cid)) == 2  # the verdict and its undo, each once
    finally:
        db.conn.close()


def test_error_messages_are_shown_as_text(tmp_path):
    result = CliRunner().invoke(main, ["claims", "--db", str(tmp_path / "[/]x\x1b[2J.db")])
    assert result.exit_code != 0
    assert "\x1b[2J" not in result.output and "[/]x" in result.output
