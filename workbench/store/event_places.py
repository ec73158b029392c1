"""The places each document's claims locate themselves in, read from the stored frames (``Frame.place``).

Why here: event grouping (``analyze.events``) tells two happenings of one kind apart by *where* they
happened; extraction already stored each claim's named place, so analysis reads that field and never
re-parses the text. Only this package speaks SQL.
"""

from __future__ import annotations

from sqlite_utils import Database


def document_places(db: Database) -> dict[str, list[str]]:
    """Document id -> the distinct places its claims name, in claim order (documents naming none are absent)."""
    out: dict[str, list[str]] = {}
    sql = ("SELECT c.document_id, json_extract(f.frame, '$.place') FROM claims c JOIN claim_frames f ON f.claim_id = c.id "
           "WHERE json_extract(f.frame, '$.place') IS NOT NULL ORDER BY c.document_id, c.sentence_index, c.char_start")
    for doc, place in db.execute(sql):
        seen = out.setdefault(doc, [])
        if place not in seen:
            seen.append(place)
    return out
