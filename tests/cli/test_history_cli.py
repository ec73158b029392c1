"""``workbench history CLAIM_ID``: the audit trail of one claim, and its errors."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.export.fixtures import Sample, add_document, build_sample
from workbench.cli import main
from workbench.models import Attribution
from workbench.store import record_note, record_verdict, undo_last

WIDE = {"COLUMNS": "200"}


@pytest.fixture
def sample(tmp_path) -> Sample:
    return build_sample(tmp_path / "claims.db")


def run_history(sample: Sample, claim_id: str):
    return CliRunner().invoke(main, ["history", claim_id, "--db", str(sample.path)], env=WIDE)


def test_history_lists_every_event_in_order(sample):
    first = record_verdict(sample.db, sample.a, "verified", "alice", "two sources agree")
    second = record_verdict(sample.db, sample.a, "disputed", "bob", "7:1 elsewhere")
    note = record_note(sample.db, sample.a, "asked the desk", "carol")
    undo = undo_last(sample.db, "bob")
    result = run_history(sample, sample.a)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert sample.a in out and "Five Russians die" in out and "Meridian Wire" in out
    lines = [line for line in out.splitlines() if line.startswith("│")]
    ids = [line.split("│")[1].strip() for line in lines]
    assert ids == [str(e["id"]) for e in (first, second, note, undo)]  # oldest first
    assert "alice" in lines[0] and "verified" in lines[0] and "two sources agree" in lines[0]
    assert first["created_at"][:19].replace("T", " ") in lines[0]
    assert "bob" in lines[1] and "disputed" in lines[1] and "7:1 elsewhere" in lines[1]
    assert "carol" in lines[2] and "asked the desk" in lines[2]
    assert f"undoes #{second['id']}" in lines[3] and f"undoes #{second['id']}" not in "".join(lines[:3])
    assert "current verdict: verified by alice" in out  # the undo restores alice's verdict; a note is no verdict


def test_history_per_reviewer_summary(sample):
    record_verdict(sample.db, sample.c, "verified", "alice")
    record_verdict(sample.db, sample.c, "disputed", "bob")
    out = run_history(sample, sample.c).stdout
    assert "current verdict: disputed" in out
    assert "per reviewer: alice: verified, bob: disputed" in out


def test_history_of_unreviewed_claim(sample):
    result = run_history(sample, sample.d)
    assert result.exit_code == 0 and "never reviewed" in result.stdout


def test_history_survives_claim_removal(sample):
    record_verdict(sample.db, sample.b, "unattributed", "alice")
    # the article is edited: the sentence of claim b disappears, its history stays
    add_document(
        sample.db,
        [("Five Russians die for every Ukrainian, Pavlo Kyrylenko said.", Attribution("Pavlo Kyrylenko", "named"), [])],
        outlet="Meridian Wire",
        title="Bakhmut holds, for now",
        url="https://meridian.example/bakhmut",
        published="2023-02-07",
    )
    result = run_history(sample, sample.b)
    assert result.exit_code == 0, result.output
    assert "no longer in the store" in result.stdout and "unattributed" in result.stdout


def test_unknown_claim_is_one_line_error(sample):
    result = run_history(sample, "c-not-there")
    assert result.exit_code != 0
    assert "no claim with id 'c-not-there'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stdout == ""


def test_missing_db_is_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["history", "c1", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code != 0
    assert "no such database" in result.stderr and len(result.stderr.strip().splitlines()) == 1
