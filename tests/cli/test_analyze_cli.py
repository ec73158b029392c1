"""`workbench analyze` and `workbench clusters` through click's CliRunner on real sample databases."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from tests.analyze.fixtures_analyze import SAMPLES
from workbench.cli import main


def test_analyze_command_prints_summary(sample_db_copy, embed_cache_dir, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CACHE", str(embed_cache_dir))
    result = CliRunner().invoke(main, ["analyze", "--db", str(sample_db_copy), "--quiet", "--threshold", "0.7"])
    assert result.exit_code == 0, result.output
    assert "clusters covering" in result.output and "threshold 0.70" in result.output


def test_analyze_json_gives_counts_and_seconds_per_stage(sample_db_copy, embed_cache_dir, monkeypatch):
    """One JSON line a script (or the pipeline benchmark) can read: where the run's time went."""
    monkeypatch.setenv("WORKBENCH_CACHE", str(embed_cache_dir))
    result = CliRunner().invoke(main, ["analyze", "--db", str(sample_db_copy), "--quiet", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["claims"] > 0 and summary["clusters"] > 0 and summary["conflict"] >= 1
    stages = summary["stage_seconds"]
    assert list(stages) == ["embedding", "loading", "events", "relations", "writing"]
    assert all(v >= 0 for v in stages.values()) and sum(stages.values()) <= summary["seconds"] + 0.01


def test_clusters_tree_shows_outlets_relations_and_reasons(analyzed_samples):
    result = CliRunner().invoke(main, ["clusters", "--db", str(analyzed_samples.db_path)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "casualty ratio" in out and "Harbor Post" in out and "Meridian Wire" in out
    assert "5:1 vs 7:1" in out and "identical wording" in out


def test_clusters_conflicts_only(analyzed_samples):
    all_out = CliRunner().invoke(main, ["clusters", "--db", str(analyzed_samples.db_path)]).output
    result = CliRunner().invoke(main, ["clusters", "--db", str(analyzed_samples.db_path), "--conflicts"])
    assert result.exit_code == 0
    assert "with conflicts" in result.output and "conflict" in result.output
    assert "Volunteers evacuated" in all_out and "Volunteers evacuated" not in result.output


def test_missing_db_and_bad_nli_model_are_one_line_errors(tmp_path, sample_db_copy):
    result = CliRunner().invoke(main, ["clusters", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1 and "no such database" in result.output
    result = CliRunner().invoke(main, ["analyze", "--db", str(sample_db_copy), "-q", "--nli-model", str(tmp_path / "nli")])
    assert result.exit_code == 1 and "NLI model" in result.output and "Traceback" not in result.output


def test_clusters_before_analysis_says_what_to_do(tmp_path):
    from workbench.store import open_db

    open_db(tmp_path / "empty.db").close()
    result = CliRunner().invoke(main, ["clusters", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 0 and "workbench analyze" in result.output



def test_a_rule_that_breaks_on_one_event_costs_only_that_event(tmp_path, embed_cache_dir, monkeypatch):
    """A rule that raises on one unforeseen sentence (a held-out event once crashed the whole run) leaves that
    event's claims unrelated, names it in one line, lands every other event, and exits 1 like a failed ingest."""
    from workbench.analyze import event_workers
    from workbench.ingest import ingest_paths
    from workbench.store import open_db
    from workbench.store.clusters import cluster_tree

    corpus = Path(__file__).parents[1] / "gold" / "devcorpus" / "dev"
    db_path = tmp_path / "two.db"
    db = open_db(db_path)
    ingest_paths(db, [str(SAMPLES)] + [str(p) for p in sorted(corpus.glob("*_d60_*"))], {}, progress=False)
    db.close()
    real = event_workers.relate_event
    seen: list[int] = []

    def breaks_on_the_first_event(members, rows, *args):  # fault injection: the real rules for every other event
        seen.append(len(rows))
        if len(seen) == 1:
            return int(">1")  # the very error of the crash this guards against
        return real(members, rows, *args)

    monkeypatch.setattr(event_workers, "relate_event", breaks_on_the_first_event)
    monkeypatch.setenv("WORKBENCH_CACHE", str(embed_cache_dir))
    result = CliRunner().invoke(main, ["analyze", "--db", str(db_path), "--quiet", "--workers", "1"])
    assert result.exit_code == 1, result.output
    failed = [line for line in result.output.splitlines() if line.startswith("event not analysed")]
    assert len(failed) == 1 and "ValueError: invalid literal" in failed[0], result.output
    assert re.search(r"\(\w+\.py:\d+\)$", failed[0]), failed[0]  # where it broke, for the bug report
    assert "1 event(s) failed" in result.output and len(seen) == 2
    db = open_db(db_path, create=False)
    try:
        assert cluster_tree(db, False)  # the other event's facts were stored
    finally:
        db.close()
