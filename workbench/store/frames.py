"""Claim frames and events in SQLite: written by ingest (frames) and analysis (events), read as dataclasses."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from workbench.models import Frame


@dataclass
class EventRow:
    id: str
    label: str
    date_start: str | None
    date_end: str | None
    n_documents: int


def write_frames(db: Database, frames: dict[str, Frame]) -> None:
    """Upsert frames by claim id (the caller holds the transaction)."""
    if frames:
        db["claim_frames"].upsert_all(
            [{"claim_id": cid, "frame": json.dumps(f.to_dict(), ensure_ascii=False)} for cid, f in frames.items()],
            pk="claim_id",
        )


def delete_frames(db: Database, claim_ids: list[str]) -> None:
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start : start + 500]
        db.execute(f"DELETE FROM claim_frames WHERE claim_id IN ({','.join('?' * len(chunk))})", chunk)


def read_frames(db: Database) -> dict[str, Frame]:
    """Every stored frame by claim id."""
    return {
        cid: Frame.from_dict(json.loads(raw)) for cid, raw in db.execute("SELECT claim_id, frame FROM claim_frames")
    }


def write_events(db: Database, events: list[EventRow], members: dict[str, str]) -> None:
    """Replace events and document memberships (the caller holds the transaction)."""
    db.execute("DELETE FROM document_events")
    db.execute("DELETE FROM events")
    db["events"].insert_all([e.__dict__ for e in events], pk="id")
    db["document_events"].insert_all([{"document_id": d, "event_id": e} for d, e in members.items()], pk="document_id")


def read_events(db: Database) -> dict[str, EventRow]:
    return {r["id"]: EventRow(**r) for r in db.query("SELECT * FROM events")}
