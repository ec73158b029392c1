"""What a denial denies, located at extraction (``extract.denied``): sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract.polarity import polarity_fields


def _denied(text: str) -> tuple[str | None, list[str], list[str]]:
    got = polarity_fields(text, [])
    span = got.get("denied")
    return (text[span[0] : span[1]] if span else None), got.get("denied_stems", []), got.get("denied_acts", [])


@pytest.mark.parametrize(("text", "clause", "act"), [
    ("The airline denied that its pilots had been ordered to skip the de-icing checks.",
     "its pilots had been ordered to skip the de-icing checks", "order"),
    ("The mayor again rejected suggestions that the tender had been rigged, saying the process was open.",
     "the tender had been rigged", "rigg"),
    ("Vintners flatly dismissed reports that wine had been diluted with water.", "wine had been diluted with water",
     "dilut"),
    ("The clinic insisted that no records had been destroyed.", "no records had been destroyed", "destroy"),
    # a possessive before the noun of hearsay
    ("The operator rejected the inspectors' claim that the dam had been neglected.", "the dam had been neglected",
     "neglect"),
    # the copula denial after what it denies; a complement without "that"
    ("Rumours that the vaccine had been diluted are false, the health agency said.", "the vaccine had been diluted",
     "dilut"),
    ("The treasurer denied the club had hidden its debts from auditors.", "the club had hidden its debts from auditors",
     "hidden"),
    # a noun-phrase complement ends where a coordinated verb begins
    ("Growers disputed allegations of price fixing by the cooperative and called for an audit.",
     "price fixing by the cooperative", None),
    ("The refinery said none of its tanks had ruptured.", "none of its tanks had ruptured", "ruptur"),
    ("None of the seized paintings had been sold, the auction house said.", "None of the seized paintings had been sold",
     "sold"),
])
def test_the_denied_clause_and_its_act_are_stored(text, clause, act):
    got, stems, acts = _denied(text)
    assert got == clause and acts == ([act] if act else []) and "no" not in stems and "none" not in stems, (got, stems, acts)


@pytest.mark.parametrize("text", [
    "He denied any wrongdoing.",  # nothing to compare: no complement clause
    "The council said that the mayor had never received the petition.",  # "never" of a third party's deed
    "The minister said the bridge would reopen in May.",  # no denial at all
    "There is no doubt that the levee failed.",  # an affirmation
    "The union rejected the offer, which was too low.",  # a refused offer, not a denied statement
])
def test_no_denied_clause_where_nothing_is_denied(text):
    assert _denied(text)[0] is None


def test_the_word_gates_answer_as_the_plain_searches():
    from workbench.extract.denied import denied_fields
    from workbench.extract.gates import words_of

    for text in ("The treasurer denied the club had hidden its debts from auditors.",
                 "The refinery said none of its tanks had ruptured.", "Nobody was hurt, the ferry operator said.",
                 "The mayor said the bridge would reopen in May.", "Officials insisted that nothing had been lost."):
        assert denied_fields(text, None, words_of(text)) == denied_fields(text, None), text


def test_a_denying_verb_before_a_gerund_denies_the_deniers_own_deed():
    """deny10: "denied ferrying the crates" had no denied clause (the verb needed "that", "claims", "having" ...)."""
    got = polarity_fields("The guild denied ferrying the crates across the border.", [])
    assert got.get("denial") and got["denied_acts"] == ["ferry"] and got.get("denied_self")
    assert not polarity_fields("Travellers were denied boarding at the gate.", []).get("denied")  # a refusal


def test_a_negated_universal_after_a_verb_of_insisting_is_marked():
    """deny10: "insisted that nobody had ..." answers a contrary account, as a denying verb does."""
    assert polarity_fields("The growers insisted that nobody had sprayed the orchards.", []).get("insisted")
    assert not polarity_fields("The growers said that nobody had sprayed the orchards.", []).get("insisted")


@pytest.mark.parametrize(("text", "clause"), [
    ("The guild repeated that it had never emptied the reservoir.", "it had never emptied the reservoir"),
    ("A guild spokesman insisted its wardens had never closed the gate.", "its wardens had never closed the gate"),
    ("The ferry firm reiterated on Monday that it had made no payment to the crew.",
     "it had made no payment to the crew"),
])
def test_a_negated_clause_said_again_is_a_denial(text, clause):
    """deny10b: a verb of saying again ("repeated", "reiterated", "insisted") before a negated clause."""
    assert _denied(text)[0] == clause


def test_a_repeated_thing_is_no_verb_of_saying_again():
    assert _denied("Repeated tests had not found the leak, the engineers said.")[0] is None


def test_a_stance_on_a_fact_said_again_is_no_denied_deed():
    """A simple past of a thing that is not the speaker's ("the fines did not apply to X"): a reading of a fact."""
    assert _denied("The warden repeated that the fines did not apply to the ferry crews.")[0] is None


def test_an_adverb_a_negation_licenses_is_no_act_and_the_clause_keeps_its_subject():
    """deny13: "No X was ever left open" stored "ever" as the denied act (and as a content word); the clause's
    subject ("gate") is stored so analysis can ask that a target speaks of it."""
    got = polarity_fields("No gate was ever left unlocked, a spokeswoman for the depot said.", [])
    assert got["denied_acts"] == ["left"] and "ever" not in got["denied_stems"], got
    assert got["denied_subject"] == ["gate"], got
    assert "denied_subject" not in polarity_fields("The guild denied that it had emptied the reservoir.", [])
    # the denier's own people or things ("none of its wardens"): the party's name stands for them
    assert "denied_subject" not in polarity_fields("The guild said none of its wardens had opened the sluice.", [])


def test_a_passive_gerund_after_a_denying_verb_is_the_deniers_own_clause():
    """deny13: "denied being warned" had no denied clause ("being" is no three-letter stem before "-ing")."""
    text = "The agency has denied being warned about the dam in a surveyors' letter."
    got = polarity_fields(text, [])
    assert text[got["denied"][0]:got["denied"][1]].startswith("being warned") and got.get("denied_self"), got


def test_a_possessive_claim_before_that_denies_what_follows_that():
    """deny13: the that-less pattern took "the union's claim that it had ..." as the denied clause."""
    assert _denied("The mill rejected the council's claim that it had skipped a fire drill.")[0] == \
        "it had skipped a fire drill"
