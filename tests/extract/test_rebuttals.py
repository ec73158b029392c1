"""What a claim rejects, read once at extraction (``extract.rebuttals``): sentences written for these tests."""

from __future__ import annotations

from workbench.extract.claims import extract_claims
from workbench.extract.polarity import polarity_fields
from workbench.extract.rebuttals import rebuttal_of


def _rebuts(text: str, party: str | None = None):
    return rebuttal_of(text, polarity_fields(text, []), party)


def test_a_contrastive_negation_rejects_its_phrase_in_the_place_of_what_is_asserted():
    got = _rebuts("The flooding was caused by a blocked culvert, not by the heavy rain, the residents' group said.")
    assert got is not None and got["how"] == "contrast"
    assert got["prop"] == "The flooding was caused by the heavy rain"
    assert got["stems"] == ["heavy", "rain"] and "culvert" in got["instead"]


def test_not_x_but_y_rejects_x_in_the_place_y_fills():
    got = _rebuts("The fire started not in the kitchen but in a bedroom upstairs, the fire brigade said.")
    assert got is not None and got["prop"] == "The fire started in the kitchen" and got.get("place") == "in"
    assert "bedroom" in got["instead"]
    assert _rebuts("The strike hit not only the ports but the railways too.") is None


def test_a_rejected_participle_takes_the_place_of_the_asserted_one():
    got = _rebuts("The horses were stolen from the paddock, not released, the stable owner said.")
    assert got is not None and got["prop"].startswith("The horses were released")


def test_rather_than_and_instead_of_reject_too():
    assert _rebuts("The ferry sailed to Norden instead of the island port, a deckhand said.")["stems"] == ["island", "port"]
    assert _rebuts("Visitors queued for the exhibition rather than the concert, the gallery said.")["stems"] == ["concert"]


def test_a_rejected_place_is_marked_as_a_place_slot():
    got = _rebuts("The yacht sank off the northern cape, not in the harbour, the crew said.")
    assert got is not None and got.get("place") == "in"


def test_a_negated_predicate_rejects_the_predicate_of_its_subject():
    got = _rebuts("The portrait is not a genuine work by the master, an art historian said.")
    assert got is not None and got["how"] == "predicate"
    assert got["prop"] == "The portrait is a genuine work by the master"


def test_what_a_source_says_is_the_proposition_not_its_reporting_verb():
    got = _rebuts("The ministry said the shipment was not a breach of the embargo, a spokesman added.")
    assert got is not None and got["prop"] == "the shipment was a breach of the embargo"


def test_other_negated_predicates_are_a_partys_stance_and_reject_nothing():
    assert _rebuts("The senator said his views did not affect his work on the committee.") is None
    assert _rebuts("The union has not changed its position on the pension reform, its leader said.") is None


def test_a_denial_names_the_party_in_place_of_its_pronoun():
    text = "The brewery denied that its tanks had leaked into the stream."
    claim = extract_claims(text, "2027-05-04")[0]
    assert claim.frame is not None and claim.frame.rebuts is not None
    assert claim.frame.rebuts["how"] == "denied" and claim.frame.rebuts["prop"].casefold().startswith("the brewery's tanks")


def test_negations_about_something_else_reject_nothing():
    for text in ("The police did not say where the suspect was arrested.",
                 "It is not the first time the bridge has been closed.",
                 "The repairs are not yet finished, the council said.",
                 "No one was hurt in the blaze, firefighters said.",
                 "Passengers were handed tickets that did not show the correct platform.",
                 "The owner, whose name was not given, paid the fine.",
                 "Not only the roof but the walls were damaged."):
        assert _rebuts(text) is None, text


def test_a_plain_assertion_rejects_nothing():
    assert extract_claims("The bridge reopened to traffic on Monday, the council said.", "2027-05-04")[0].frame.rebuts \
        is None


def test_a_course_preferred_to_another_rejects_no_fact():
    """"urged X to do A rather than B" prefers one course to another: nothing another source says is rejected."""
    assert _rebuts("The library urged readers to renew their books online rather than queue at the desk, it said.") is None
    assert _rebuts("The club told members to write to the board instead of calling the office.") is None
    assert _rebuts("The ferry sailed to Norden instead of the island port, a deckhand said.") is not None
