"""A killed export leaves no hidden temporary behind (issue 11), and a write is whole or absent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.export.fixtures import build_sample
from workbench.export import write_export
from workbench.export.atomic import clean_stale_temps

ROOT = Path(__file__).resolve().parents[2]

# The child opens the export's temporary, writes, says "ready", and waits to be killed.
CHILD = """
import sys, time
from pathlib import Path
from workbench.export.atomic import atomic_text_file
with atomic_text_file(Path(sys.argv[1])) as fh:
    fh.write("half an export" * 1000)
    fh.flush()
    print("ready", flush=True)
    time.sleep(60)
"""


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _start_child(out: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(out)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_kill_9_temporary_is_removed_by_the_next_export(tmp_path):
    sample = build_sample(tmp_path / "claims.db")
    out = tmp_path / "verdicts.csv"
    child = _start_child(out)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert len(_temps(tmp_path)) == 1, "kill -9 cannot be caught: its temporary stays until the next export"
    write_export(sample.db, out, "csv")
    assert _temps(tmp_path) == []
    assert out.read_text(encoding="utf-8").startswith("claim_id,")


def test_sigterm_removes_the_temporary_and_leaves_no_file(tmp_path):
    out = tmp_path / "verdicts.csv"
    child = _start_child(out)
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=30) == 128 + signal.SIGTERM
    assert _temps(tmp_path) == []
    assert not out.exists()


def test_only_temporaries_of_dead_writers_of_this_target_are_cleaned(tmp_path):
    out = tmp_path / "verdicts.csv"
    dead = tmp_path / f".verdicts.csv.{_dead_pid()}.abc123.tmp"
    live = tmp_path / f".verdicts.csv.{os.getppid()}.def456.tmp"
    other = tmp_path / f".other.csv.{_dead_pid()}.ghi789.tmp"
    legacy_old = tmp_path / ".verdicts.csv.k2j3h4g5.tmp"
    legacy_new = tmp_path / ".verdicts.csv.z9y8x7w6.tmp"
    for p in (dead, live, other, legacy_old, legacy_new):
        p.write_text("partial", encoding="utf-8")
    os.utime(legacy_old, (1_000_000, 1_000_000))
    assert clean_stale_temps(out) == 2
    assert _temps(tmp_path) == sorted([live.name, other.name, legacy_new.name])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "claimreview"])
def test_a_failed_export_leaves_neither_temporary_nor_file(tmp_path, fmt):
    sample = build_sample(tmp_path / "claims.db")
    out = tmp_path / "out.txt"
    sample.db.execute("PRAGMA foreign_keys=OFF")
    sample.db.execute("DROP TABLE claims")  # the row query fails midway
    with pytest.raises(sqlite3.OperationalError):
        write_export(sample.db, out, fmt)
    assert _temps(tmp_path) == [] and not out.exists()
