"""The closed class of communication and cognition verbs (issue 10, round 6): cues beyond "said", and their
noun homographs that are not. The names are fictional."""

from __future__ import annotations

import pytest

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute


def att(text: str):
    return attribute(split_sentences(text))[0]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Ana Ruiz cautioned that the dam could fail within a decade.", "cautioned"),
        ("Ruiz decried the levy as a tax on farmers.", "decried"),
        ("Ruiz thought the levy would raise 4 million dollars.", "thought"),
        ("The mayor has also commented on the flood.", "commented"),
        ("The next day, Ruiz clarified that she meant the budget, not the staff.", "clarified"),
        ("Ruiz scoffed at the council for ignoring the dam.", "scoffed"),
        ("Ruiz, the head of the River Board, applauded the vote.", "applauded"),
        ("The board chose to raise the levy.", "chose"),
        ("The film explores how the dam changed the valley.", "explores"),
        ("Some farmers were willing to pay more for water.", "willing to"),
        ("Polls show a close race in the county.", "show"),
        ("Data from the state survey show that 41 percent of wells are dry.", "show"),
        ("Ruiz studied the survey, which left little doubt that the dam is failing.", "left little doubt"),
    ],
)
def test_communication_verbs_are_cues(sentence: str, cue: str) -> None:
    found = att(sentence)
    assert found.cue == cue and found.speaker_kind != "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "The eventual appeals court ruling could close the case.",  # "appeals" is a noun here
        "The town council banned protests near the dam.",
        "There are also less tangible but no less important reasons to repair the dam.",
        "The groups appealed the case to the district court.",  # an appeal in court is a deed
        "The mayor has not commented on the flood.",  # no words at all
        "The election will be decided by the voters.",  # a passive, not a decision someone states
        "The town keeps its documents in the archive.",
        "The two taped an hourlong show that aired on Thursday.",  # a show, and a relative "that"
        "The mayor will show up at the dam on Monday.",
    ],
)
def test_noun_homographs_are_not_cues(sentence: str) -> None:
    assert att(sentence).speaker_kind == "none"


def test_a_colloquial_guess_does_not_break_a_quote_run() -> None:
    text = "Ana Ruiz wrote on the forum: “Your rules are a mess, so I’m guessing you did not read them. Read them.”"
    assert {a.speaker for a in attribute(split_sentences(text))} == {"Ana Ruiz"}


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("Ruiz was quoted as saying that the dam would hold.", "Ruiz", "named"),
        ("The dam will hold, Ruiz was quoted as saying.", "Ruiz", "named"),
        ("Ruiz took to Twitter to say the dam would hold.", "Ruiz", "named"),
        ("Ruiz has made no secret of her contempt for the council.", "Ruiz", "named"),
        ("Ruiz pushed back on the claim.", "Ruiz", "named"),
        ("People close to Ruiz say she will run.", "people close to Ruiz", "anonymous"),
        ("Allies of the mayor said she will run.", "Allies of the mayor", "anonymous"),
        ("The claim by Ruiz that the dam would hold was false.", "Ruiz", "named"),
        ("The bill’s remaining supporters took to the airwaves to defend it.", "the bill’s remaining supporters",
         "anonymous"),
    ],
)
def test_newsroom_idioms(sentence: str, speaker: str, kind: str) -> None:
    found = att(sentence)
    assert (found.speaker, found.speaker_kind) == (speaker, kind)


def test_a_statement_from_an_office_names_the_holder() -> None:
    text = "“The dam is safe,” reads a statement from Senate Majority Leader Ana Ruiz's office."
    assert att(text).speaker == "Ana Ruiz"


@pytest.mark.parametrize("sentence", ["Ruiz took to the stage and sang.", "A letter from Ruiz arrived on Monday."])
def test_idioms_that_report_nothing(sentence: str) -> None:
    assert att(sentence).speaker_kind == "none"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Ruiz unveiled a plan to fix the dam by May.", "unveiled"),
        ("Ruiz raised concerns about the dam.", "raised concerns"),
        ("Ruiz cast doubt on the figures.", "cast doubt"),
        ("Ruiz took aim at the council.", "took aim"),
        ("Ruiz sided with the council.", "sided with"),
        ("Ruiz appeared to blame the council.", "blame"),  # a base form after "to", through "appeared to"
        ("Ruiz tried to downplay the risk.", "downplay"),
    ],
)
def test_stance_idioms_and_infinitives(sentence: str, cue: str) -> None:
    found = att(sentence)
    assert (found.speaker, found.cue) == ("Ruiz", cue)


@pytest.mark.parametrize("sentence", ["The blame fell on the council.", "They hired a lawyer to defend them."])
def test_base_forms_need_their_infinitive(sentence: str) -> None:
    assert att(sentence).speaker_kind == "none"
