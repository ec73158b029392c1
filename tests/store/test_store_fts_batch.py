"""Full-text indexing of a batch at its end (m018): the same index as row-by-row triggers, whole or absent."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from tests.store.test_store import claims_for
from workbench.models import Article
from workbench.store import open_db
from workbench.store.db import write_transaction
from workbench.store.documents import _save_one_by_one, document_rows, save_documents
from workbench.store.schema import migrations


def _rows(i: int, text: str | None = None):
    text = text or f"Officials said {100 + i} people left town {i}. Crews reported {i} fires near road {i}."
    return document_rows(Article(text=text, source_path=f"doc{i}.txt"), claims_for(text))


def _index(db: Database) -> tuple[list, list]:
    """(every term with its claim and occurrence counts, claim ids answering a few searches in rank order)."""
    db.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")  # raises on a broken index
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, claims_fts, row)")
    terms = db.execute("SELECT term, doc, cnt FROM temp.terms ORDER BY term").fetchall()
    hits = [db.execute("SELECT c.id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid WHERE claims_fts MATCH ? "
                       "ORDER BY f.rank, c.id", [q]).fetchall() for q in ("officials", "fires", "road 3", "peo*")]
    return terms, hits


def _row_by_row(db: Database, items) -> None:
    """What m008's triggers did: each document saved in its own transaction, no deferral."""
    from workbench.store.documents import save_rows

    for rows in items:
        with write_transaction(db):
            save_rows(db, rows)


def test_a_batch_indexes_what_row_by_row_triggers_index(tmp_path):
    items = [_rows(i) for i in range(8)]
    # The same document edited twice inside the batch: its first claims are inserted, updated and
    # deleted while still waiting to be indexed (FTS5 must never be told to delete words it lacks).
    items += [_rows(3, "Officials said 7 people left town 3. Crews reported 3 fires near road 3."),
              _rows(3, "Officials said 9 people left town 3. Nothing burned.")]
    batch, plain = open_db(tmp_path / "batch.db"), open_db(tmp_path / "plain.db")
    save_documents(batch, items)
    _row_by_row(plain, items)
    assert _index(batch) == _index(plain)
    assert _index(batch)[1][0]  # searches find claims
    assert batch.execute("SELECT count(*) FROM claims_fts_pending").fetchone()[0] == 0
    assert batch.execute("SELECT count(*) FROM claims_fts_deferred").fetchone()[0] == 0


def test_an_edit_in_a_later_batch_replaces_indexed_words(tmp_path):
    db, plain = open_db(tmp_path / "c.db"), open_db(tmp_path / "plain.db")
    first, edited = [_rows(i) for i in range(4)], [_rows(1, "Officials said 5 people left town 1. Rain fell.")]
    for items in (first, edited):
        save_documents(db, items)
        _row_by_row(plain, items)
    assert _index(db) == _index(plain)
    assert not db.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH '\"road 1\"'").fetchall()


def test_a_failing_document_leaves_no_words_in_the_index(tmp_path):
    good = [_rows(i) for i in range(3)]
    bad = _rows(9, "Zebras said 9 people left. Nothing else.")
    bad.claims[1]["document_id"] = None  # NOT NULL: fails after its first claim was queued
    db, plain = open_db(tmp_path / "c.db"), open_db(tmp_path / "plain.db")
    results = save_documents(db, [good[0], bad, good[1], good[2]])
    assert isinstance(results[1], sqlite3.IntegrityError)
    _row_by_row(plain, good)
    assert _index(db) == _index(plain)
    assert not db.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'zebras'").fetchall()


def test_the_savepoint_path_indexes_like_the_fast_path(tmp_path):
    items = [_rows(i) for i in range(5)]
    fast, slow = open_db(tmp_path / "fast.db"), open_db(tmp_path / "slow.db")
    save_documents(fast, items)
    _save_one_by_one(slow, items)
    assert _index(fast) == _index(slow)


def test_an_interrupted_batch_writes_neither_rows_nor_words(tmp_path):
    db = open_db(tmp_path / "c.db")
    save_documents(db, [_rows(0)])
    before = _index(db)

    class Boom(BaseException):
        pass

    items = [_rows(i) for i in range(1, 4)]
    items[2].claims = None  # type: ignore[assignment]  # fails mid-batch, as Ctrl-C would
    from workbench.store import documents

    real = documents._save_or_signal

    def interrupt(db_, rows):
        if rows.claims is None:
            raise Boom
        return real(db_, rows)

    documents._save_or_signal = interrupt
    try:
        with pytest.raises(Boom):
            save_documents(db, items)
    finally:
        documents._save_or_signal = real
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert _index(db) == before
    assert db.execute("SELECT count(*) FROM claims_fts_deferred").fetchone()[0] == 0


def test_other_writers_keep_the_index_current_row_by_row(tmp_path):
    """Datasette or the sqlite3 shell write claims without the store: the triggers index them at once."""
    db = open_db(tmp_path / "c.db")
    save_documents(db, [_rows(0)])
    conn = sqlite3.connect(tmp_path / "c.db")
    doc = conn.execute("SELECT id FROM documents").fetchone()[0]
    conn.execute("INSERT INTO claims (id, document_id, text, speaker_kind) VALUES ('x1', ?, 'Walruses swam.', 'none')",
                  [doc])
    conn.execute("UPDATE claims SET text = 'Walruses dove.' WHERE id = 'x1'")
    conn.execute("INSERT INTO claims (id, document_id, text, speaker_kind) VALUES ('x2', ?, 'Owls flew.', 'none')", [doc])
    conn.execute("DELETE FROM claims WHERE id = 'x2'")
    conn.commit()
    conn.close()
    assert db.execute("SELECT c.id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid "
                      "WHERE claims_fts MATCH 'walruses dove'").fetchall() == [("x1",)]
    assert not db.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'swam OR owls'").fetchall()
    _index(db)  # integrity-check


def test_upgrading_an_m016_database_keeps_its_index(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m018_ingest17b")
    old.execute("INSERT INTO documents (id, doc_key, sha256, text, ingested_at) VALUES ('d1', 'k', 's', 't', '2026-01-01')")
    old.execute("INSERT INTO claims (id, document_id, text, speaker_kind) VALUES ('c1', 'd1', 'Herons nested.', 'none')")
    old.conn.commit()
    old.close()
    db = open_db(path)
    save_documents(db, [_rows(0)])
    assert db.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'herons OR officials'").fetchone()[0] == 2
    db.execute("DELETE FROM claims WHERE id = 'c1'")
    assert db.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'herons'").fetchone()[0] == 0
    _index(db)
