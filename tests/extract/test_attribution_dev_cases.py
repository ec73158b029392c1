"""Constructions found reading BASIL 2010-14 (dev) claims for issue 10, round 5; names and wording are fictional."""

from __future__ import annotations

import pytest

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute


def atts(text: str):
    return attribute(split_sentences(text))


def test_source_of_knowledge_beats_the_act_it_reports() -> None:
    att = atts("Senate Democrats have asked the agency for changes to the bill, according to Sen. Ana Ruiz.")[0]
    assert (att.speaker, att.cue) == ("Ana Ruiz", "according to")


def test_outlet_report_with_its_sources_names_the_sources_via_the_outlet() -> None:
    att = atts("On Friday, the Daily Ledger reported that Grant will not run, according to three people close to him.")[0]
    assert (att.speaker, att.via) == ("three people close to him", "the Daily Ledger")


def test_a_verb_of_saying_keeps_its_subject_before_according_to() -> None:
    att = atts("Ruiz said the dam would close, according to a transcript of the meeting.")[0]
    assert att.speaker == "Ruiz"


def test_the_one_asked_answers_in_the_main_clause() -> None:
    att = atts("Asked whether the town would flood again, Paul Grant, a former engineer, offered a sober view.")[0]
    assert att.speaker == "Paul Grant"


def test_name_opening_an_appositive_chain_after_a_quote_speaks() -> None:
    text = (
        "“The dam is sacred ground,” Ana Ruiz, a Republican trying to unseat Representative Paul Grant, a Democrat, "
        "in the Third District, said in a statement. “Would anyone build there?”"
    )
    first, second = atts(text)
    assert (first.speaker, first.role) == ("Ana Ruiz", "a Republican trying to unseat Representative Paul Grant")
    assert second.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The statement came from Sen. Ana Ruiz, and former Sens. Paul Grant and Tom Bell.", "Ana Ruiz"),
        ("The letter goes on: “Scheduling should be focused on the dam.”", "the letter"),
        ("The party committee alerted reporters that Ana Ruiz also supports the deal.", "the party committee"),
        ("In a briefing with reporters on Wednesday, senior officials used the emails to show that the dam leaked.",
         "senior officials"),
    ],
)
def test_sources_without_a_verb_of_saying(text: str, speaker: str) -> None:
    assert atts(text)[0].speaker == speaker


def test_a_correction_note_ending_in_a_colon_is_not_the_last_source() -> None:
    text = "“We will win,” Ana Ruiz said.\n\nThis post has been revised to reflect the following correction:"
    assert atts(text)[-1].speaker_kind == "none"


def test_a_cue_inside_the_first_cues_that_clause_is_content() -> None:
    att = atts("The party committee alerted reporters that Ana Ruiz, the governor of the state, also supports the deal.")[0]
    assert (att.speaker, att.cue) == ("the party committee", "alerted")


def test_a_closing_attribution_after_a_that_clause_still_wins() -> None:
    att = atts("Ruiz had told police officials that she did not want the escort, but the city overruled her, the aide added.")[0]
    assert (att.speaker, att.cue) == ("the aide", "added")


def test_finding_oneself_somewhere_is_no_finding() -> None:
    att = atts("Attorney General Ana Ruiz, once a shoo-in for the seat, finds herself on the ropes after a report.")[0]
    assert att.speaker_kind == "none"


def test_the_main_clause_cue_beats_one_in_an_opening_subordinate_clause() -> None:
    text = (
        "When prosecutors charged the couple last Friday, the former mayor said he fully accepts the responsibility "
        "for the improper decisions and the mistakes he has made."
    )
    assert atts(text)[0].cue == "said"


def test_parenthetical_went_on_names_the_speaker_not_the_first_word() -> None:
    text = "Paul Grant responded that “there is broad discretion.” Managers, he went on, “are told how to use it.”"
    assert atts(text)[1].speaker == "Paul Grant"


def test_a_title_case_program_is_not_a_person_for_he() -> None:
    text = (
        "Former Rep. Paul Grant on Tuesday released a report on school safety. The report was prepared by a task "
        "force, called the School Shield Program, led by Grant. At the press conference, he stated that its findings "
        "were independent."
    )
    assert atts(text)[-1].speaker == "Paul Grant"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As stated in Ruiz’s commentary, there are many questions about the permit.", "Ruiz’s commentary"),
        ("Republicans weren’t too concerned about this shift in strategy.", "Republicans"),
        ("Grant met with the leaders and came away convinced that reforms were underway.", "Grant"),
        ("Paul Grant offered some pointed advice to Ana Ruiz on Friday about the debates.", "Paul Grant"),
    ],
)
def test_more_sources_without_a_verb_of_saying(text: str, speaker: str) -> None:
    assert atts(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "text", ["A big question remains, however: what will the town do?", "The photo in question showed the dam."]
)
def test_question_as_a_noun_is_no_cue(text: str) -> None:
    assert atts(text)[0].cue != "question"
