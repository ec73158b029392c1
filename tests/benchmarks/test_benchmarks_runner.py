"""The benchmark runner's plumbing: child measurement, result tables, JSON lookups."""

from __future__ import annotations

import sys

from benchmarks.common import machine, python_child, run_child, summarize
from benchmarks.evaluate import lookup
from benchmarks.run_all import discover, markdown, table_rows


def test_run_child_reads_the_childs_own_peak_memory_and_last_json_line(tmp_path):
    (tmp_path / "wb_small.py").write_text("print('noise')\nprint('{\"ok\": 1}')\n")
    (tmp_path / "wb_big.py").write_text(
        "b = bytearray(200 * 1024 * 1024)\nb[::4096] = b'x' * len(b[::4096])\nprint('{\"ok\": 2}')\n")
    env = {"PYTHONPATH": str(tmp_path)}
    big = run_child(python_child("wb_big"), env=env)
    small = run_child(python_child("wb_small"), env=env)
    plain = run_child([sys.executable, "-c", "print(1)"])
    assert (small.returncode, small.data) == (0, {"ok": 1})
    assert big.data == {"ok": 2}
    assert big.peak_rss_mb > 200 > small.peak_rss_mb + 150  # the big child's buffer shows and does not leak over
    assert plain.peak_rss_mb > 0  # non-Python commands fall back to wait4's ru_maxrss


def test_run_child_kills_a_child_past_its_timeout():
    run = run_child([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert run.returncode != 0 and "killed after" in run.stderr and run.wall_s < 10


def test_summarize_gives_median_min_max():
    assert summarize([3.0, 1.0, 2.0, 10.0]) == {"median": 2.5, "min": 1.0, "max": 10.0, "runs": 4}


def test_table_rows_for_results_lists_numeric_dicts_and_failures():
    listed = {"returncode": 0, "peak_rss_mb": 50.0, "data": {"results": [
        {"name": "ingest 1k", "unit": "claims/s", "median": 300.5, "min": 280.0, "max": 310.0, "runs": 3}]}}
    plain = {"returncode": 0, "peak_rss_mb": 10.0, "data": {"machine": {"cores": 2}, "rate": {"csv": 12.5}}}
    failed = {"returncode": 1, "peak_rss_mb": 5.0, "stdout_tail": ["Traceback ...", "ValueError: boom"]}
    assert table_rows("ingest", listed) == [["ingest", "ingest 1k", "claims/s", "300", "280", "310", "3", "50"]]
    assert table_rows("export", plain) == [["export", "rate.csv", "", "12.5", "", "", "", "10"]]
    assert table_rows("tui", failed)[0][1].startswith("failed: ValueError: boom")
    report = {"date": "2023-02-07", "machine": machine(), "commit": "abc", "started": "s", "finished": "f",
              "benchmarks": {"ingest": {**listed, "command": "python -m benchmarks.bench_ingest", "wall_s": 9.0}}}
    text = markdown(report)
    assert "| ingest | ingest 1k | claims/s | 300 |" in text and "cores" in text


def test_discover_finds_this_repos_benchmarks_and_lookup_walks_paths():
    assert "ingest" in discover()
    assert lookup({"a": {"b": {"c": 0.5}}}, "a.b.c") == 0.5
    assert lookup({"a": {}}, "a.b.c") is None
