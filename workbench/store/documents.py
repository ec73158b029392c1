"""Saving a document and its claims: one transaction per document, whole or absent."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any, Literal

from sqlite_utils import Database

from workbench.errors import WorkbenchError
from workbench.models import JSON_UNICODE, Article, ExtractedClaim, quantities_to_json
from workbench.store.claims_fts import defer_indexing, index_pending
from workbench.store.db import SqliteError, translate_write_error, write_transaction
from workbench.store.frames import delete_frames
from workbench.textnorm import (
    claim_id,
    document_id,
    document_key,
    normalize_text,
    sha256_hex,
    squash,
    text_hash,
)

SaveResult = Literal["added", "updated", "unchanged"]
WRITE_CACHE_KIB = 16384  # SQLite page cache while saving batches of documents (see save_documents)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def claim_table_rows(doc_id: str, claims: list[ExtractedClaim]) -> list[dict]:
    """Rows for the claims table, with stable ids (repeats of a sentence get a suffix)."""
    seen: Counter[str] = Counter()
    rows = []
    for c in claims:
        key = squash(c.text)
        occurrence = seen[key]
        seen[key] += 1
        a = c.attribution
        rows.append(
            {
                "id": claim_id(doc_id, c.text, occurrence),
                "document_id": doc_id,
                "sentence_index": c.sentence_index,
                "char_start": c.char_start,
                "char_end": c.char_end,
                "text": c.text,
                "text_hash": text_hash(c.text),
                "speaker": a.speaker,
                "speaker_kind": a.speaker_kind or "none",
                "cue": a.cue,
                "via": a.via,
                "hedge": a.hedge,
                "role": a.role,
                "checkworthiness": round(float(c.checkworthiness), 4),
                "quantities": quantities_to_json(c.quantities),
                "context": c.context,
                "context_sentence": c.context_sentence,
            }
        )
    return rows


DOCUMENT_COLUMNS = ("id", "doc_key", "sha256", "outlet", "title", "url", "author", "published", "source_path", "fmt",
                    "ingested_at", "text", "sentence_spans", "dateline_end")
CLAIM_COLUMNS = ("id", "document_id", "sentence_index", "char_start", "char_end", "text", "text_hash", "speaker",
                 "speaker_kind", "cue", "via", "checkworthiness", "quantities", "context", "context_sentence", "hedge",
                 "role")


def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    """One prepared upsert (insert, or update the listed columns of the row with that id)."""
    sets = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET {sets}")


UPSERT_DOCUMENT = _upsert_sql("documents", DOCUMENT_COLUMNS)
UPSERT_CLAIM = _upsert_sql("claims", CLAIM_COLUMNS)
# A row's values in column order, picked at C speed (a per-column list comprehension was 2% of ingest).
_DOCUMENT_VALUES = itemgetter(*DOCUMENT_COLUMNS)
_CLAIM_VALUES = itemgetter(*CLAIM_COLUMNS)


UPSERT_FRAME = (
    "INSERT INTO claim_frames (claim_id, frame) VALUES (?, ?) ON CONFLICT(claim_id) DO UPDATE SET frame = excluded.frame"
)


@dataclass
class DocumentRows:
    """Everything one document writes, computed without a database (so workers can compute it anywhere).

    ``document`` and each of ``claims`` are rows keyed by column name; ``frames`` are
    (claim id, frame JSON). Ids are stable hashes of the content, so rows computed on a
    cluster merge into a local database by id, exactly as a local ingest would write them.
    """

    document: dict[str, Any]
    claims: list[dict[str, Any]] = field(default_factory=list)
    frames: list[tuple[str, str]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.document["id"]


def document_rows(
    article: Article,
    claims: list[ExtractedClaim],
    *,
    sentence_spans: list[tuple[int, int]] | None = None,
    dateline_end: int | None = None,
) -> DocumentRows:
    """The rows ``article`` and its ``claims`` are stored as (pure: no database).

    ``sentence_spans`` and ``dateline_end`` (from ``extract_document``) are stored with the
    document so readers never re-split its text; None stores NULL (readers fall back).
    """
    text = article.text
    key = document_key(article.url, article.source_path, text, record=article.fmt == "jsonl", outlet=article.outlet, title=article.title)
    doc_id = document_id(key)
    doc = {
        "id": doc_id,
        "doc_key": key,
        "sha256": sha256_hex(normalize_text(text)),
        "outlet": article.outlet,
        "title": article.title,
        "url": article.url,
        "author": article.author,
        "published": article.published,
        "source_path": article.source_path,
        "fmt": article.fmt,
        "ingested_at": now_iso(),
        "text": text,
        "sentence_spans": json.dumps(sentence_spans) if sentence_spans is not None else None,
        "dateline_end": dateline_end,
    }
    rows = claim_table_rows(doc_id, claims)
    frames = [(r["id"], JSON_UNICODE.encode(c.frame.to_dict()))
              for r, c in zip(rows, claims, strict=True) if c.frame is not None]
    return DocumentRows(doc, rows, frames)


def stored_digest(db: Database, doc_id: str) -> str | None:
    """sha256 of the stored text of ``doc_id``, or None when it is not stored (ingest skips equal text)."""
    row = db.conn.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def save_document(
    db: Database,
    article: Article,
    claims: list[ExtractedClaim],
    *,
    sentence_spans: list[tuple[int, int]] | None = None,
    dateline_end: int | None = None,
) -> tuple[str, SaveResult]:
    """Store ``article`` and its ``claims``; return (document id, what happened).

    Re-ingesting unchanged text does nothing. An edited version (same url or path)
    replaces the text and the claims; claims whose sentence survived keep their id, and
    so their verdicts. Removed claims leave the claims table; their verdict events stay.
    ``claims`` offsets must index ``article.text`` (already normalized by ingest).
    ``sentence_spans`` and ``dateline_end`` (from ``extract_document``) are stored with the
    document so readers never re-split its text; None stores NULL (readers fall back).
    """
    with write_transaction(db):
        return save_rows(db, document_rows(article, claims, sentence_spans=sentence_spans, dateline_end=dateline_end))


class _RetryOneByOne(WorkbenchError):
    """A document of the batch failed on the fast path: redo it with a savepoint per document (never escapes)."""


def save_documents(db: Database, items: list[DocumentRows]) -> list[tuple[str, SaveResult] | Exception]:
    """Store several documents in ONE transaction, each document whole or absent.

    Why: a commit per document made commits about a fifth of ingest (issue 12). Each document
    that fails is rolled back alone and the others of the batch still land; the result list
    holds, per item, (id, what happened) or the error. If the final COMMIT itself fails,
    nothing of the batch is written and it raises. Verdict events are never touched: they
    follow claim ids, which are content hashes.

    New claims enter the full-text index together at the end of the batch (``claims_fts``: one
    statement instead of a trigger per row, which made FTS5 write a segment per claim).

    The batch is first written without savepoints: a SAVEPOINT makes SQLite's full-text index
    flush a segment per document (a sixth of the writing CPU at 10k claims, issue 12). Only when
    a document fails is that transaction rolled back and the batch written again with a savepoint
    per document, so the rows written are the same either way.
    """
    # Claim ids and text hashes are hashes, so every batch touches index pages all over the claims
    # indexes and the full-text index: with SQLite's default 2 MB page cache they are re-read from
    # the OS at every batch. 16 MB keeps them (a tenth of the write's CPU at 10k claims, issue 12).
    db.conn.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
    try:
        with write_transaction(db):
            defer_indexing(db)
            results = [_save_or_signal(db, rows) for rows in items]
            index_pending(db)
            return results
    except _RetryOneByOne:
        return _save_one_by_one(db, items)


def _save_or_signal(db: Database, rows: DocumentRows) -> tuple[str, SaveResult]:
    """``save_rows``; a full disk or read-only file raises as such, any other failure asks for the slow path."""
    try:
        return save_rows(db, rows)
    except Exception as exc:
        full = translate_write_error(exc, db) if isinstance(exc, SqliteError) else None
        if full is not None:
            raise full from exc
        raise _RetryOneByOne from exc


def _save_one_by_one(db: Database, items: list[DocumentRows]) -> list[tuple[str, SaveResult] | Exception]:
    """The batch in one transaction, each document under its own SAVEPOINT (a failure rolls back alone)."""
    out: list[tuple[str, SaveResult] | Exception] = []
    with write_transaction(db):
        defer_indexing(db)
        for rows in items:
            db.conn.execute("SAVEPOINT wb_document")
            try:
                out.append(save_rows(db, rows))
            except Exception as exc:
                full = translate_write_error(exc, db) if isinstance(exc, SqliteError) else None
                try:
                    db.conn.execute("ROLLBACK TO wb_document")
                except SqliteError:
                    if full is None:
                        raise
                    # SQLite may roll the whole transaction back on SQLITE_FULL: the savepoint is gone with it
                if full is not None:  # a full disk or a read-only file fails every document alike: stop here
                    raise full from exc
                out.append(exc)
            db.conn.execute("RELEASE wb_document")
        index_pending(db)
    return out


def save_rows(db: Database, rows: DocumentRows) -> tuple[str, SaveResult]:
    """Write one document's rows; the caller holds the transaction."""
    doc_id = rows.id
    existing = stored_digest(db, doc_id)
    if existing == rows.document["sha256"]:
        return doc_id, "unchanged"
    db.conn.execute(UPSERT_DOCUMENT, _DOCUMENT_VALUES(rows.document))
    if existing is not None:  # an edited document: claims whose sentence is gone leave with their links
        keep = {r["id"] for r in rows.claims}
        old = [r[0] for r in db.execute("SELECT id FROM claims WHERE document_id = ?", [doc_id])]
        gone = sorted(set(old) - keep)
        for chunk_start in range(0, len(gone), 500):
            chunk = gone[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM relations WHERE claim_a IN ({marks}) OR claim_b IN ({marks})", chunk + chunk)
            db.execute(f"DELETE FROM cluster_members WHERE claim_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM claims WHERE id IN ({marks})", chunk)
        delete_frames(db, gone)
    if rows.claims:
        db.conn.executemany(UPSERT_CLAIM, map(_CLAIM_VALUES, rows.claims))
    if rows.frames:
        db.conn.executemany(UPSERT_FRAME, rows.frames)
    return doc_id, ("updated" if existing is not None else "added")


CORRECTABLE = ("outlet", "title", "published", "author")


def correct_metadata(db: Database, doc_id: str, values: dict[str, str | None]) -> bool:
    """Set the given metadata fields of a stored document; True when one changed.

    Re-ingesting unchanged text with ``--outlet/--title/--published`` must correct a raw
    scrape's guessed outlet or missing title, not report "unchanged". Only the fields the
    user gave are touched (a later plain re-ingest must not undo a correction), and the
    document id stays: the url or path it is keyed on did not change.
    """
    wanted = {k: v for k, v in values.items() if k in CORRECTABLE and v is not None}
    if not wanted:
        return False
    with write_transaction(db):
        cols = ", ".join(wanted)
        row = db.execute(f"SELECT {cols} FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None or dict(zip(wanted, row, strict=True)) == wanted:
            return False
        sets = ", ".join(f"{k} = ?" for k in wanted)
        db.execute(f"UPDATE documents SET {sets} WHERE id = ?", [*wanted.values(), doc_id])
    return True
