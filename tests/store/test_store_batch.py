"""Batched saves: many documents per transaction, each one whole or absent (issue 12)."""

from __future__ import annotations

import json
import sqlite3

from tests.store.test_store import claims_for
from workbench.ingest.pipeline import SAVE_BATCH, ingest_paths
from workbench.models import Article
from workbench.store import open_db
from workbench.store.documents import document_rows, save_documents


def _article(i: int) -> Article:
    return Article(text=f"Officials said {100 + i} people left town {i}. Nothing else.", source_path=f"doc{i}.txt")


def test_a_failing_document_rolls_back_alone(tmp_path):
    db = open_db(tmp_path / "c.db")
    good = [document_rows(_article(i), claims_for(_article(i).text)) for i in range(3)]
    bad_text = "Officials said 7 people left. Nothing else."
    bad = document_rows(Article(text=bad_text, source_path="bad.txt"), claims_for(bad_text))
    bad.claims[0]["document_id"] = None  # NOT NULL: fails after its document row was written
    results = save_documents(db, [good[0], bad, good[1], good[2]])
    assert [r[1] for r in results if not isinstance(r, Exception)] == ["added"] * 3
    assert isinstance(results[1], sqlite3.IntegrityError)
    paths = [r[0] for r in db.execute("SELECT source_path FROM documents ORDER BY source_path")]
    assert paths == ["doc0.txt", "doc1.txt", "doc2.txt"]  # the bad document's row was rolled back
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == sum(len(r.claims) for r in good)
    assert not db.conn.in_transaction


def test_resaving_a_batch_is_unchanged_and_keeps_ids(tmp_path):
    db = open_db(tmp_path / "c.db")
    items = [document_rows(_article(i), claims_for(_article(i).text)) for i in range(5)]
    first = save_documents(db, items)
    ids = sorted(r[0] for r in db.execute("SELECT id FROM claims"))
    again = save_documents(db, items)
    assert [r[0] for r in first] == [r[0] for r in again]
    assert {r[1] for r in again} == {"unchanged"}
    assert sorted(r[0] for r in db.execute("SELECT id FROM claims")) == ids


def test_ingest_over_several_batches_lands_every_document(tmp_path):
    feed = tmp_path / "feed.jsonl"
    n = SAVE_BATCH * 2 + 5
    feed.write_text("".join(json.dumps({"text": f"Officials said {i} trucks arrived on day {i}.", "url": f"https://e.x/{i}",
                                        "outlet": "Wire"}) + "\n" for i in range(n)), encoding="utf-8")
    db = open_db(tmp_path / "c.db")
    summary = ingest_paths(db, [str(feed)], progress=False)
    assert (summary.added, summary.failed, len(summary.document_ids)) == (n, 0, n)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == n
    again = ingest_paths(db, [str(feed)], progress=False)
    assert (again.added, again.unchanged) == (0, n)


def test_the_fast_path_writes_what_a_savepoint_per_document_writes(tmp_path):
    """A batch with no failure is written without savepoints (issue 12); the rows are those of the slow path."""
    from workbench.store.documents import _save_one_by_one

    items = [document_rows(_article(i), claims_for(_article(i).text)) for i in range(6)]
    fast, slow = open_db(tmp_path / "fast.db"), open_db(tmp_path / "slow.db")
    assert save_documents(fast, items) == _save_one_by_one(slow, items)
    for table, order in (("documents", "id"), ("claims", "id"), ("claim_frames", "claim_id")):
        cols = "*" if table != "documents" else "id, doc_key, sha256, text, sentence_spans"
        rows = [db.execute(f"SELECT {cols} FROM {table} ORDER BY {order}").fetchall() for db in (fast, slow)]
        assert rows[0] == rows[1] and (rows[0] or table == "claim_frames")
    hits = [db.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'officials'").fetchall() for db in (fast, slow)]
    assert hits[0] == hits[1] and hits[0]
