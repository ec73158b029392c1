"""Relays and audiences: who passed the words on is ``via``, never part of the speaker or of the cue's object.

Invented texts (round 7 of issue 10); each case was seen failing first. Shapes found on BASIL dev years 2010-14
and on made-up newsroom sentences, never on test-year text.
"""

from __future__ import annotations

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute
from workbench.models import Attribution


def attributions(text: str) -> list[Attribution]:
    return attribute(split_sentences(text))


def test_told_object_ends_where_the_reported_clause_opens_with_a_pronoun() -> None:
    got = attributions("Vogt told the Ledger she had misread the canal budget.")[0]
    assert (got.speaker, got.cue, got.via) == ("Vogt", "told the Ledger", "the Ledger")


def test_inverted_cue_with_a_person_speaking_to_an_outlet() -> None:
    got = attributions("“The canal budget is sound,” explained Lena Vogt to the Ledger.")[0]
    assert (got.speaker, got.via) == ("Lena Vogt", "the Ledger")


def test_inverted_cue_with_a_lower_case_description_before_the_name() -> None:
    got = attributions("“The canal budget is sound,” said newly appointed treasurer Lena Vogt.")[0]
    assert got.speaker == "Lena Vogt"


def test_inverted_cue_object_of_to_is_not_a_speaker() -> None:
    got = attributions("“Dear neighbors,” wrote an open letter to the canal board.")[0]
    assert got.speaker is None


def test_an_update_label_is_nobody_and_a_role_and_name_lead_introduces_the_quote() -> None:
    text = (
        "“The canal budget is sound,” Lena Vogt wrote.\n\n"
        "UPDATE:\n\n"
        "Harbor spokesman Tomas Beck answered the post in a statement Monday:\n\n"
        "“The budget is short by a third.”"
    )
    assert [a.speaker for a in attributions(text)] == ["Lena Vogt", None, "Tomas Beck", "Tomas Beck"]


def test_bare_quote_after_a_sentence_about_a_person_is_theirs() -> None:
    text = "Lena Vogt was unmoved by the audit. “The canal budget is sound.”\n\nTomas Beck was not convinced.\n\n“It is short by a third.”"
    assert [a.speaker for a in attributions(text)] == [None, "Lena Vogt", None, "Tomas Beck"]


def test_bare_quote_closed_later_by_another_source_keeps_the_run_source() -> None:
    text = "Lena Vogt was unmoved by the audit.\n\n“The budget is sound. It is audited,” Tomas Beck said."
    assert [a.speaker for a in attributions(text)][1:] == ["Tomas Beck", "Tomas Beck"]


def test_quoted_word_inside_a_noun_phrase_does_not_make_its_noun_a_speaker() -> None:
    text = (
        "The board’s chair, Lena Vogt, issued a statement saying the canal fees had not changed and rejecting "
        "what she called “careless” press reports."
    )
    assert attributions(text)[0].speaker == "Lena Vogt"


def test_quote_then_an_inverted_outlet_still_speaks() -> None:
    assert attributions("“The canal fees have not changed,” the Ledger reports.")[0].speaker == "the Ledger"


def test_whose_clause_after_an_inverted_cue_is_an_aside() -> None:
    got = attributions("“The canal plan is sound,” said Lena Vogt, whose office wrote the plan.")[0]
    assert got.speaker == "Lena Vogt"


def test_a_cue_inside_an_opening_prepositional_phrase_yields_to_the_main_clause() -> None:
    text = "In a note to Tomas and Rosa posted on her blog, Ms. Vogt recalled being criticized by a reporter for it."
    assert attributions(text)[0].speaker == "Vogt"
    text = (
        "In a letter signed by the 42 members of the caucus, delivered to the leader, Paul Lindqvist of Maine, and "
        "mentioned Wednesday by Rosa Albright of Vermont, the senators informed the leader that they would block it."
    )
    assert attributions(text)[0].speaker == "the senators"


def test_citing_gives_the_cited_source_and_the_outlet_as_via() -> None:
    for text in (
        "The canal will close in May, according to the Harbor Ledger, citing two harbor officials.",
        "The canal will close in May, the Harbor Ledger reported, citing two harbor officials.",
        "Citing two harbor officials, the Harbor Ledger reported that the canal will close in May.",
    ):
        got = attributions(text)[0]
        assert (got.speaker, got.via) == ("two harbor officials", "the Harbor Ledger"), text


def test_citing_his_own_record_is_no_relay() -> None:
    got = attributions("Lena Vogt defended the canal budget, citing her own audit.")[0]
    assert got.speaker == "Lena Vogt"


def test_an_outlet_named_with_a_time_word_is_still_a_source() -> None:
    assert attributions("The canal will close in May, the Morning Ledger reported.")[0].speaker == "the Morning Ledger"


def test_a_bare_attribution_signs_the_quote_before_it() -> None:
    got = [a.speaker for a in attributions("“The locks are old. They leak.” Vogt wrote in a post on Monday.")]
    assert got == ["Vogt", "Vogt", "Vogt"]


def test_an_attribution_with_its_own_content_does_not_sign_the_quote_before_it() -> None:
    got = [a.speaker for a in attributions("“The locks are old.” Vogt said the board would replace them in May.")]
    assert got == [None, "Vogt"]


def test_a_persons_statement_or_response_speaks_for_the_person() -> None:
    assert attributions("Vogt’s statement said the locks were safe.")[0].speaker == "Vogt"
    assert attributions("Lena Vogt’s response: “The locks are safe.”")[0].speaker == "Lena Vogt"
    assert attributions("Vogt’s campaign said the locks were safe.")[0].speaker == "Vogt’s campaign"


def test_a_document_that_reads_a_quote_is_its_source() -> None:
    got = attributions("“The locks are safe and the fees will not rise,” the board’s statement read.")[0]
    assert (got.speaker, got.cue) == ("the board’s statement", "read")
    got = attributions("“We object to the canal fees,” the letter states. “They are too high.”")
    assert [a.speaker for a in got] == ["the letter", "the letter"]


def test_a_participle_after_a_quote_closing_with_its_comma_reports_for_the_subject() -> None:
    got = attributions("The Harbor Audit Office rated the canal plan as “unsound,” noting that the fees were too low.")[0]
    assert (got.speaker, got.cue) == ("the Harbor Audit Office", "noting")
