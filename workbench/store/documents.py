"""Saving a document and its claims: one transaction per document, whole or absent."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Literal

from sqlite_utils import Database

from workbench.models import Article, ExtractedClaim, quantities_to_json
from workbench.store.db import write_transaction
from workbench.store.frames import delete_frames, write_frames
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


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def claim_rows(doc_id: str, claims: list[ExtractedClaim]) -> list[dict]:
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


def save_document(db: Database, article: Article, claims: list[ExtractedClaim]) -> tuple[str, SaveResult]:
    """Store ``article`` and its ``claims``; return (document id, what happened).

    Re-ingesting unchanged text does nothing. An edited version (same url or path)
    replaces the text and the claims; claims whose sentence survived keep their id, and
    so their verdicts. Removed claims leave the claims table; their verdict events stay.
    ``claims`` offsets must index ``article.text`` (already normalized by ingest).
    """
    text = article.text
    key = document_key(article.url, article.source_path, text, record=article.fmt == "jsonl", outlet=article.outlet, title=article.title)
    doc_id = document_id(key)
    digest = sha256_hex(normalize_text(text))
    with write_transaction(db):
        existing = db.execute("SELECT sha256 FROM documents WHERE id = ?", [doc_id]).fetchone()
        if existing and existing[0] == digest:
            return doc_id, "unchanged"
        db["documents"].upsert(
            {
                "id": doc_id,
                "doc_key": key,
                "sha256": digest,
                "outlet": article.outlet,
                "title": article.title,
                "url": article.url,
                "author": article.author,
                "published": article.published,
                "source_path": article.source_path,
                "fmt": article.fmt,
                "ingested_at": now_iso(),
                "text": text,
            },
            pk="id",
        )
        rows = claim_rows(doc_id, claims)
        keep = [r["id"] for r in rows]
        old = [r[0] for r in db.execute("SELECT id FROM claims WHERE document_id = ?", [doc_id])]
        gone = sorted(set(old) - set(keep))
        for chunk_start in range(0, len(gone), 500):
            chunk = gone[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM relations WHERE claim_a IN ({marks}) OR claim_b IN ({marks})", chunk + chunk)
            db.execute(f"DELETE FROM cluster_members WHERE claim_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM claims WHERE id IN ({marks})", chunk)
        delete_frames(db, gone)
        if rows:
            db["claims"].upsert_all(rows, pk="id")
            write_frames(db, {r["id"]: c.frame for r, c in zip(rows, claims, strict=True) if c.frame is not None})
    return doc_id, ("updated" if existing else "added")
