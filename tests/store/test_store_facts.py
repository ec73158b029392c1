"""Facts computed once at extraction and stored (m006): sentence spans, dateline; one suggestion rule."""

from __future__ import annotations

import json

from workbench.extract import extract_document
from workbench.ingest import ingest_paths
from workbench.models import Article, ExtractedClaim, ReviewClaim, suggest_verdict
from workbench.store import open_db, save_document
from workbench.store.cards import claim_context, group_columns

STORY = (
    "MERIDIAN CITY, March 3 (Harbour Wire) - The council approved 40 new buses on Tuesday, the mayor said.\n\n"
    "It rained all day.\n\n"
    "Ridership rose 12% last year, according to the transit authority. Officials expect more."
)


def test_ingest_stores_the_sentence_spans_and_dateline(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    db = open_db(tmp_path / "c.db")
    ingest_paths(db, [str(tmp_path / "story.txt")], progress=False)
    text, spans, dateline = db.execute("SELECT text, sentence_spans, dateline_end FROM documents").fetchone()
    spans = json.loads(spans)
    assert [text[s:e] for s, e in spans] == [text[s:e] for s, e in extract_document(text).sentence_spans]
    assert any(text[s:e] == "It rained all day." for s, e in spans)
    assert text[dateline:].startswith("The council approved")


def test_context_shows_neighbouring_sentences_that_are_not_claims(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    db = open_db(tmp_path / "c.db")
    ingest_paths(db, [str(tmp_path / "story.txt")], progress=False)
    claim = db.execute("SELECT id FROM claims WHERE text LIKE 'Ridership%'").fetchone()[0]
    ctx = claim_context(db, claim, sentences=1)
    assert ctx.before == "It rained all day."  # from the stored spans: never a claim itself
    assert ctx.after == "Officials expect more."


def test_a_document_without_stored_spans_falls_back_to_its_claims(tmp_path):
    """Documents stored before m006 (NULL spans): neighbours are the stored claims, no re-split."""
    sentences = ["Alpha said one thing.", "Beta said another.", "Gamma said a third."]
    text = " ".join(sentences)
    claims = [ExtractedClaim(i, text.index(t), text.index(t) + len(t), t) for i, t in enumerate(sentences)]
    db = open_db(tmp_path / "c.db")
    save_document(db, Article(text=text, outlet="Wire", source_path="a.txt"), claims)  # no spans
    assert db.execute("SELECT sentence_spans FROM documents").fetchone()[0] is None
    middle = db.execute("SELECT id FROM claims WHERE text LIKE 'Beta%'").fetchone()[0]
    ctx = claim_context(db, middle)
    assert (ctx.before, ctx.after) == ("Alpha said one thing.", "Gamma said a third.")


def test_one_suggestion_rule_for_the_csv_and_the_card(tmp_path):
    assert suggest_verdict("none", True) == "unattributed"
    assert suggest_verdict("named", True) == "disputed"
    assert suggest_verdict("named", False) is None
    from tests.tui.fixtures import build_review_db

    db = open_db(build_review_db(tmp_path / "r.db"))
    columns, _ = group_columns(db, "c:k-ratio")
    claims: list[ReviewClaim] = [c for col in columns for c in col.claims]
    conflicted = [c for c in claims if c.has_conflict]
    assert conflicted and all(suggest_verdict(c.speaker_kind, c.has_conflict) == "disputed" for c in conflicted)
