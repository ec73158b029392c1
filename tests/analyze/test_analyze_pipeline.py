"""run_analysis on the real samples: gold relations, stored columns, stable ids, resumable writes."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter

import pytest

from workbench.analyze import run_analysis
from workbench.store import open_db, record_verdict


def _relations(path) -> dict[tuple[str, str], tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    out = {(a, b): (r, why, m) for a, b, r, why, m in conn.execute("SELECT claim_a, claim_b, relation, reason, method FROM relations")}
    conn.close()
    return out


def test_every_planted_relation_is_found_and_no_false_conflict(analyzed_samples):
    from tests.analyze.fixtures_analyze import gold

    rels = _relations(analyzed_samples.db_path)
    gold_conflicts = set()
    for pair in gold("sample_relations.json")["pairs"]:
        a, b = sorted((analyzed_samples.find(pair["a"]), analyzed_samples.find(pair["b"])))
        assert (a, b) in rels, f"no relation stored for {pair['a']} / {pair['b']}"
        relation, reason, method = rels[(a, b)]
        assert relation == pair["relation"], f"{pair['a'][1]} / {pair['b'][1]}: {relation} ({reason})"
        for bit in pair["reason"]:
            assert bit in reason, reason
        assert method in ("rules", "frames")
        if relation == "conflict":
            gold_conflicts.add((a, b))
    false_conflicts = [k for k, v in rels.items() if v[0] == "conflict" and k not in gold_conflicts]
    assert false_conflicts == []
    assert all(a < b for a, b in rels)


def test_summary_and_cluster_columns_match_the_tables(analyzed_samples):
    s = analyzed_samples.summary
    db = open_db(analyzed_samples.db_path, create=False)
    distinct_texts = db.execute("SELECT count(DISTINCT text_hash) FROM claims").fetchone()[0]
    assert s.claims == db["claims"].count and s.embedded == distinct_texts < s.claims  # wire copies embedded once
    assert s.clusters == db["clusters"].count and s.clustered == db["cluster_members"].count
    assert (s.agree, s.conflict, s.related) == tuple(
        db.execute("SELECT count(*) FROM relations WHERE relation = ?", [r]).fetchone()[0] for r in ("agree", "conflict", "related")
    )
    for c in db.query("SELECT * FROM clusters"):
        members = db.execute(
            "SELECT count(*), count(DISTINCT d.outlet), max(cl.checkworthiness) FROM cluster_members m "
            "JOIN claims cl ON cl.id = m.claim_id JOIN documents d ON d.id = cl.document_id WHERE m.cluster_id = ?",
            [c["id"]],
        ).fetchone()
        assert (c["size"], c["n_outlets"]) == members[:2] and c["size"] >= 2
        assert c["max_checkworthiness"] == pytest.approx(members[2], abs=1e-4)
        assert c["label"] and c["updated_at"]
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert meta["embedding_model"] == s.model and float(meta["cluster_threshold"]) == pytest.approx(0.65)
    db.close()


def test_rerun_keeps_ids_and_never_touches_verdicts(sample_db_copy, onnx_embedder):
    db = open_db(sample_db_copy)
    before_members = dict(db.execute("SELECT claim_id, cluster_id FROM cluster_members").fetchall())
    claim = next(iter(before_members))
    record_verdict(db, claim, "disputed", "tester", "checked")
    events = list(db.query("SELECT * FROM verdict_events"))
    summary = run_analysis(db, progress=False, embedder=onnx_embedder)
    assert summary.embedded == 0
    assert dict(db.execute("SELECT claim_id, cluster_id FROM cluster_members").fetchall()) == before_members
    assert list(db.query("SELECT * FROM verdict_events")) == events


def test_new_documents_join_existing_clusters_with_stable_ids(tmp_path, onnx_embedder):
    from tests.analyze.fixtures_analyze import SAMPLES, claim_table
    from workbench.ingest import ingest_paths

    first = tmp_path / "first"
    first.mkdir()
    for f in SAMPLES.iterdir():
        if f.name not in ("harbor_post_analysis.txt", "README.md"):
            shutil.copy(f, first / f.name)
    db = open_db(tmp_path / "inc.db")
    ingest_paths(db, [str(first)], {}, progress=False)
    run_analysis(db, progress=False, embedder=onnx_embedder)
    old = dict(db.execute("SELECT claim_id, cluster_id FROM cluster_members").fetchall())
    later = tmp_path / "later"
    later.mkdir()
    shutil.copy(SAMPLES / "harbor_post_analysis.txt", later)
    ingest_paths(db, [str(later)], {}, progress=False)
    summary = run_analysis(db, progress=False, embedder=onnx_embedder)
    assert summary.embedded > 0
    new = dict(db.execute("SELECT claim_id, cluster_id FROM cluster_members").fetchall())
    # a new document may pull a claim into a better fact, but every old id lives on with most of its claims
    members: dict[str, list[str]] = {}
    for claim, cid in old.items():
        members.setdefault(cid, []).append(claim)
    for cid, claims_of in members.items():
        successors = Counter(new.get(c) for c in claims_of)
        assert successors[cid] == max(successors.values()) > 0, (cid, successors)
    claims = {c["id"]: c for c in claim_table(db)}
    ratio_old = next(c for c, k in old.items() if "five Russian soldiers" in claims[c]["text"])
    five_to_one = next(c for c in claims if "five to one" in claims[c]["text"])
    assert new[five_to_one] == old[ratio_old]


def test_failed_write_leaves_previous_analysis_whole(sample_db_copy, onnx_embedder, monkeypatch):
    from sqlite_utils.db import Table

    before = _relations(sample_db_copy)
    real = Table.insert_all

    real = Table.upsert_all

    def boom(self, records, *args, **kwargs):  # killed inside the swap, after the live rows were deleted
        if self.name == "meta":
            raise KeyboardInterrupt
        return real(self, records, *args, **kwargs)

    monkeypatch.setattr(Table, "upsert_all", boom)
    db = open_db(sample_db_copy)
    with pytest.raises(KeyboardInterrupt):
        run_analysis(db, threshold=0.9, progress=False, embedder=onnx_embedder)
    monkeypatch.undo()
    db.close()
    assert _relations(sample_db_copy) == before
    conn = sqlite3.connect(sample_db_copy)
    assert conn.execute("SELECT count(*) FROM clusters").fetchone()[0] > 0
    conn.close()


def test_missing_nli_model_is_a_one_line_error(tmp_path):
    from workbench.analyze.nli import NliError, NliJudge

    with pytest.raises(NliError) as err:
        NliJudge(str(tmp_path / "no-such-nli"))
    assert "\n" not in str(err.value) and "no-such-nli" in str(err.value)
    with pytest.raises(NliError) as err:
        NliJudge("example-org/not-a-cached-nli-model")
    assert "\n" not in str(err.value) and "not available offline" in str(err.value)


def test_labels_come_from_the_clusters_words(analyzed_samples):
    db = open_db(analyzed_samples.db_path, create=False)
    label_of = {}
    for claim, label in db.execute(
        "SELECT m.claim_id, c.label FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id"
    ):
        label_of[claim] = label
    db.close()
    assert "ratio" in label_of[analyzed_samples.find(["harbor_post_analysis.txt", "five to one"])]
    assert "share" in label_of[analyzed_samples.find(["kyiv_ledger_bakhmut_holds.md", "controls 52%"])]
    assert "civilians" in label_of[analyzed_samples.find(["harbor_post_analysis.txt", "half a million civilians"])]


def test_empty_database_analyses_to_nothing(tmp_path, onnx_embedder):
    db = open_db(tmp_path / "empty.db")
    summary = run_analysis(db, progress=False, embedder=onnx_embedder)
    assert (summary.claims, summary.clusters, summary.agree + summary.conflict + summary.related) == (0, 0, 0)
    assert db["clusters"].count == 0 and dict(db.execute("SELECT key, value FROM meta").fetchall())["embedding_model"]


def test_progress_is_one_callback_of_stage_done_total(sample_db_copy, onnx_embedder):
    """run_analysis reports through the core's ProgressFn (the CLI draws it): each stage counts up to its total."""
    calls: list[tuple[str, int, int | None]] = []
    db = open_db(sample_db_copy)
    run_analysis(db, embedder=onnx_embedder, progress=lambda stage, done, total: calls.append((stage, done, total)))
    last = {stage: (done, total) for stage, done, total in calls}
    assert "relations" in last
    assert all(done == total for done, total in last.values()), last
