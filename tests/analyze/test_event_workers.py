"""Relating events on worker processes stores exactly what one process stores (issue 12: speed, same result)."""

from __future__ import annotations

import shutil
import sqlite3

from benchmarks.diff_analysis import diff_databases
from benchmarks.diff_analysis import main as diff_main
from workbench.analyze import run_analysis
from workbench.analyze.event_workers import MIN_PARALLEL_CLAIMS, choose_workers
from workbench.store import open_db


def _analyze(path, embedder, workers: int) -> object:
    db = open_db(path, create=False)
    try:
        return run_analysis(db, progress=False, embedder=embedder, workers=workers)
    finally:
        db.close()


def test_two_workers_store_the_same_analysis_as_one(sample_db_copy, tmp_path, onnx_embedder):
    other = tmp_path / "other.db"
    shutil.copy(sample_db_copy, other)
    reports: list[tuple[str, int, int]] = []
    one = _analyze(sample_db_copy, onnx_embedder, workers=1)
    db = open_db(other, create=False)
    two = run_analysis(db, progress=lambda *a: reports.append(a), embedder=onnx_embedder, workers=2)
    db.close()
    tables = diff_databases(sample_db_copy, other)
    assert [t["table"] for t in tables if not t["identical"]] == []
    assert sum(t["rows_a"] for t in tables if t["table"] == "relations") > 0
    assert (one.clusters, one.agree, one.conflict, one.related) == (two.clusters, two.agree, two.conflict, two.related)
    assert set(two.stage_cpu_seconds) == set(two.stage_seconds)  # CPU per stage, the workers' included
    assert two.stage_cpu_seconds["relations"] > 0 and all(v >= 0 for v in two.stage_cpu_seconds.values())
    rel = [r for r in reports if r[0] == "relations"]
    assert rel and rel[-1][1] == rel[-1][2] == two.events  # progress counts every event, in order
    assert [r[1] for r in rel] == sorted(r[1] for r in rel)


def test_diff_reports_a_changed_reason_and_exits_1(sample_db_copy, tmp_path, capsys):
    other = tmp_path / "other.db"
    shutil.copy(sample_db_copy, other)
    assert diff_main([str(sample_db_copy), str(other)]) == 0
    conn = sqlite3.connect(other)
    # a short reason, so the shown row carries it whole whichever relation comes first (the first one's own
    # reason can be long enough for the shown excerpt to cut an appended marker off)
    conn.execute("UPDATE relations SET reason = 'reason (changed)' WHERE rowid = (SELECT min(rowid) FROM relations)")
    conn.commit()
    conn.close()
    assert diff_main([str(sample_db_copy), str(other), "--show", "1"]) == 1
    out = capsys.readouterr().out
    assert "relations" in out and "only before 1, only after 1" in out and "(changed)" in out
    assert [t["table"] for t in diff_databases(sample_db_copy, other) if not t["identical"]] == ["relations"]


def test_workers_start_only_for_a_corpus_that_repays_them():
    assert choose_workers(MIN_PARALLEL_CLAIMS - 1) == 1
    assert choose_workers(10, workers=3) == 3
    assert choose_workers(10, workers=0) == 1
    assert choose_workers(MIN_PARALLEL_CLAIMS) >= 1
