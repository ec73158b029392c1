"""A source's rebuttal set against another source's assertion of the rejected thing (issue 9, reported speech):
sentences written for these tests, not the dev corpus; vectors and act phrases from the real embedder."""

from __future__ import annotations

import pytest

from tests.analyze.event_relations import between, relations_by_text
from workbench.analyze.questions import asked_only

# the rest of an event: other claims of other reports, so that an event has a topic as real ones do
_STORY = ("Water reached the ground floors of about 200 houses in Lenbury, the district council said.",
          "The town's schools stayed shut on Thursday, the council said.",
          "Volunteers filled 3,000 sandbags outside the church hall through the night, the fire service said.")


@pytest.fixture(scope="module")
def relations_of(onnx_embedder):
    return lambda *texts: relations_by_text(onnx_embedder, *texts, story=_STORY)


def test_y_not_x_conflicts_with_another_source_that_says_x(relations_of):
    a = "The flooding was caused by a blocked culvert under the bypass, not by the heavy rain, the residents' group said."
    b = "The storm drains could not cope with the heavy rain that fell overnight, the water board said."
    c = "Two days of heavy rain overwhelmed the drains, the environment agency said."
    rels = relations_of(a, c)
    got = between(rels, a, c)
    assert got is not None and got.relation == "conflict", rels
    assert "residents' group" in got.reason and "environment agency" in got.reason and "heavy rain" in got.reason
    assert b  # a claim that negates something itself asserts nothing plainly (see the next test)


def test_a_claim_that_negates_something_itself_is_no_target(relations_of):
    a = "The flooding was caused by a blocked culvert under the bypass, not by the heavy rain, the residents' group said."
    b = "The storm drains could not cope with the heavy rain that fell overnight, the water board said."
    got = between(relations_of(a, b), a, b)
    assert got is None or got.relation != "conflict", got


def test_the_outlets_own_report_against_a_rebuttal_stays_inside_the_story(relations_of):
    a = "The flooding was caused by a blocked culvert under the bypass, not by the heavy rain, the residents' group said."
    c = "Two days of heavy rain overwhelmed the drains."
    got = between(relations_of(a, c), a, c)
    assert got is None or got.relation != "conflict", got


def test_the_rebutting_partys_own_words_are_no_conflict(relations_of):
    a = "The flooding was caused by a blocked culvert under the bypass, not by the heavy rain, the residents' group said."
    c = "Two days of heavy rain overwhelmed the drains, a member of the residents' group said."
    got = between(relations_of(a, c), a, c)
    assert got is None or got.relation != "conflict", got


def test_a_negated_predicate_conflicts_with_the_predicate_asserted_elsewhere(relations_of):
    a = "The painting is not an original by the court painter, said Ines Morrow, a restorer who examined it."
    c = "The canvas is an original by the court painter, the auction house said."
    got = between(relations_of(a, c), a, c)
    assert got is not None and got.relation == "conflict", got


def test_a_rejected_place_must_be_filled_by_the_other_side_not_only_named(relations_of):
    a = "The balloon came down in a barley field near Ostby, not in Lenbury, the pilot said."
    c = "The balloon landed in Lenbury shortly after dawn, the district council said."
    d = "The flight from Lenbury had been planned for months, the organisers said."
    rels = relations_of(a, c, d)
    got = between(rels, a, c)
    assert got is not None and got.relation == "conflict", rels
    other = between(rels, a, d)
    assert other is None or other.relation != "conflict", other


def test_a_negation_about_something_else_does_not_fire(relations_of):
    a = "The district council did not say when the bypass would reopen."
    c = "The bypass will reopen next week, the highways agency said."
    got = between(relations_of(a, c), a, c)
    assert got is None or got.relation != "conflict", got


def test_a_negated_universal_conflicts_with_a_deed_told_in_another_tense_and_words(relations_of):
    """"none of its jets had landed" / "a jet touched down": the deed's words differ ("landed" / "touched down"),
    so the shared-act test of ``denied_claims`` misses it; the two propositions embed close."""
    a = "Norrair repeated that none of its jets had landed on the cracked runway at Lenbury."
    c = "A Norrair jet touched down on the cracked runway at Lenbury on Friday, the airport authority said."
    got = between(relations_of(a, c), a, c)
    assert got is not None and got.relation == "conflict", got
    assert "airport authority" in got.reason and "Norrair" in got.reason


def test_a_rejected_figure_conflicts_with_the_source_that_asserts_it(relations_of):
    rejecting = "The harbour board counted 38 yachts at anchor, not the 52 given by the sailing club, it said on Monday."
    asserting = "There were 52 yachts at anchor in the bay on Sunday, the sailing club said."
    rel = between(relations_of(rejecting, asserting), rejecting, asserting)
    assert rel is not None and rel.relation == "conflict"
    assert "52" in rel.reason and "38" in rel.reason and "sailing club" in rel.reason


def test_a_rejected_figure_never_agrees_and_needs_its_named_origin(relations_of):
    rejecting = "Marlow Transit said 6,100 riders used the new line, rather than the 7,400 that Riverside Commuters gave."
    other = "Some 7,400 people rode the new line on its first day, the mayor's office said."
    rel = between(relations_of(rejecting, other), rejecting, other)
    assert rel is None or rel.relation not in ("agree", "conflict")


def test_a_figure_set_above_another_unnamed_one_conflicts_with_the_lower_figure(relations_of):
    higher = "At least 27 stalls were damaged in the fire, the market trust said on Tuesday, well above the figure given by the police."
    lower = "Police said 15 stalls had been damaged in the fire."
    rel = between(relations_of(higher, lower), higher, lower)
    assert rel is not None and rel.relation == "conflict" and "above" in rel.reason


def test_a_ruled_out_cause_is_answered_only_by_a_claim_that_says_how_it_came_about(relations_of):
    a = "The residents' group said the real cause was a blocked culvert under the bypass, not the heavy rain."
    c = "The heavy rain on Tuesday was the worst in forty years, the water board said."  # names it, states no cause
    got = between(relations_of(a, c), a, c)
    assert got is None or got.relation != "conflict", got


def test_a_claim_sharing_only_the_head_of_a_rejected_kind_takes_no_side(relations_of):
    # "not a gas explosion" rejects the kind of explosion; "the explosion shook ..." accepts an explosion, of no kind
    a = "The blast was caused by a leaking boiler, not a gas explosion, the housing trust said."
    c = "The explosion shook the whole street shortly after midnight, the fire brigade said."
    got = between(relations_of(a, c), a, c)
    assert got is None or got.relation != "conflict", got


def test_a_reported_earlier_deed_naming_the_ruled_out_cause_is_no_answer_to_it(relations_of):
    a = "The residents' group said the real cause was a blocked culvert under the bypass, not the heavy rain."
    c = "The water board said it had opened an inquiry into the heavy rain warnings."  # an account, no cause
    got = between(relations_of(a, c), a, c)
    assert got is None or got.relation != "conflict", got


def test_a_claim_naming_the_rejected_kind_still_conflicts(relations_of):
    a = "The blast was caused by a leaking boiler, not a gas explosion, the housing trust said."
    c = "A gas explosion shook the whole street shortly after midnight, the fire brigade said."
    got = between(relations_of(a, c), a, c)
    assert got is not None and got.relation == "conflict", got


def test_a_claim_that_only_asks_about_the_rejected_thing_takes_no_side(relations_of):
    a = "Brandvik denied that the firm was preparing to sell the mill."
    c = "The minister's office said she wanted to hear what the firm planned for the mill before deciding whether " \
        "the state could help."
    got = between(relations_of(a, c), a, c)
    assert got is None or got.relation != "conflict", got


def test_an_indirect_question_asserts_none_of_its_words():
    text = "The minister's office said she wanted to hear what the firm planned for the mill."
    assert asked_only(text, ["firm", "mill"])
    assert not asked_only(text, ["minist", "firm"])  # the source is named before the question
    assert not asked_only("The firm plans to sell the mill, the union said.", ["firm", "mill"])
