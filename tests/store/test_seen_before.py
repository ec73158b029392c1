"""Seen before (issue 11): a new claim that matches one already decided says so and suggests that verdict."""

from __future__ import annotations

from sqlite_utils import Database

from workbench.models import Article, Attribution, ExtractedClaim, Frame
from workbench.store import open_db, record_verdict, save_document
from workbench.store.seen import seen_before, suggested_verdict
from workbench.store.verdicts import record_adjudication

FIGURE = {"kind": "count", "role": "killed", "unit": "people", "lo": 40, "hi": 40, "text": "40 people"}


def _save(db: Database, text: str, outlet: str, url: str, frame: Frame | None = None) -> str:
    claim = ExtractedClaim(0, 0, len(text), text, Attribution("the ministry", "organization", "said"), 0.8, [], frame)
    article = Article(text, outlet, "t", url, None, "2026-03-01", url, "txt")
    doc_id, _ = save_document(db, article, [claim])
    return db.execute("SELECT id FROM claims WHERE document_id = ?", [doc_id]).fetchone()[0]


def test_same_wording_in_another_outlet_is_seen_before(tmp_path):
    db = open_db(tmp_path / "c.db")
    sentence = "The ministry said 40 people were killed in the fire on Monday."
    old = _save(db, sentence, "Daily", "https://daily.example/a")
    new = _save(db, sentence, "Weekly", "https://weekly.example/b")
    assert seen_before(db, new) == []  # nothing decided yet
    record_verdict(db, old, "verified", reviewer="bob")
    matches = seen_before(db, new)
    assert [(m.claim_id, m.match, m.verdict, m.reviewer, m.outlet) for m in matches] == [
        (old, "wording", "verified", "bob", "Daily")
    ]
    assert matches[0].describe().startswith("verified by bob on ")
    assert matches[0].describe().endswith(": " + sentence)
    assert suggested_verdict(matches) == "verified"


def test_same_frame_in_other_words_is_seen_before(tmp_path):
    db = open_db(tmp_path / "c.db")
    frame = Frame(measures=[FIGURE], time="2026-03-01", speaker="the ministry", speaker_kind="organization")
    old = _save(
        db, "The ministry said 40 people were killed in the fire on Monday.", "Daily", "https://d.example/1", frame
    )
    new = _save(
        db, "Forty people died in Monday's fire, according to the ministry.", "Weekly", "https://w.example/2", frame
    )
    other = Frame(measures=[{**FIGURE, "lo": 41, "hi": 41}], time="2026-03-01", speaker="the ministry")
    unrelated = _save(db, "The ministry said 41 people were killed.", "Weekly", "https://w.example/3", other)
    record_verdict(db, old, "disputed", reviewer="fc")
    assert [(m.claim_id, m.match, m.verdict) for m in seen_before(db, new)] == [(old, "frame", "disputed")]
    assert seen_before(db, unrelated) == []


def test_frame_without_a_figure_matches_nothing(tmp_path):
    db = open_db(tmp_path / "c.db")
    vague = Frame(place="the city", speaker="the ministry")
    old = _save(db, "The ministry said the city was calm.", "Daily", "https://d.example/1", vague)
    new = _save(db, "Calm returned to the city, the ministry said.", "Weekly", "https://w.example/2", vague)
    record_verdict(db, old, "verified", reviewer="bob")
    assert seen_before(db, new) == []


def test_split_claims_suggest_nothing_and_adjudication_wins(tmp_path):
    db = open_db(tmp_path / "c.db")
    sentence = "The ministry said 40 people were killed in the fire on Monday."
    old = _save(db, sentence, "Daily", "https://daily.example/a")
    new = _save(db, sentence, "Weekly", "https://weekly.example/b")
    record_verdict(db, old, "verified", reviewer="bob")
    record_verdict(db, old, "disputed", reviewer="fc")
    assert seen_before(db, new) == []
    record_adjudication(db, old, "disputed", "desk")
    [match] = seen_before(db, new)
    assert (match.verdict, match.reviewer) == ("disputed", "desk")


def test_conflicting_earlier_decisions_suggest_nothing(tmp_path):
    db = open_db(tmp_path / "c.db")
    sentence = "The ministry said 40 people were killed in the fire on Monday."
    first = _save(db, sentence, "Daily", "https://daily.example/a")
    second = _save(db, sentence, "Other", "https://other.example/c")
    new = _save(db, sentence, "Weekly", "https://weekly.example/b")
    record_verdict(db, first, "verified", reviewer="bob")
    record_verdict(db, second, "disputed", reviewer="fc")
    matches = seen_before(db, new)
    assert [m.claim_id for m in matches] == [second, first]  # latest decision first
    assert suggested_verdict(matches) is None
