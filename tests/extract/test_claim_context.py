"""Dependent claims ("He denied it.") keep the claim they answer and are stored with it."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.extract.context import is_dependent
from workbench.models import Article
from workbench.store import open_db, save_document

TEXT = (
    "Reports said Mayor Paul Grant ordered the dam closed on Monday, cutting water to 40,000 homes. "
    "He denied it.\n\nThe weather was fine."
)


@pytest.mark.parametrize(
    ("sentence", "dependent"),
    [
        ("He denied it.", True),
        ("The council has denied having said that.", True),
        ("The ministry disputed the report.", True),
        ("She later confirmed the figures.", True),
        ("He denied that the dam was closed on Monday.", False),
        ("The mayor denied ordering the closure of the Lakeside dam on Monday night.", False),
        ("He said it.", False),
    ],
)
def test_dependent_sentences(sentence: str, dependent: bool) -> None:
    assert is_dependent(sentence) is dependent


def test_denial_is_kept_with_its_context_and_resolved_subject() -> None:
    claims = extract_claims(TEXT)
    denial = next(c for c in claims if c.text == "He denied it.")
    assert denial.attribution.speaker == "Paul Grant"
    assert denial.context is not None and denial.context.startswith("Reports said Mayor Paul Grant")
    assert denial.context_sentence == 0
    assert denial.checkworthiness >= claims[0].checkworthiness


def test_context_is_stored(tmp_path) -> None:
    db = open_db(tmp_path / "c.db")
    save_document(db, Article(text=TEXT, outlet="Test Post", source_path="t.txt"), extract_claims(TEXT))
    rows = db.execute("SELECT text, context, context_sentence FROM claims ORDER BY sentence_index").fetchall()
    assert rows[1][0] == "He denied it." and rows[1][1].startswith("Reports said") and rows[1][2] == 0
    assert rows[0][1] is None
