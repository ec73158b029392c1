"""Deeds a claim reports as somebody's words (extract.reported_deeds): sentences written for these tests."""

from __future__ import annotations

from workbench.extract.acts import deed_stems
from workbench.extract.reported_deeds import reported_deeds


def _reported(text: str, cue: str | None) -> list[str]:
    return reported_deeds(text, deed_stems(text), cue)


def test_a_deed_after_an_inner_reporting_verb_is_reported():
    text = "Loring told the Gazette he had misspoken at a 2009 dinner in which he said he captained the team."
    assert any(d.startswith("captain") for d in _reported(text, "told the Gazette"))


def test_a_deed_described_of_someone_is_reported():
    assert _reported("In several newsletters he is described as having captained the team.", None)


def test_the_claims_own_cue_is_no_view():
    assert _reported("Port officials said the harbour master closed the ferry terminal on Friday.", "said") == []
    assert _reported("The harbour master closed the ferry terminal on Friday, port officials said.", "said") == []
    assert _reported("The harbour master closed the ferry terminal on Friday.", None) == []
