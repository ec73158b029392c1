"""Migration ``m018_ingest17b`` (registered in ``schema.py``; kept here as shipped, never edited).

A module of its own because ``schema.py`` holds every migration and modules stay under 300 lines.
"""

from __future__ import annotations

from sqlite_utils import Database

# Frozen copies of the SQL this migration installs (``workbench.store.claims_fts`` uses the table names).
_PENDING = 'EXISTS (SELECT 1 FROM claims_fts_pending WHERE claim_rowid = old.rowid)'
_DEFERRED = 'EXISTS (SELECT 1 FROM claims_fts_deferred)'
TRIGGERS = (
    f"""CREATE TRIGGER "claims_ai" AFTER INSERT ON "claims" WHEN NOT {_DEFERRED} BEGIN
  INSERT INTO "claims_fts" (rowid, "text", "speaker") VALUES (new.rowid, new."text", new."speaker");
END""",
    f"""CREATE TRIGGER "claims_ai_deferred" AFTER INSERT ON "claims" WHEN {_DEFERRED} BEGIN
  INSERT INTO claims_fts_pending (claim_rowid) VALUES (new.rowid);
END""",
    f"""CREATE TRIGGER "claims_ad" AFTER DELETE ON "claims" BEGIN
  INSERT INTO "claims_fts" ("claims_fts", rowid, "text", "speaker")
    SELECT 'delete', old.rowid, old."text", old."speaker" WHERE NOT {_PENDING};
  DELETE FROM claims_fts_pending WHERE claim_rowid = old.rowid;
END""",
    f"""CREATE TRIGGER "claims_au" AFTER UPDATE ON "claims" BEGIN
  INSERT INTO "claims_fts" ("claims_fts", rowid, "text", "speaker")
    SELECT 'delete', old.rowid, old."text", old."speaker" WHERE NOT {_PENDING};
  INSERT INTO "claims_fts" (rowid, "text", "speaker")
    SELECT new.rowid, new."text", new."speaker" WHERE NOT {_PENDING};
  UPDATE claims_fts_pending SET claim_rowid = new.rowid WHERE claim_rowid = old.rowid;
END""",
)


def deferred_fts(db: Database) -> None:
    """Let a batch of claim inserts index their text once, in one statement, instead of row by row.

    Why: the per-row trigger of m008 was half of ingest's writing CPU (issue 12). Each row's
    upsert is a statement of its own, and SQLite asks every virtual table in the transaction for
    a statement savepoint, at which FTS5 writes out what it holds: one small segment per claim,
    merged again and again. One ``INSERT ... SELECT`` over the batch's rows indexes the same
    words for a sixth of that.

    * ``claims_fts_deferred``: while it holds a row (only ever inside the store's own batch
      transaction, see ``workbench.store.claims_fts``), a new claim's rowid goes to
      ``claims_fts_pending`` instead of the index; the batch indexes the pending rows and empties
      both tables before it commits, so no other connection ever sees either table non-empty.
    * The triggers without that row do what m008's did, so any other writer (Datasette, the
      sqlite3 shell, an older script) keeps the index current row by row. Deleting or updating a
      claim that is still pending drops or keeps it in the queue (its words are not indexed yet,
      and FTS5 must never be told to delete words it does not hold).
    """
    db.execute("CREATE TABLE IF NOT EXISTS claims_fts_pending (claim_rowid INTEGER PRIMARY KEY)")
    db.execute("CREATE TABLE IF NOT EXISTS claims_fts_deferred (id INTEGER PRIMARY KEY CHECK (id = 1))")
    for name in ("claims_ai", "claims_ad", "claims_au", "claims_ai_deferred"):
        db.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    for sql in TRIGGERS:
        db.execute(sql)
