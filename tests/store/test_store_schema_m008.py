"""Migration m008 (issue 11): foreign keys on every link table, FTS over claims, adjudication in the view."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from tests.export.fixtures import build_sample
from workbench.store import open_db
from workbench.store.db import write_transaction
from workbench.store.schema import migrations

LINKS = {
    "cluster_members": {("claim_id", "claims"), ("cluster_id", "clusters")},
    "relations": {("claim_a", "claims"), ("claim_b", "claims")},
    "claim_frames": {("claim_id", "claims")},
    "document_events": {("document_id", "documents"), ("event_id", "events")},
}


def test_every_link_table_declares_its_foreign_keys(tmp_path):
    db = open_db(tmp_path / "c.db")
    for table, expected in LINKS.items():
        assert {(fk.column, fk.other_table) for fk in db[table].foreign_keys} == expected, table


def test_foreign_keys_are_checked_at_commit(tmp_path):
    sample = build_sample(tmp_path / "c.db")
    with pytest.raises(sqlite3.IntegrityError), write_transaction(sample.db):
        sample.db.execute("INSERT INTO relations (claim_a, claim_b, relation) VALUES (?, 'gone', 'agree')", [sample.a])
    # Inside one transaction the order of statements is free (deferred constraints).
    with write_transaction(sample.db):
        sample.db.execute("DELETE FROM cluster_members")
        sample.db.execute("DELETE FROM clusters")
        sample.db.execute("INSERT INTO cluster_members (claim_id, cluster_id) VALUES (?, 'k2')", [sample.a])
        sample.db.execute("INSERT INTO clusters (id, label, size) VALUES ('k2', 'x', 1)")


def test_upgrade_keeps_rows_and_drops_dangling_links(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m008_review_record")
    old.execute(
        "INSERT INTO documents (id, doc_key, sha256, text, ingested_at) VALUES ('d1', 'k', 's', 't', '2026-01-01')"
    )
    old.execute("INSERT INTO claims (id, document_id, text, speaker_kind) VALUES ('c1', 'd1', 'x', 'none')")
    old.execute("INSERT INTO claims (id, document_id, text, speaker_kind) VALUES ('c2', 'd1', 'y', 'none')")
    old.execute("INSERT INTO relations (claim_a, claim_b, relation, reason) VALUES ('c1', 'c2', 'agree', 'r')")
    old.execute("INSERT INTO relations (claim_a, claim_b, relation, reason) VALUES ('c1', 'gone', 'agree', 'r')")
    old.execute("INSERT INTO claim_frames (claim_id, frame) VALUES ('c1', '{}')")
    old.conn.commit()
    old.close()
    db = open_db(path)
    assert db.execute("SELECT claim_a, claim_b, reason FROM relations").fetchall() == [("c1", "c2", "r")]
    assert db.execute("SELECT claim_id FROM claim_frames").fetchall() == [("c1",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert {i.name for i in db["relations"].indexes} >= {"idx_relations_claim_b"}
    assert db.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'x'").fetchone()[0] == 1
