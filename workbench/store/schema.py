"""The workbench schema as recorded migrations (sqlite-utils ``Migrations``).

Migrations are append-only: never edit one that has shipped, add a new function below.
The ``_sqlite_migrations`` table records which ones a database has, so an old
``claims.db`` is upgraded in place the next time any command opens it.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "workbench"
migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_documents_claims(db: Database) -> None:
    db["documents"].create(
        {
            "id": str,  # stable: derived from url, else source path, else text hash
            "doc_key": str,
            "sha256": str,  # of the normalized text; unchanged text -> nothing to do
            "outlet": str,
            "title": str,
            "url": str,
            "author": str,
            "published": str,
            "source_path": str,
            "fmt": str,
            "ingested_at": str,
            "text": str,
        },
        pk="id",
        not_null={"doc_key", "sha256", "text", "ingested_at"},
    )
    db["documents"].create_index(["doc_key"], unique=True)
    db["claims"].create(
        {
            "id": str,  # stable: derived from document id + sentence text
            "document_id": str,
            "sentence_index": int,
            "char_start": int,
            "char_end": int,
            "text": str,
            "text_hash": str,  # sha256 of the normalized claim text (embedding cache key)
            "speaker": str,
            "speaker_kind": str,
            "cue": str,
            "via": str,
            "checkworthiness": float,
            "quantities": str,  # JSON list of workbench.models.Quantity dicts
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "text", "speaker_kind"},
    )
    db["claims"].create_index(["document_id", "sentence_index"])
    db["claims"].create_index(["text_hash"])
    db["claims"].create_index(["speaker_kind"])
    # Append-only. No foreign key: history outlives a claim removed by an edited article.
    db["verdict_events"].create(
        {
            "id": int,
            "claim_id": str,
            "verdict": str,
            "reviewer": str,
            "note": str,
            "created_at": str,  # ISO 8601 UTC with microseconds
            "undoes": int,  # id of the event an undo reverts, else NULL
        },
        pk="id",
        not_null={"claim_id", "verdict", "reviewer", "created_at"},
    )
    db["verdict_events"].create_index(["claim_id", "id"])
    db["verdict_events"].create_index(["reviewer", "id"])
    db.execute(
        "CREATE TRIGGER verdict_events_no_update BEFORE UPDATE ON verdict_events "
        "BEGIN SELECT RAISE(ABORT, 'verdict_events is append-only'); END"
    )
    # The current verdict of a claim is its latest event ("cleared" means none).
    db.execute(
        "CREATE VIEW current_verdicts AS SELECT e.* FROM verdict_events e "
        "WHERE e.id = (SELECT max(id) FROM verdict_events x WHERE x.claim_id = e.claim_id)"
    )
    db.execute(
        "CREATE TRIGGER verdict_events_no_delete BEFORE DELETE ON verdict_events "
        "BEGIN SELECT RAISE(ABORT, 'verdict_events is append-only'); END"
    )


@migrations()
def m002_analysis(db: Database) -> None:
    db["embeddings"].create(
        {"model": str, "text_hash": str, "dim": int, "vector": bytes},  # float32 blob
        pk=("model", "text_hash"),
    )
    db["clusters"].create(
        {
            "id": str,
            "label": str,
            "size": int,
            "n_outlets": int,
            "n_conflicts": int,
            "n_agreements": int,
            "max_checkworthiness": float,
            "updated_at": str,
        },
        pk="id",
    )
    db["cluster_members"].create(
        {"claim_id": str, "cluster_id": str},
        pk="claim_id",
    )
    db["cluster_members"].create_index(["cluster_id"])
    db["relations"].create(
        {
            "claim_a": str,  # claim_a < claim_b
            "claim_b": str,
            "relation": str,  # agree | conflict | related
            "reason": str,
            "method": str,  # rules | nli
        },
        pk=("claim_a", "claim_b"),
    )
    db["relations"].create_index(["claim_b"])
    db["meta"].create({"key": str, "value": str}, pk="key")


@migrations()
def m004_verdict_kinds(db: Database) -> None:
    """Notes become their own kind of event; the current verdict is the latest *effective* one.

    Before: the current verdict was the latest event, so an undo credited the undoer and
    dropped the restored verdict's note, and a note event counted as a verdict. Older
    note events cannot be told apart and stay ``verdict``. The view is frozen SQL on
    purpose (a migration must not change with later code); it matches
    ``workbench.store.verdicts.current_event_sql`` and ``note_sql``.
    """
    db["verdict_events"].add_column("kind", str, not_null_default="verdict")
    db["verdict_events"].create_index(["undoes"], if_not_exists=True)
    db.execute("DROP VIEW IF EXISTS current_verdicts")
    db.execute(
        "CREATE VIEW current_verdicts AS SELECT e.id, e.claim_id, e.verdict, e.reviewer, "
        "(SELECT NULLIF(ne.note, '') FROM verdict_events ne WHERE ne.claim_id = e.claim_id AND ne.reviewer = e.reviewer "
        "AND ne.note IS NOT NULL AND NOT EXISTS (SELECT 1 FROM verdict_events nu WHERE nu.undoes = ne.id) "
        "ORDER BY ne.id DESC LIMIT 1) AS note, e.created_at, e.undoes, e.kind "
        "FROM verdict_events e WHERE e.id = COALESCE("
        "(SELECT ce.id FROM verdict_events ce WHERE ce.claim_id = e.claim_id AND ce.kind = 'verdict' "
        "AND ce.undoes IS NULL AND NOT EXISTS (SELECT 1 FROM verdict_events u WHERE u.undoes = ce.id) "
        "ORDER BY ce.id DESC LIMIT 1), "
        "(SELECT la.id FROM verdict_events la WHERE la.claim_id = e.claim_id ORDER BY la.id DESC LIMIT 1))"
    )


@migrations()
def m005_frames_events(db: Database) -> None:
    """Claim frames (computed once at extraction) and the events analysis groups documents into."""
    db["claim_frames"].create({"claim_id": str, "frame": str}, pk="claim_id")  # frame: JSON of extract.frames.Frame
    db["events"].create({"id": str, "label": str, "date_start": str, "date_end": str, "n_documents": int}, pk="id")
    db["document_events"].create({"document_id": str, "event_id": str}, pk="document_id")
    db["document_events"].create_index(["event_id"])
    db["clusters"].add_column("event_id", str)


@migrations()
def m006_sentence_spans(db: Database) -> None:
    """Facts extraction computed once, stored with the document: its sentence spans and dateline.

    ``sentence_spans`` is JSON ``[[start, end], ...]`` (offsets into ``documents.text``, the
    splitter's sentences in order), so the context pane shows neighbouring sentences without
    re-splitting; ``dateline_end`` is where a wire dateline opening the text ends (0: none).
    Documents stored before this migration have NULL until re-extracted; readers fall back to
    the stored claims' spans.
    """
    db["documents"].add_column("sentence_spans", str)
    db["documents"].add_column("dateline_end", int)


@migrations()
def m008_review_record(db: Database) -> None:
    """Adjudication outranks verdicts; claim search (FTS5); the analysis lock.

    * ``current_verdicts``: the latest effective ``adjudication`` (an adjudicator's final
      word, its own event kind), else the latest effective verdict. Frozen SQL matching
      ``workbench.store.verdicts.current_event_sql`` as of this migration.
    * ``claims_fts``: an FTS5 index over claim text and speaker, kept current by triggers,
      so ``workbench search`` and Datasette can search claims.
    * ``locks``: one row per named lock (``analysis``) with the holder's pid, host and a
      heartbeat, so a second ``analyze`` waits for the first instead of repeating it.
    """
    eff = "{a}.kind = '{k}' AND {a}.undoes IS NULL AND NOT EXISTS (SELECT 1 FROM verdict_events u WHERE u.undoes = {a}.id)"
    db.execute("DROP VIEW IF EXISTS current_verdicts")
    db.execute(
        "CREATE VIEW current_verdicts AS SELECT e.id, e.claim_id, e.verdict, e.reviewer, "
        "(SELECT NULLIF(ne.note, '') FROM verdict_events ne WHERE ne.claim_id = e.claim_id AND ne.reviewer = e.reviewer "
        "AND ne.note IS NOT NULL AND NOT EXISTS (SELECT 1 FROM verdict_events nu WHERE nu.undoes = ne.id) "
        "ORDER BY ne.id DESC LIMIT 1) AS note, e.created_at, e.undoes, e.kind "
        "FROM verdict_events e WHERE e.id = COALESCE("
        "(SELECT ad.id FROM verdict_events ad WHERE ad.claim_id = e.claim_id AND "
        + eff.format(a="ad", k="adjudication")
        + " ORDER BY ad.id DESC LIMIT 1), "
        "(SELECT ce.id FROM verdict_events ce WHERE ce.claim_id = e.claim_id AND "
        + eff.format(a="ce", k="verdict")
        + " ORDER BY ce.id DESC LIMIT 1), "
        "(SELECT la.id FROM verdict_events la WHERE la.claim_id = e.claim_id ORDER BY la.id DESC LIMIT 1))"
    )
    db.execute("CREATE INDEX IF NOT EXISTS verdict_events_kind ON verdict_events (claim_id, kind, id)")
    db["claim_frames"].create_index(["frame"], if_not_exists=True)  # "seen before": same frame
    db["claims"].enable_fts(["text", "speaker"], fts_version="FTS5", create_triggers=True)
    db["locks"].create(
        {"name": str, "pid": int, "host": str, "acquired_at": str, "heartbeat": float},
        pk="name",
        if_not_exists=True,
    )


# Link tables and the columns that point at another table's id (m008_foreign_keys).
_LINKS: dict[str, list[tuple[str, str]]] = {
    "cluster_members": [("claim_id", "claims"), ("cluster_id", "clusters")],
    "relations": [("claim_a", "claims"), ("claim_b", "claims")],
    "claim_frames": [("claim_id", "claims")],
    "document_events": [("document_id", "documents"), ("event_id", "events")],
}


@migrations()
def m008_foreign_keys(db: Database) -> None:
    """Declare the foreign keys of every link table, so Datasette (and readers) can follow them.

    SQLite cannot add a constraint to a table, so each is rebuilt from its own CREATE
    statement (every column kept, whatever earlier migrations added) with
    ``FOREIGN KEY ... DEFERRABLE INITIALLY DEFERRED`` appended: checked at commit, so a
    writer that replaces a cluster or a claim's frame in one transaction may order its
    statements freely. Rows already pointing at nothing (left by an edited article) are
    dropped. ``verdict_events`` keeps none on purpose: history outlives a removed claim.
    """
    for table, links in _LINKS.items():
        if not db[table].exists():
            continue
        create = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
        indexes = [
            row[0]
            for row in db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", [table]
            )
        ]
        constraints = "".join(
            f',\n   FOREIGN KEY ("{col}") REFERENCES "{target}"("id") DEFERRABLE INITIALLY DEFERRED'
            for col, target in links
        )
        body = create.rstrip()
        if not body.endswith(")"):
            continue  # not a CREATE TABLE we can extend; leave it as it is
        old = f"_m008_old_{table}"
        db.execute(f'ALTER TABLE "{table}" RENAME TO "{old}"')
        db.execute(body[:-1] + constraints + "\n)")
        keep = " AND ".join(f'("{col}" IS NULL OR "{col}" IN (SELECT id FROM "{target}"))' for col, target in links)
        db.execute(f'INSERT INTO "{table}" SELECT * FROM "{old}" WHERE {keep}')
        db.execute(f'DROP TABLE "{old}"')
        for sql in indexes:
            db.execute(sql)


@migrations()
def m009_claim_context(db: Database) -> None:
    """A dependent claim ("He denied it.") keeps the sentence it answers, so it reads on its own."""
    db["claims"].add_column("context", str)
    db["claims"].add_column("context_sentence", int)


@migrations()
def m010_attribution_detail(db: Database) -> None:
    """Hearsay hedge ("reportedly") and the speaker's role ("the regional governor"), computed once in extract.

    Later stages read these fields instead of re-parsing the wording of the claim.
    """
    db["claims"].add_column("hedge", str)
    db["claims"].add_column("role", str)



@migrations()
def m016_review_speed(db: Database) -> None:
    """Indexes in the review UI's orders and the kept conflict count (frozen in ``schema_m016``)."""
    from workbench.store.schema_m016 import review_speed

    review_speed(db)


@migrations()
def m018_ingest17b(db: Database) -> None:
    """Full-text indexing of a batch of new claims in one statement (frozen in ``schema_m018``)."""
    from workbench.store.schema_m018 import deferred_fts

    deferred_fts(db)
