"""benchmarks.analyze_memory: the digest that tells two analyses apart, and the per-stage RSS report."""

from __future__ import annotations

import sqlite3

from benchmarks.analyze_memory import STAGES, digest, measure


def test_digest_is_stable_and_sees_a_changed_relation(sample_db_copy):
    before = digest(sample_db_copy)
    assert before == digest(sample_db_copy) and before["relations"][0] > 0
    conn = sqlite3.connect(sample_db_copy)
    conn.execute("UPDATE relations SET reason = reason || '!' WHERE rowid = (SELECT min(rowid) FROM relations)")
    conn.commit()
    conn.close()
    after = digest(sample_db_copy)
    assert after["relations"] != before["relations"] and after["clusters"] == before["clusters"]


def test_measure_reports_rss_per_stage_and_leaves_the_same_analysis(sample_db_copy, embed_cache_dir, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CACHE", str(embed_cache_dir))
    before = digest(sample_db_copy)
    out = measure(sample_db_copy)
    assert out["embedded"] == 0 and out["claims"] > 0
    sampled = out["peak_rss_mb_by_stage"]  # stages shorter than the 50 ms sampling step may have no sample
    assert sampled and set(sampled) <= {*STAGES, "after"} and all(v > 0 for v in sampled.values())
    assert list(out["peak_rss_mb_so_far"]) == list(STAGES)
    assert digest(sample_db_copy) == before  # rerunning the analysis on unchanged data stores the same rows
