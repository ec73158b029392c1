"""The whole ingest stage against a real SQLite file: read -> extract -> save, per document."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from workbench.ingest import IngestSummary, ingest_paths
from workbench.ingest import process as ingest_process
from workbench.store import current_verdict, record_verdict
from workbench.textnorm import document_id, document_key

SAMPLES = Path(__file__).resolve().parents[2] / "workbench" / "samples"

KEPT_1 = "Regional police said on Monday that 14 civilians were killed in the shelling of the town."
KEPT_2 = "The governor told reporters that about 20,000 residents had already left the area."
EDITED_BEFORE = "Local officials said that 300 homes were destroyed over the weekend."
EDITED_AFTER = "Local officials said that 450 homes were destroyed over the weekend."


def claims_by_text(db) -> dict[str, str]:
    return {row["text"]: row["id"] for row in db.query("SELECT id, text FROM claims")}


def write_story(folder: Path, name: str, *sentences: str) -> Path:
    path = folder / name
    path.write_text("\n\n".join(sentences) + "\n")
    return path


@pytest.mark.skipif(not (SAMPLES / "README.md").exists(), reason="sample articles not complete yet")
def test_bundled_samples_ingest_cleanly(db):
    summary = ingest_paths(db, [str(SAMPLES)], progress=False)
    assert summary.problems == [] and summary.failed == 0
    assert summary.added == len(summary.document_ids) >= 7
    assert summary.claims == db["claims"].count > 0
    docs = list(db.query("SELECT outlet, fmt FROM documents"))
    assert all(d["outlet"] for d in docs)
    assert len({d["outlet"] for d in docs}) >= 4
    assert {"txt", "md", "html", "jsonl"} <= {d["fmt"] for d in docs}


def test_second_run_changes_nothing(db, tmp_path):
    write_story(tmp_path, "a.txt", KEPT_1, KEPT_2)
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": EDITED_BEFORE, "outlet": "Wire"}) + "\n")
    first = ingest_paths(db, [str(tmp_path)], progress=False)
    assert (first.added, first.updated, first.unchanged, first.failed) == (2, 0, 0, 0)
    before = db.conn.total_changes
    stamps = [r["ingested_at"] for r in db.query("SELECT ingested_at FROM documents ORDER BY id")]
    second = ingest_paths(db, [str(tmp_path)], progress=False)
    assert (second.added, second.updated, second.unchanged, second.claims) == (0, 0, 2, 0)
    assert db.conn.total_changes == before, "a re-ingest wrote to the database"
    assert [r["ingested_at"] for r in db.query("SELECT ingested_at FROM documents ORDER BY id")] == stamps


def test_edited_file_keeps_verdicts_of_unchanged_claims(db, tmp_path):
    path = write_story(tmp_path, "story.txt", KEPT_1, EDITED_BEFORE, KEPT_2)
    first = ingest_paths(db, [str(path)], progress=False)
    assert first.added == 1
    ids = claims_by_text(db)
    assert {KEPT_1, KEPT_2, EDITED_BEFORE} <= set(ids), ids
    for text in (KEPT_1, KEPT_2, EDITED_BEFORE):
        record_verdict(db, ids[text], "verified", reviewer="tester")

    write_story(tmp_path, "story.txt", KEPT_1, EDITED_AFTER, KEPT_2)
    second = ingest_paths(db, [str(path)], progress=False)
    assert (second.added, second.updated, second.unchanged) == (0, 1, 0)
    after = claims_by_text(db)
    assert db["documents"].count == 1
    for text in (KEPT_1, KEPT_2):
        assert after[text] == ids[text]
        assert current_verdict(db, after[text])["verdict"] == "verified"
    assert EDITED_BEFORE not in after
    assert current_verdict(db, after[EDITED_AFTER]) is None


def test_bad_inputs_are_reported_and_the_rest_lands(db, tmp_path):
    write_story(tmp_path, "good.txt", KEPT_1)
    (tmp_path / "photo.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": KEPT_2}) + "\n{broken\n")
    summary = ingest_paths(db, [str(tmp_path), str(tmp_path / "missing.md")], progress=False)
    assert summary.added == 2 and summary.failed == 3
    sources = sorted(p.source for p in summary.problems)
    assert sources == sorted([f"{tmp_path}/feed.jsonl:2", f"{tmp_path}/photo.txt", f"{tmp_path}/missing.md"])
    assert db["documents"].count == 2


def test_extraction_error_becomes_a_problem(db, tmp_path, monkeypatch):
    real = ingest_process.extract_document

    def fails_on_marker(text: str, published: str | None = None):
        if "450 homes" in text:
            raise RuntimeError("extractor tripped")
        return real(text, published)

    # fault injection: the real extractor has no input that makes it fail on purpose
    monkeypatch.setattr(ingest_process, "extract_document", fails_on_marker)
    write_story(tmp_path, "a.txt", KEPT_1)
    write_story(tmp_path, "b.txt", EDITED_AFTER)
    summary = ingest_paths(db, [str(tmp_path)], progress=False)
    assert summary.added == 1 and summary.failed == 1
    assert str(summary.problems[0]) == f"{tmp_path}/b.txt: claim extraction failed (RuntimeError: extractor tripped)"
    assert [r["source_path"] for r in db.query("SELECT source_path FROM documents")] == [str(tmp_path / "a.txt")]


def test_failed_save_leaves_nothing_half_written(db, tmp_path):
    bad = write_story(tmp_path, "b.txt", KEPT_2, EDITED_BEFORE)
    write_story(tmp_path, "a.txt", KEPT_1)
    bad_id = document_id(document_key(None, str(bad.resolve()), ""))
    # a real SQLite failure after the document row is written: its claims are refused
    db.execute(
        f"CREATE TRIGGER refuse_claims BEFORE INSERT ON claims WHEN NEW.document_id = '{bad_id}' "
        "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
    )
    summary = ingest_paths(db, [str(tmp_path)], progress=False)
    assert summary.added == 1 and summary.failed == 1
    assert summary.problems[0].source == f"{tmp_path}/b.txt" and "disk says no" in summary.problems[0].message
    assert db.execute("SELECT COUNT(*) FROM documents WHERE id = ?", [bad_id]).fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM claims WHERE document_id = ?", [bad_id]).fetchone()[0] == 0


def test_stdin_and_overrides(db):
    stdin = io.StringIO(f"{KEPT_1}\n\n{KEPT_2}\n")
    summary = ingest_paths(db, ["-"], {"outlet": "Night Desk", "published": "2023-02-20"}, progress=False, stdin=stdin)
    assert summary.added == 1 and summary.claims >= 1
    doc = next(db.query("SELECT outlet, published, fmt, source_path FROM documents"))
    assert doc == {"outlet": "Night Desk", "published": "2023-02-20", "fmt": "stdin", "source_path": "<stdin>"}
    again = ingest_paths(db, ["-"], progress=False, stdin=io.StringIO(f"{KEPT_1}\n\n{KEPT_2}\n"))
    assert again.unchanged == 1 and again.added == 0


def test_progress_bar_stays_off_when_not_a_terminal(db, tmp_path, capsys):
    for i in range(6):
        write_story(
            tmp_path, f"story_{i}.txt", f"Officials said on day {i + 1} that {10 * (i + 1)} shells hit the town."
        )
    summary = ingest_paths(db, [str(tmp_path)], progress=True)
    assert isinstance(summary, IngestSummary) and summary.added == 6
    assert capsys.readouterr().err == ""


def _feed_line(outlet: str, title: str, *sentences: str) -> str:
    return json.dumps({"outlet": outlet, "title": title, "text": "\n\n".join(sentences)})


def test_a_feed_without_urls_keeps_its_verdicts_when_a_line_is_prepended(db, tmp_path):
    """Url-less feed records are identified by their content, never by their line number."""
    feed = tmp_path / "feed.jsonl"
    lines = [_feed_line("Wire One", "Toll rises", KEPT_1), _feed_line("Wire Two", "Residents leave", KEPT_2)]
    feed.write_text("\n".join(lines) + "\n")
    ingest_paths(db, [str(feed)])
    before = claims_by_text(db)
    for claim in before.values():
        record_verdict(db, claim, "verified", "bob")
    newer = _feed_line("Wire Three", "Homes destroyed", EDITED_BEFORE)
    feed.write_text("\n".join([newer, *lines]) + "\n")
    summary = ingest_paths(db, [str(feed)])
    assert summary.unchanged == 2
    after = claims_by_text(db)
    assert {t: after[t] for t in before} == before
    assert all(current_verdict(db, c)["verdict"] == "verified" for c in before.values())
    assert db["documents"].count == 3


def test_feed_records_with_the_same_text_but_another_outlet_are_two_documents(db, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_feed_line("Wire One", "Same", KEPT_1) + "\n" + _feed_line("Wire Two", "Same", KEPT_1) + "\n")
    ingest_paths(db, [str(feed)])
    assert db["documents"].count == 2
