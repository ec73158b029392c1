"""Round 5 of issue 10: present tenses, stance idioms and source variants (names are fictional)."""

from __future__ import annotations

import pytest

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute


def first(text: str):
    return attribute(split_sentences(text))[0]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("The GOP candidate proposes allowing parents to deduct the cost of child care.", "the GOP candidate", "proposes"),
        ("Ana Ruiz continually brags about her record in the 11 debates.", "Ana Ruiz", "brags"),
        ("Ana Ruiz is seizing on a report that the mayor lost $915 million in 1995.", "Ana Ruiz", "seizing on"),
        ("Ana Ruiz is doubling down on her attacks on the mayor.", "Ana Ruiz", "doubling down"),
        ("Ana Ruiz has complimented the moderator, but with a distinct edge.", "Ana Ruiz", "complimented"),
        ("These voters specifically point to the 1994 crime bill.", "these voters", "point to"),
    ],
)
def test_stance_and_present_tense_cues(sentence: str, speaker: str, cue: str) -> None:
    att = first(sentence)
    assert (att.speaker, att.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "Several judges handling the lawsuits have cited the election as a reason to hurry.",
        "His visit to the plant threatens to muddy the talks.",
        "The draft strips out references to earlier attacks on the embassy.",
    ],
)
def test_nouns_that_look_like_present_tenses_are_not_cues(sentence: str) -> None:
    att = first(sentence)
    assert att.cue not in {"judges", "threatens", "references"}
