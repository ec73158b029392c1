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


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("For her part, Ana Ruiz has faced sharp criticism for failing to address the floods.", "faced criticism"),
        ("In 2009, the council came under withering criticism for its failure to speak out.", "came under criticism"),
        ("He has been harshly criticized for policies that cost the town millions.", "criticized"),
        ("Mr. Quellwood was accused of using $50 million for personal expenses.", "accused"),
    ],
)
def test_criticism_received_from_unnamed_critics_is_anonymous(sentence: str, cue: str) -> None:
    att = first(sentence)
    assert (att.speaker, att.speaker_kind, att.cue) == (None, "anonymous", cue)


def test_criticism_received_from_a_named_group_names_it() -> None:
    att = first("The dam plan drew sharp criticism from Senate Democrats on Monday.")
    assert (att.speaker, att.cue) == ("Senate Democrats", "drew criticism")


@pytest.mark.parametrize(
    "sentence",
    ["The team faces a key test on Tuesday.", "The dam was built in 1931 and faced the river."],
)
def test_facing_a_thing_is_no_stance(sentence: str) -> None:
    assert first(sentence).speaker_kind == "none"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("They sent a letter on Thursday to Senate leaders opposing the dam.", "they", "letter opposing"),
        ("Ana Ruiz has a new campaign ad hitting Paul Grant for not paying taxes.", "Ana Ruiz", "ad hitting"),
        ("Aides spoke on Friday after Ana Ruiz unleashed a series of tweets criticizing Grant.", "Ana Ruiz",
         "tweets criticizing"),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(sentence: str, speaker: str, cue: str) -> None:
    att = first(sentence)
    assert (att.speaker, att.cue) == (speaker, cue)


def test_a_participle_beyond_a_subordinate_clause_is_not_the_documents() -> None:
    att = first("Ruiz only issued the statement after her opponents began hitting her for going silent.")
    assert att.cue != "statement hitting"


def test_subject_phrase_ends_before_a_time_adjunct() -> None:
    att = first("A group of doctors in 2015 sent a letter to the dean of the school, calling for his dismissal.")
    assert att.speaker == "a group of doctors"


def test_states_that_is_a_cue() -> None:
    assert first("The clause states that federal law takes precedence over state law.").cue == "states that"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("It is prohibited when voting to fill a vacancy, per the party’s bylaws.", "the party’s bylaws"),
        ("By Ana Ruiz’s own admission, her tax returns are thick.", "Ana Ruiz"),
        ("The wife of Paul Grant pleads for his life.", "the wife of Paul Grant"),
    ],
)
def test_according_to_variants_and_pleas(sentence: str, speaker: str) -> None:
    assert first(sentence).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Gas costs $5 per gallon in the county.",
        "The dam produces 40 kilowatts per hour at full flow.",
        "Ana Ruiz pleaded guilty to one count of fraud on Wednesday.",
    ],
)
def test_rates_and_court_pleas_are_not_sources(sentence: str) -> None:
    assert first(sentence).speaker_kind == "none"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The agency has lagged in enforcing the law, frustrating Grant.", "Grant"),
        ("Ruiz has struggled, which is something that concerns Paul Grant, president of the caucus.", "Paul Grant"),
    ],
)
def test_the_one_whose_feeling_is_reported_holds_the_stance(sentence: str, speaker: str) -> None:
    assert first(sentence).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    ["The speech was meant to buck up worried Democrats before the vote.", "Frustrated Parents Rally Nationwide."],
)
def test_feeling_adjectives_are_not_stances(sentence: str) -> None:
    assert first(sentence).speaker_kind == "none"
