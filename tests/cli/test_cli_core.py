"""Core CLI commands through click's CliRunner against real DB files."""

from __future__ import annotations

import json

import pytest

from workbench.cli import main
from workbench.cli.core_cmds import samples_dir
from workbench.store import current_verdict, history, open_db

ARTICLE = """Ukraine still holds 52% of the Donetsk region, the regional governor said on Tuesday.

About 500,000 civilians remain in the Ukrainian-held part of the region.
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "ledger_update.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def ingest(runner, db, *paths, extra=()):
    return runner.invoke(main, ["ingest", *map(str, paths), "--db", str(db), "-q", *extra])


def test_ingest_then_reingest_is_unchanged(runner, tmp_path, article):
    db = tmp_path / "claims.db"
    first = ingest(runner, db, article)
    assert first.exit_code == 0, first.output
    assert "1 added" in first.output
    second = ingest(runner, db, article)
    assert second.exit_code == 0
    assert "0 added" in second.output and "1 unchanged" in second.output


def test_overrides_apply_to_single_file(runner, tmp_path, article):
    db = tmp_path / "claims.db"
    result = ingest(runner, db, article, extra=["--outlet", "Harbor Post", "--published", "2023-02-09"])
    assert result.exit_code == 0, result.output
    row = open_db(db).execute("SELECT outlet, published FROM documents").fetchone()
    assert row[0] == "Harbor Post" and row[1].startswith("2023-02-09")


def test_overrides_refused_for_directories(runner, tmp_path, article):
    result = ingest(runner, tmp_path / "claims.db", tmp_path, extra=["--outlet", "X"])
    assert result.exit_code != 0
    assert "single article file" in result.output


def test_bad_file_reported_and_rest_lands(runner, tmp_path, article):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    db = tmp_path / "claims.db"
    result = ingest(runner, db, article, binary)
    assert result.exit_code == 1
    assert "photo.txt" in result.output
    assert "Traceback" not in result.output
    assert open_db(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_claims_json_and_unattributed(runner, tmp_path, article):
    db = tmp_path / "claims.db"
    ingest(runner, db, article)
    result = runner.invoke(main, ["claims", "--db", str(db), "--json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and all({"id", "text", "speaker", "speaker_kind"} <= row.keys() for row in rows)
    unattributed = runner.invoke(main, ["claims", "--db", str(db), "--json", "--unattributed"])
    rows_u = [json.loads(line) for line in unattributed.output.splitlines()]
    assert all(r["speaker_kind"] == "none" for r in rows_u)
    assert len(rows_u) < len(rows)


def test_verdict_and_undo_commands(runner, tmp_path, article):
    db = tmp_path / "claims.db"
    ingest(runner, db, article)
    claim_id = open_db(db).execute("SELECT id FROM claims ORDER BY sentence_index").fetchone()[0]
    ok = runner.invoke(main, ["verdict", claim_id, "verified", "--db", str(db), "--reviewer", "ann", "--note", "checked"])
    assert ok.exit_code == 0, ok.output
    assert current_verdict(open_db(db), claim_id)["verdict"] == "verified"
    undo = runner.invoke(main, ["undo", "--db", str(db), "--reviewer", "ann"])
    assert undo.exit_code == 0, undo.output
    assert [e["verdict"] for e in history(open_db(db), claim_id)] == ["verified", "cleared"]
    nothing = runner.invoke(main, ["undo", "--db", str(db), "--reviewer", "ann"])
    assert nothing.exit_code == 1 and "nothing to undo" in nothing.output


def test_reviewer_defaults_to_env(runner, tmp_path, article, monkeypatch):
    db = tmp_path / "claims.db"
    ingest(runner, db, article)
    claim_id = open_db(db).execute("SELECT id FROM claims").fetchone()[0]
    monkeypatch.setenv("WORKBENCH_REVIEWER", "desk-7")
    runner.invoke(main, ["verdict", claim_id, "disputed", "--db", str(db)])
    assert current_verdict(open_db(db), claim_id)["reviewer"] == "desk-7"


def test_unknown_claim_is_one_line_error(runner, tmp_path, article):
    db = tmp_path / "claims.db"
    ingest(runner, db, article)
    result = runner.invoke(main, ["verdict", "c000000000000", "verified", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output.strip().startswith("error:") and "Traceback" not in result.output


def test_missing_db_and_missing_directory(runner, tmp_path):
    missing = runner.invoke(main, ["claims", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no such database" in missing.output
    nodir = runner.invoke(main, ["ingest", "-", "--db", str(tmp_path / "no" / "dir.db")], input="Kyiv said so.\n")
    assert nodir.exit_code == 1 and "does not exist" in nodir.output


def test_db_from_environment(runner, tmp_path, article, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("WORKBENCH_DB", str(db))
    assert runner.invoke(main, ["ingest", str(article), "-q"]).exit_code == 0
    assert db.exists()
    status = runner.invoke(main, ["status"])
    assert status.exit_code == 0 and "documents" in status.output


def test_stdin_ingest(runner, tmp_path):
    db = tmp_path / "claims.db"
    result = runner.invoke(main, ["ingest", "-", "--db", str(db), "-q", "--outlet", "Wire"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert open_db(db).execute("SELECT outlet, fmt FROM documents").fetchone() == ("Wire", "stdin")


def test_demo_without_review_ingests_samples(runner, tmp_path):
    db = tmp_path / "demo.db"
    result = runner.invoke(main, ["demo", "--db", str(db), "--no-analyze", "--no-review"])
    assert result.exit_code == 0, result.output
    conn = open_db(db)
    outlets = {r[0] for r in conn.execute("SELECT DISTINCT outlet FROM documents")}
    assert len(outlets) >= 4
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 8
    assert samples_dir().joinpath("README.md").exists()


def test_demo_analyzes_with_the_settings_cache(runner, tmp_path, embed_cache_dir, monkeypatch):
    """``workbench demo`` hands Settings.cache_dir to the analysis: the model export is found there.

    The user cache dir points at an empty folder: an analysis that ignored the setting would
    export the model into it.
    """
    user_cache = tmp_path / "user-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(user_cache))
    monkeypatch.setenv("WORKBENCH_CACHE", str(embed_cache_dir))
    result = runner.invoke(main, ["demo", "--db", str(tmp_path / "demo.db"), "--no-review"])
    assert result.exit_code == 0, result.output
    assert "clusters covering" in result.output
    assert not user_cache.exists() or not any(user_cache.rglob("*.onnx"))


def test_config_file_sets_db_reviewer_and_organisation(runner, tmp_path, article, monkeypatch):
    """The group reads Settings once: a config.toml reaches ingest, verdict and export."""
    db = tmp_path / "from-config.db"
    config = tmp_path / "config.toml"
    config.write_text(f'db = "{db}"\nreviewer = "desk-cfg"\norganization = "Config Desk"\n', encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_CONFIG", str(config))
    monkeypatch.delenv("WORKBENCH_REVIEWER", raising=False)
    assert runner.invoke(main, ["ingest", str(article), "-q"]).exit_code == 0
    claim_id = open_db(db).execute("SELECT id FROM claims").fetchone()[0]
    assert runner.invoke(main, ["verdict", claim_id, "verified"]).exit_code == 0
    assert current_verdict(open_db(db), claim_id)["reviewer"] == "desk-cfg"
    out = tmp_path / "reviews.json"
    assert runner.invoke(main, ["export", "--format", "claimreview", "-o", str(out)]).exit_code == 0
    assert "Config Desk" in out.read_text(encoding="utf-8")


def test_broken_config_file_is_one_line(runner, tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text("db = [", encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_CONFIG", str(config))
    result = runner.invoke(main, ["status"])
    assert result.exit_code == 1 and "config.toml: invalid TOML" in result.output and "Traceback" not in result.output


def test_max_input_setting_reaches_the_readers(runner, tmp_path, monkeypatch):
    """$WORKBENCH_MAX_INPUT_MB is read once by the CLI (Settings) and passed down to ingest."""
    story = tmp_path / "story.txt"
    story.write_text(ARTICLE * 20, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.001")
    result = runner.invoke(main, ["ingest", str(story), "--db", str(tmp_path / "c.db"), "-q"])
    assert result.exit_code == 1 and "MB limit per input" in result.output
