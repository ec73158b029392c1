"""One analysis at a time (issue 11): the lock table, stale holders, and two `workbench analyze` runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.store import locks as locks_module
from workbench.store import open_db
from workbench.store.locks import ANALYSIS, LockTimeout, hold_lock, lock_holder, try_lock

ROOT = Path(__file__).resolve().parents[2]

# Takes the analysis lock, says "locked", and on a line from stdin runs the real analysis
# (when asked) inside the lock, then releases it.
HOLDER = """
import sys
from workbench.store import open_db
from workbench.store.locks import ANALYSIS, hold_lock
db = open_db(sys.argv[1], create=False)
with hold_lock(db, ANALYSIS):
    print("locked", flush=True)
    if sys.stdin.readline().strip() == "analyze":
        from workbench.analyze import run_analysis
        from workbench.settings import Settings
        run_analysis(db, progress=False, cache_dir=Settings.load().cache_dir)
print("released", flush=True)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _holder(db_path: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env or _env(),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


def test_second_taker_waits_until_the_first_releases(tmp_path):
    path = tmp_path / "c.db"
    db = open_db(path)
    child = _holder(path)
    holder = try_lock(db, ANALYSIS)
    assert holder is not None and holder.pid == child.pid
    with pytest.raises(LockTimeout, match=str(child.pid)), hold_lock(db, ANALYSIS, timeout=0.2, poll=0.05):
        pass
    assert child.stdin is not None
    child.stdin.write("release\n")
    child.stdin.flush()
    seen = []
    with hold_lock(db, ANALYSIS, poll=0.05, on_wait=seen.append) as result:
        assert lock_holder(db, ANALYSIS).pid == os.getpid()
    assert child.wait(timeout=30) == 0
    assert lock_holder(db, ANALYSIS) is None
    assert result.waited_for is None or result.waited_for.pid == child.pid
    assert len(seen) <= 1


def test_lock_of_a_killed_holder_is_taken_over(tmp_path):
    path = tmp_path / "c.db"
    db = open_db(path)
    child = _holder(path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert lock_holder(db, ANALYSIS).pid == child.pid  # kill -9 left the row behind
    assert try_lock(db, ANALYSIS) is None
    assert lock_holder(db, ANALYSIS).pid == os.getpid()


def test_holder_on_another_host_is_stale_after_its_heartbeat_stops(tmp_path):
    db = open_db(tmp_path / "c.db")
    db.execute(
        "INSERT INTO locks (name, pid, host, acquired_at, heartbeat) VALUES (?, 1, 'elsewhere', '2026-01-01', ?)",
        [ANALYSIS, time.time()],
    )
    db.conn.commit()
    assert try_lock(db, ANALYSIS, stale_after=60).host == "elsewhere"
    assert try_lock(db, ANALYSIS, stale_after=0.0) is None


def test_heartbeat_is_renewed_while_held(tmp_path, monkeypatch):
    monkeypatch.setattr(locks_module, "HEARTBEAT_SECONDS", 0.02)
    db = open_db(tmp_path / "c.db")
    with hold_lock(db, ANALYSIS):
        first = lock_holder(db, ANALYSIS).heartbeat
        deadline = time.monotonic() + 20
        while lock_holder(db, ANALYSIS).heartbeat == first and time.monotonic() < deadline:
            time.sleep(0.01)
        assert lock_holder(db, ANALYSIS).heartbeat > first


@pytest.mark.slow
def test_second_analyze_waits_and_reuses_the_first(sample_db_copy, embed_cache_dir):
    env = {**_env(), "WORKBENCH_CACHE": str(embed_cache_dir)}
    child = _holder(sample_db_copy, env)
    second = subprocess.Popen(
        [sys.executable, "-c", "from workbench.cli import main; main()", "analyze", "--db", str(sample_db_copy), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert second.stderr is not None
    assert "waiting for the analysis running in process" in second.stderr.readline()
    assert child.stdin is not None
    child.stdin.write("analyze\n")
    child.stdin.flush()
    out, err = second.communicate(timeout=300)
    assert child.wait(timeout=300) == 0
    assert second.returncode == 0, err
    assert "reused, nothing recomputed" in out
