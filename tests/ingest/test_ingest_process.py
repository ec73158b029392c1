"""process_document: the pure per-record step a distributed worker runs gives the local ingest's rows."""

from __future__ import annotations

import json

from workbench.ingest.pipeline import ingest_paths
from workbench.ingest.process import process_document
from workbench.store import open_db

STORY = ("KYRA CITY (Wire) - The council said on Tuesday that 450 homes lost power after the storm. "
         "Repairs will take two weeks, according to the utility's spokesperson.")


def _record(raw: str, path: str, line: int) -> dict:
    return {"raw": raw, "path": path, "display": path, "line": line, "outlet": "feed"}


def test_a_record_gives_the_rows_local_ingest_stores(tmp_path):
    feed = tmp_path / "feed.jsonl"
    line = json.dumps({"text": STORY, "url": "https://example.org/a", "outlet": "Wire", "published": "2024-05-02"})
    feed.write_text(line + "\n", encoding="utf-8")
    db = open_db(tmp_path / "c.db")
    ingest_paths(db, [str(feed)], progress=False)
    out = process_document(_record(line, str(feed), 1))
    assert out["problem"] is None
    rows = out["rows"]
    stored = db.execute("SELECT id, sha256, source_path FROM documents").fetchall()
    assert stored == [(rows.id, rows.document["sha256"], f"{feed}:1")]
    claims = db.execute("SELECT id, text, speaker, quantities FROM claims ORDER BY id").fetchall()
    assert claims and claims == sorted((c["id"], c["text"], c["speaker"], c["quantities"]) for c in rows.claims)
    frames = dict(db.execute("SELECT claim_id, frame FROM claim_frames").fetchall())
    assert frames == dict(rows.frames)


def test_a_bad_record_is_one_problem_naming_file_and_line():
    out = process_document(_record("{broken", "feed.jsonl", 7))
    assert out["rows"] is None and out["where"] == "feed.jsonl:7"
    assert out["problem"].startswith("invalid JSON")
    assert process_document(_record(json.dumps({"text": "  "}), "feed.jsonl", 8))["problem"]
