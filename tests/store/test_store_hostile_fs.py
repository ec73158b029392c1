"""A read-only directory and a full disk (issue 11): one clear line, never thousands."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.export.fixtures import build_sample
from workbench.cli import main
from workbench.ingest import ingest_paths
from workbench.store import StoreError, open_db, record_verdict
from workbench.store.db import StoreFull, StoreReadOnly, read_only_reason


def _mount(target: Path, options: str) -> bool:
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    except OSError:
        return False
    return done.returncode == 0


@contextlib.contextmanager
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A directory holding a workbench database, then made read-only for this process.

    As root, permissions do not stop writes, so a tmpfs is mounted and remounted read-only;
    otherwise the directory and the file lose their write bits.
    """
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = os.geteuid() == 0 and _mount(folder, "size=8m")
    if os.geteuid() == 0 and not mounted:
        pytest.skip("needs a tmpfs mount as root (permissions do not bind root)")
    try:
        sample = build_sample(folder / "claims.db")
        sample.db.close()
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            (folder / "claims.db").chmod(0o444)
            folder.chmod(0o555)
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        else:
            folder.chmod(0o755)


def test_database_in_read_only_directory_opens_read_only(tmp_path):
    with read_only_dir(tmp_path) as folder:
        db = open_db(folder / "claims.db", create=False)
        assert read_only_reason(db) in ("directory not writable", "file not writable")
        claims = [r[0] for r in db.execute("SELECT id FROM claims")]
        assert claims
        with pytest.raises(StoreReadOnly, match="read-only"):
            record_verdict(db, claims[0], "verified", reviewer="bob")
        db.close()


def test_cli_says_read_only_and_refuses_a_verdict_in_one_line(tmp_path):
    with read_only_dir(tmp_path) as folder:
        path = str(folder / "claims.db")
        runner = CliRunner()
        listed = runner.invoke(main, ["claims", "--db", path])
        assert listed.exit_code == 0, listed.output
        assert "opened read-only" in listed.output
        claim = open_db(path, create=False).execute("SELECT id FROM claims LIMIT 1").fetchone()[0]
        refused = runner.invoke(main, ["verdict", "--db", path, claim, "verified"])
        assert refused.exit_code == 1
        errors = [line for line in refused.output.splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and "read-only" in errors[0]


def _feed(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            sentence = f"The mayor said on Monday that {i} buildings were damaged in the storm. "
            fh.write(json.dumps({"url": f"https://news.example/{i}", "text": sentence * 20}) + "\n")


def test_full_database_stops_ingest_at_the_first_failed_write(tmp_path):
    """The real SQLITE_FULL path: the database may grow by about one and a half batches of documents."""
    from workbench.ingest.pipeline import SAVE_BATCH

    probe = open_db(tmp_path / "probe.db")
    before = probe.execute("PRAGMA page_count").fetchone()[0]
    _feed(tmp_path / "one_batch.jsonl", SAVE_BATCH)
    ingest_paths(probe, [str(tmp_path / "one_batch.jsonl")], progress=False)
    per_batch = probe.execute("PRAGMA page_count").fetchone()[0] - before
    probe.close()
    db = open_db(tmp_path / "claims.db")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + per_batch * 3 // 2}")
    feed = tmp_path / "feed.jsonl"
    n = max(300, SAVE_BATCH * 2 + 1)  # more than the room for one and a half batches, whatever the batch size
    _feed(feed, n)
    with pytest.raises(StoreFull, match="disk full") as caught:
        ingest_paths(db, [str(feed)], progress=False)
    assert "\n" not in str(caught.value)
    saved = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < saved < n  # the batches before the failure landed whole; the run stopped there
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_disk_is_one_line_from_the_cli(tmp_path):
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or not _mount(folder, "size=1m"):
        pytest.skip("needs a size-limited tmpfs (root)")
    try:
        feed = tmp_path / "feed.jsonl"
        _feed(feed, 400)
        result = CliRunner().invoke(main, ["ingest", "--quiet", "--db", str(folder / "claims.db"), str(feed)])
        assert result.exit_code == 1
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1, lines[:5]
        assert "disk full" in lines[0]
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_store_errors_stay_store_errors():
    assert issubclass(StoreFull, StoreError) and issubclass(StoreReadOnly, StoreError)


def test_new_database_in_a_read_only_directory_is_one_clear_line(tmp_path):
    with read_only_dir(tmp_path) as folder, pytest.raises(StoreError, match="directory not writable"):
        open_db(folder / "new.db")


def test_a_raw_sqlite_full_error_is_one_line_from_any_command(tmp_path):
    """Writes outside write_transaction (the embedding cache) reach the CLI as sqlite3 errors."""
    import click

    from workbench.cli.common import friendly_errors

    @click.command()
    @friendly_errors
    def writes() -> None:
        db = open_db(tmp_path / "c.db")
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
        db.execute("INSERT INTO meta (key, value) VALUES ('big', ?)", ["x" * 1_000_000])

    result = CliRunner().invoke(writes, [])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: disk full: the database cannot grow; stopped at the first failed write (free space and run again)"
    ]
