"""`workbench analyze` and `workbench clusters` through click's CliRunner on real sample databases."""

from __future__ import annotations

import json

from click.testing import CliRunner

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
