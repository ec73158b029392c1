"""The analysis tables through the store: staged swap, dropped claims, events read back, facts merged."""

from __future__ import annotations

import sqlite3

from workbench.analyze.fact_merge import merge_facts
from workbench.analyze.relate import Relation
from workbench.extract import extract_claims
from workbench.models import Article
from workbench.store import open_db, save_document
from workbench.store.analysis import (
    ClusterRow,
    EventRecord,
    RelationRow,
    event_of_clusters,
    load_claims,
    load_documents,
    read_events,
    write_results,
)


def _db(tmp_path):
    db = open_db(tmp_path / "a.db")
    for name, text in (("one", "The port authority said 600 dockers joined the strike on Monday. Talks resume on Friday."),
                       ("two", "The dockers' union said 2,500 dockers walked out on Monday. Talks resume on Friday.")):
        save_document(db, Article(text=text, source_path=f"{name}.txt", fmt="txt", outlet=name, title=f"Strike {name}",
                                  published="2027-01-05"), extract_claims(text, "2027-01-05"))
    return db


def test_write_results_swaps_in_events_clusters_and_relations(tmp_path):
    db = _db(tmp_path)
    claims = load_claims(db)
    docs = load_documents(db)
    assert {d.title for d in docs} == {"Strike one", "Strike two"} and all(c.frame is not None for c in claims)
    a, b = sorted(c.id for c in claims if "dockers" in c.text)
    event = EventRecord("e1", "Dockers strike", "2027-01-05", "2027-01-05", [d.id for d in docs])
    cluster = ClusterRow("k1", "dockers count", [a, b], 2, 0.9, event_id="e1", earliest=a)
    write_results(db, [event], [cluster], [RelationRow(a, b, "conflict", "source vs source: 600 vs 2,500", "frames")],
                  {"embedding_model": "test"})
    (ev,) = read_events(db)
    assert (ev.id, ev.label, ev.n_documents, ev.cluster_ids) == ("e1", "Dockers strike", 2, ["k1"])
    assert event_of_clusters(db)["k1"].id == "e1"
    row = db.execute("SELECT size, n_conflicts, event_id FROM clusters").fetchone()
    assert tuple(row) == (2, 1, "e1")
    assert db.execute("SELECT name FROM sqlite_temp_master WHERE name LIKE 'stage_%'").fetchall() == []


def test_a_claim_gone_before_the_swap_is_dropped_with_its_cluster(tmp_path):
    db = _db(tmp_path)
    a, b = sorted(c.id for c in load_claims(db) if "dockers" in c.text)
    # as a re-ingest of an edited article removes it: its frame and the claim (foreign keys hold)
    db.execute("DELETE FROM claim_frames WHERE claim_id = ?", [b])
    db.execute("DELETE FROM claims WHERE id = ?", [b])
    db.conn.commit()
    write_results(db, [], [ClusterRow("k1", "x", [a, b], 2, 0.5, earliest=a)], [RelationRow(a, b, "agree", "r")], {})
    assert db.execute("SELECT count(*) FROM clusters").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM relations").fetchone()[0] == 0


def test_the_swap_holds_the_write_lock_only_for_the_swap(tmp_path):
    """While results are staged, another connection can still write (staging is in TEMP)."""
    db = _db(tmp_path)
    (a, b) = sorted(c.id for c in load_claims(db) if "dockers" in c.text)
    db.execute("CREATE TEMP TABLE probe (x)")  # the staging connection has its own temp schema
    other = sqlite3.connect(tmp_path / "a.db", timeout=0.1)
    db.execute("INSERT INTO temp.probe VALUES (1)")  # an open temp write must not lock the shared file
    other.execute("INSERT INTO meta (key, value) VALUES ('probe', '1')")
    other.commit()
    other.close()
    write_results(db, [], [ClusterRow("k1", "x", [a, b], 2, 0.5, earliest=a)], [], {})
    assert db.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone()[0] == "1"


def test_facts_join_only_through_slot_verdicts():
    groups = [[0, 1], [2, 3]]
    rels = [(1, 2, Relation("conflict", "source vs source", method="frames")), (3, 4, Relation("agree", "similar"))]
    assert merge_facts(groups, rels) == [[0, 1, 2, 3]]
    rels.append((4, 5, Relation("update", "update: 40 → 75", method="frames")))
    assert merge_facts(groups, rels) == [[0, 1, 2, 3], [4, 5]]


def _vm_steps_to_write_one_relation(tmp_path, n_claims: int) -> int:
    """SQLite VM steps (in thousands) that ``write_results`` takes to store one relation among ``n_claims`` claims."""
    db = open_db(tmp_path / f"w{n_claims}.db")
    db["documents"].insert({"id": "d1", "doc_key": "k", "sha256": "0", "text": "x", "title": "t", "ingested_at": "2027"})
    db["claims"].insert_all(({"id": f"c{k:06d}", "document_id": "d1", "text": f"claim {k}", "speaker_kind": "none"}
                             for k in range(n_claims)), batch_size=1000)
    db.conn.commit()
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    db.conn.set_progress_handler(count, 1000)
    write_results(db, [], [], [RelationRow("c000000", "c000001", "agree", "r")], {})
    db.conn.set_progress_handler(None, 0)
    assert db.execute("SELECT count(*) FROM relations").fetchone()[0] == 1
    return steps[0]


def test_storing_relations_costs_linear_in_claims_not_quadratic(tmp_path):
    """The relation insert once looped claims x claims (90 s of the 10k analysis): doubling claims must not quadruple it."""
    small, big = _vm_steps_to_write_one_relation(tmp_path, 1500), _vm_steps_to_write_one_relation(tmp_path, 3000)
    assert big <= 3 * max(small, 1)


def test_relations_staged_in_pieces_are_counted_per_cluster_at_the_swap(tmp_path):
    """The streamed analysis hands relations over one event at a time; clusters count those inside them."""
    from workbench.store.analysis import ResultWriter

    db = _db(tmp_path)
    for name, text in (("three", "The mayor said 40 buses stopped on Monday."), ("four", "Police said 45 buses stopped on Monday.")):
        save_document(db, Article(text=text, source_path=f"{name}.txt", fmt="txt", outlet=name, title=f"Buses {name}",
                                  published="2027-01-05"), extract_claims(text, "2027-01-05"))
    ids = sorted(c.id for c in load_claims(db))
    a, b, c, d = ids[:4]
    writer = ResultWriter(db)
    writer.add_relations([(a, b, "conflict", "600 vs 2,500", "frames")])
    writer.add_relations([(c, d, "agree", "same", "rules"), (a, c, "agree", "across clusters", "rules")])
    writer.finish([], [ClusterRow("k1", "x", [a, b], 2, 0.5, earliest=a), ClusterRow("k2", "y", [c, d], 2, 0.5, earliest=c)],
                  {})
    counts = db.execute("SELECT id, n_conflicts, n_agreements FROM clusters ORDER BY id").fetchall()
    assert [tuple(r) for r in counts] == [("k1", 1, 0), ("k2", 0, 1)]
    assert db.execute("SELECT count(*) FROM relations").fetchone()[0] == 3
    assert db.execute("SELECT name FROM sqlite_temp_master WHERE name LIKE 'stage_%'").fetchall() == []


def test_relation_indexes_are_rebuilt_as_they_were_after_the_swap(tmp_path):
    """The swap drops the relations' own indexes for its bulk insert and recreates them from their stored SQL."""
    db = _db(tmp_path)
    db.execute('CREATE INDEX "idx_relations_kind" ON relations (relation, claim_a)')  # one a later migration might add
    db.conn.commit()

    def indexes() -> list[tuple[str, str]]:
        return db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relations' "
                          "ORDER BY name").fetchall()

    before = indexes()
    assert {n for n, _ in before} >= {"idx_relations_claim_b", "idx_relations_kind", "sqlite_autoindex_relations_1"}
    claims = load_claims(db)
    a, b = sorted(c.id for c in claims if "dockers" in c.text)
    event = EventRecord("e1", "Dockers strike", "2027-01-05", "2027-01-05", [d.id for d in load_documents(db)])
    write_results(db, [event], [ClusterRow("k1", "dockers", [a, b], 2, 0.9, event_id="e1", earliest=a)],
                  [RelationRow(a, b, "conflict", "600 vs 2,500", "frames")], {})
    assert indexes() == before
    plan = " ".join(str(r) for r in db.execute("EXPLAIN QUERY PLAN SELECT * FROM relations WHERE claim_b = ?", [b]))
    assert "idx_relations_claim_b" in plan
    assert db.execute("SELECT claim_a, relation FROM relations WHERE claim_b = ?", [b]).fetchall() == [(a, "conflict")]
