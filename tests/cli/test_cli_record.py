"""The review record on the CLI (issue 11): adjudicate, claims filters and views, search, seen before, plurals."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.export.fixtures import build_sample
from workbench.cli import main
from workbench.store import record_verdict


@pytest.fixture
def sample(tmp_path):
    s = build_sample(tmp_path / "claims.db")
    record_verdict(s.db, s.a, "disputed", reviewer="fc")
    record_verdict(s.db, s.a, "verified", reviewer="bob")
    record_verdict(s.db, s.b, "verified", reviewer="fc")
    return s


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_adjudicate_settles_a_split_and_claims_disagree_lists_only_open_splits(sample):
    db = str(sample.path)
    assert [r["id"] for r in json_lines(run("claims", "--db", db, "--disagree", "--json"))] == [sample.a]
    out = run("adjudicate", sample.a, "disputed", "--db", db, "--reviewer", "desk", "--note", "military figure")
    assert "disputed (adjudicated) by desk" in out
    assert json_lines(run("claims", "--db", db, "--disagree", "--json")) == []
    [row] = json_lines(run("claims", "--db", db, "--state", "adjudicated", "--json"))
    assert (row["id"], row["verdict"], row["reviewer"]) == (sample.a, "disputed", "desk")
    history = run("history", sample.a, "--db", db)
    assert "disputed (adjudication)" in history


def test_reviewer_view_shows_mine_and_others_apart(sample):
    out = run("claims", "--db", str(sample.path), "--reviewer", "fc", "--state", "split")
    assert "disputed (mine)" in out and "bob: verified" in out and "split" in out


def test_blind_view_hides_others_until_decided(sample):
    db = str(sample.path)
    rows = {r["id"]: r for r in json_lines(run("claims", "--db", db, "--reviewer", "cat", "--blind", "--json"))}
    assert rows[sample.a]["verdict"] is None and rows[sample.a]["review"]["hidden"] == 2
    assert rows[sample.a]["review"]["others"] == []
    table = run("claims", "--db", db, "--reviewer", "cat", "--blind")
    assert "2 verdicts hidden" in table and "bob" not in table
    run("verdict", sample.a, "verified", "--db", db, "--reviewer", "cat")
    rows = {r["id"]: r for r in json_lines(run("claims", "--db", db, "--reviewer", "cat", "--blind", "--json"))}
    assert [o["reviewer"] for o in rows[sample.a]["review"]["others"]] == ["bob", "fc"]


def test_search_finds_claims_by_words_and_survives_fts_syntax(sample):
    db = str(sample.path)
    hits = json_lines(run("search", "senior official", "--db", db, "--json"))
    assert [h["claim_id"] for h in hits] == [sample.d]
    assert json_lines(run("search", "ratio", "--db", db, "--json"))[0]["claim_id"] == sample.c
    assert [h["claim_id"] for h in json_lines(run("search", "offic*", "--db", db, "--json"))] == [sample.d]
    for hostile in ['"', "AND OR NOT", "-(", "*", "NEAR("]:
        result = CliRunner().invoke(main, ["search", "--db", db, "--json", "--", hostile])
        assert result.exit_code == 0 and "Traceback" not in result.output


def test_search_index_follows_edits(sample):
    sample.db.execute("UPDATE claims SET text = 'An entirely new sentence about bridges.' WHERE id = ?", [sample.b])
    sample.db.conn.commit()
    hits = json_lines(run("search", "bridges", "--db", str(sample.path), "--json"))
    assert [h["claim_id"] for h in hits] == [sample.b]


def test_history_shows_seen_before_and_a_suggestion(tmp_path):
    from tests.export.fixtures import add_document
    from workbench.models import Attribution
    from workbench.store import open_db

    db = open_db(tmp_path / "seen.db")
    sentence = ("The ministry said 40 people were hurt.", Attribution("the ministry", "organization", "said"), [])
    [old] = add_document(db, [sentence], outlet="Daily", title="a", url="https://d.example/1", published="2026-03-01")
    [new] = add_document(db, [sentence], outlet="Weekly", title="b", url="https://w.example/2", published="2026-03-09")
    record_verdict(db, old, "verified", reviewer="bob")
    out = run("history", new, "--db", str(tmp_path / "seen.db"))
    assert "seen before (wording): verified by bob on " in out
    assert "suggested verdict from earlier decisions: verified" in out
    data = json.loads(run("history", new, "--db", str(tmp_path / "seen.db"), "--json"))
    assert data["suggested_from_seen"] == "verified" and data["seen_before"][0]["claim_id"] == old
    [row] = [r for r in json_lines(run("claims", "--db", str(tmp_path / "seen.db"), "--json")) if r["id"] == new]
    assert row["suggested_from_seen"] == "verified"
    assert row["seen_before"][0]["describe"].startswith("verified by bob on ")
    listing = " ".join(run("claims", "--db", str(tmp_path / "seen.db")).split())
    assert "seen before:" in listing


def test_one_claim_is_singular(tmp_path):
    from tests.export.fixtures import add_document
    from workbench.models import Attribution
    from workbench.store import open_db

    db = open_db(tmp_path / "one.db")
    add_document(db, [("The mayor said 3 roads closed.", Attribution("the mayor", "named", "said"), [])],
                 outlet="Daily", title="a", url="https://d.example/1", published="2026-03-01")  # fmt: skip
    out = run("claims", "--db", str(tmp_path / "one.db"))
    assert "1 claim\n" in out or " 1 claim " in out
    assert "1 claims" not in out


def test_status_and_agreement_json(sample):
    db = str(sample.path)
    status = json.loads(run("status", "--db", db, "--json"))
    assert status["claims"] == 4 and status["reviewers"] == 2
    assert status["split_claims_not_adjudicated"] == 1 and status["progress"]["reviewed_by_anyone"] == 2
    report = json.loads(run("agreement", "--db", db, "--json"))
    assert report["reviewers"] == ["bob", "fc"]
    assert report["pairs"][0]["kappa"]["n"] == 1
    assert [d["claim_id"] for d in report["disagreements"]] == [sample.a]
    assert report["alpha"]["units"] == 1


def test_clusters_json(sample):
    [cluster] = json_lines(run("clusters", "--db", str(sample.path), "--json"))
    assert cluster["id"] == "k1" and cluster["size"] == 2
    assert sorted(m["claim_id"] for m in cluster["members"]) == sorted([sample.a, sample.c])
    assert [r["relation"] for r in cluster["relations"]] == ["conflict"]


def test_status_names_the_reviewer_safely(sample):
    out = run("status", "--db", str(sample.path), "--reviewer", "[/]bob[bold]")
    assert "reviewed by [/]bob[bold]" in out
