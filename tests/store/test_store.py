"""Store: migrations, friendly errors, idempotent saves, verdict history and undo."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.models import Article, Attribution, ExtractedClaim, Quantity, quantities_from_json
from workbench.store import (
    StoreError,
    current_verdict,
    history,
    open_db,
    record_note,
    record_verdict,
    reviewer_verdicts,
    save_document,
    undo_last,
)
from workbench.store.schema import migrations

TEXT = "Ukraine holds 52% of the region. Officials said 500,000 civilians remain. Nothing else."


def claims_for(text: str) -> list[ExtractedClaim]:
    out = []
    for i, sentence in enumerate(s for s in text.split(". ") if s):
        sentence = sentence if sentence.endswith(".") else sentence + "."
        start = text.index(sentence)
        out.append(ExtractedClaim(i, start, start + len(sentence), sentence, Attribution(), 0.5, []))
    return out


def test_migrations_recorded_and_wal(db):
    applied = [m.name for m in migrations.applied(db)]
    assert applied == [m.name for m in migrations._migrations]
    assert db.journal_mode == "wal"
    assert {"documents", "claims", "verdict_events", "embeddings", "clusters", "relations"} <= set(db.table_names())


def test_reopen_applies_nothing_new(tmp_path):
    first = open_db(tmp_path / "c.db")
    before = migrations.applied(first)
    second = open_db(tmp_path / "c.db")
    assert migrations.applied(second) == before


def test_missing_directory_is_one_line_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_db(tmp_path / "nope" / "claims.db")


def test_not_a_database_file(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is a text file, not SQLite\n" * 50)
    with pytest.raises(StoreError, match="not a workbench database"):
        open_db(bogus)


def test_foreign_sqlite_database_refused(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a workbench database"):
        open_db(other)


def test_create_false_refuses_missing_file(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_db(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_save_is_idempotent_and_ids_stable(db):
    article = Article(text=TEXT, outlet="Ledger", source_path="/x/a.txt")
    doc_id, result = save_document(db, article, claims_for(TEXT))
    assert result == "added"
    ids = [r["id"] for r in db.query("SELECT id FROM claims ORDER BY sentence_index")]
    assert len(ids) == 3
    assert save_document(db, article, claims_for(TEXT)) == (doc_id, "unchanged")
    assert [r["id"] for r in db.query("SELECT id FROM claims ORDER BY sentence_index")] == ids
    # offsets index the stored text
    for row in db.query(
        "SELECT c.char_start, c.char_end, c.text, d.text AS doc FROM claims c JOIN documents d ON d.id = c.document_id"
    ):
        assert row["doc"][row["char_start"] : row["char_end"]] == row["text"]


def test_edited_document_keeps_verdicts_of_unchanged_claims(db):
    article = Article(text=TEXT, outlet="Ledger", url="https://ledger.example/a")
    save_document(db, article, claims_for(TEXT))
    kept = db.execute("SELECT id FROM claims WHERE text LIKE 'Ukraine holds%'").fetchone()[0]
    dropped = db.execute("SELECT id FROM claims WHERE text LIKE 'Nothing else%'").fetchone()[0]
    record_verdict(db, kept, "verified", "ann")
    record_verdict(db, dropped, "disputed", "ann")
    edited = "Breaking: new fighting reported. " + TEXT.replace(" Nothing else.", "")
    _, result = save_document(
        db, Article(text=edited, outlet="Ledger", url="https://ledger.example/a"), claims_for(edited)
    )
    assert result == "updated"
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert current_verdict(db, kept)["verdict"] == "verified"
    assert db.execute("SELECT count(*) FROM claims WHERE id = ?", [dropped]).fetchone()[0] == 0
    assert [e["verdict"] for e in history(db, dropped)] == ["disputed"]  # history outlives the claim


def test_failed_save_leaves_nothing(db):
    bad = claims_for(TEXT)
    bad[1].quantities = [object()]  # not serializable -> the whole document must roll back
    with pytest.raises(AttributeError):
        save_document(db, Article(text=TEXT, outlet="X", source_path="/x/b.txt"), bad)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_quantities_round_trip(db):
    claims = claims_for(TEXT)
    claims[0].quantities = [Quantity(kind="percent", text="52%", start=14, end=17, value=52.0, unit="%", approx=True)]
    save_document(db, Article(text=TEXT, outlet="X", source_path="/x/q.txt"), claims)
    raw = db.execute("SELECT quantities FROM claims WHERE sentence_index = 0").fetchone()[0]
    (q,) = quantities_from_json(raw)
    assert (q.kind, q.value, q.approx, q.unit) == ("percent", 52.0, True, "%")


@pytest.fixture
def claim(db):
    save_document(db, Article(text=TEXT, outlet="Ledger", source_path="/x/v.txt"), claims_for(TEXT))
    return db.execute("SELECT id FROM claims ORDER BY sentence_index LIMIT 1").fetchone()[0]


def test_verdict_history_is_append_only(db, claim):
    record_verdict(db, claim, "verified", "ann", note="matches the governor's statement")
    record_verdict(db, claim, "disputed", "bob")
    assert current_verdict(db, claim)["verdict"] == "disputed"
    assert [(e["reviewer"], e["verdict"]) for e in history(db, claim)] == [("ann", "verified"), ("bob", "disputed")]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE verdict_events SET verdict = 'verified'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM verdict_events")


def test_unknown_verdict_and_claim(db, claim):
    with pytest.raises(StoreError, match="unknown verdict"):
        record_verdict(db, claim, "maybe", "ann")
    with pytest.raises(StoreError, match="no claim"):
        record_verdict(db, "c_missing", "verified", "ann")


def test_undo_restores_previous_state(db, claim):
    record_verdict(db, claim, "verified", "ann")
    record_verdict(db, claim, "disputed", "ann")
    undo = undo_last(db, "ann")
    assert undo["undoes"] is not None and undo["verdict"] == "verified"
    assert current_verdict(db, claim)["verdict"] == "verified"
    undo_last(db, "ann")
    assert current_verdict(db, claim)["verdict"] == "cleared"
    assert undo_last(db, "ann") is None
    assert len(history(db, claim)) == 4  # nothing was rewritten


def test_undo_keeps_other_reviewers_later_verdict(db, claim):
    record_verdict(db, claim, "verified", "ann")
    record_verdict(db, claim, "disputed", "bob")
    undo_last(db, "ann")
    assert current_verdict(db, claim)["verdict"] == "disputed"
    assert reviewer_verdicts(db) == {"bob": {claim: "disputed"}}


def test_note_keeps_verdict(db, claim):
    record_verdict(db, claim, "unattributed", "ann")
    record_note(db, claim, "no source in the article", "ann")
    current = current_verdict(db, claim)
    assert (current["verdict"], current["note"]) == ("unattributed", "no source in the article")


def test_clear_alias(db, claim):
    record_verdict(db, claim, "verified", "ann")
    assert record_verdict(db, claim, "clear", "ann")["verdict"] == "cleared"
    assert reviewer_verdicts(db) == {"ann": {}}


def test_undo_restores_previous_event_with_its_reviewer_and_note(db, claim):
    record_verdict(db, claim, "verified", "bob", note="two sources")
    record_verdict(db, claim, "disputed", "fc")
    undo_last(db, "fc")
    current = current_verdict(db, claim)
    assert (current["verdict"], current["reviewer"], current["note"]) == ("verified", "bob", "two sources")
    assert history(db, claim)[-1]["reviewer"] == "fc"  # the ledger says who undid


def test_note_belongs_to_reviewer_until_replaced(db, claim):
    record_note(db, claim, "asked the desk", "ann")
    record_verdict(db, claim, "verified", "ann")
    assert (current_verdict(db, claim)["verdict"], current_verdict(db, claim)["note"]) == ("verified", "asked the desk")
    record_note(db, claim, "desk confirmed", "ann")
    record_verdict(db, claim, "disputed", "ann")
    assert current_verdict(db, claim)["note"] == "desk confirmed"
    record_note(db, claim, "", "ann")  # an empty note clears it
    assert current_verdict(db, claim)["note"] is None


def test_undo_skips_notes_and_notes_are_no_verdicts(db, claim):
    record_verdict(db, claim, "verified", "ann")
    record_note(db, claim, "looked again", "ann")
    record_note(db, claim, "agree with ann", "bob")
    assert reviewer_verdicts(db) == {"ann": {claim: "verified"}}  # bob only left a note
    undo = undo_last(db, "ann")
    assert undo["verdict"] == "cleared"  # the verdict went, not the note
    assert undo_last(db, "bob") is None


def test_database_from_a_newer_schema_is_refused_and_left_untouched(tmp_path):
    """A newer release's migration in the file: refuse in one line instead of writing to it."""
    path = tmp_path / "claims.db"
    db = open_db(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "workbench", "name": "m999_from_the_future", "applied_at": "2030-01-01 00:00:00"}
    )
    db.conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"newer workbench .*m999_from_the_future"):
        open_db(path)
    assert path.read_bytes() == before
