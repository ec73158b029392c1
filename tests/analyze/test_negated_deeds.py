"""A deed stated as done by one source and as never done by another (issue 9, seventh round, class 4):
sentences written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_deed_done_and_never_done_conflict_even_beside_unrelated_figures():
    got = rel("The harbour master closed the ferry terminal at 3pm on Friday, with some 900 passengers still waiting.",
              "The ferry terminal was never closed, a port spokeswoman said, though two of its 12 gates shut early.",
              sim=0.5)
    assert got.relation == "conflict" and "clos" in got.reason, got


def test_a_deed_not_done_against_the_deed_done_conflicts_across_fact_clusters():
    from tests.analyze.test_frame_relate import view
    from workbench.analyze.relate import relate_across

    got = relate_across(view("Inspectors sealed the grain silo on Tuesday, the county said.", cid="a"),
                        view("The grain silo was not sealed, its owner said.", cid="b"), 0.3)
    assert got is not None and got.relation == "conflict", got


def test_a_negation_of_another_act_is_no_conflict():
    got = rel("The harbour master closed the ferry terminal on Friday.",
              "The ferry terminal never reopened its cafe, a port spokeswoman said.", sim=0.5)
    assert got.relation != "conflict", got


def test_two_sources_that_both_say_it_never_happened_do_not_conflict():
    got = rel("The ferry terminal was never closed, a port spokeswoman said.",
              "The terminal was never closed, the harbour master said.", sim=0.7)
    assert got.relation != "conflict", got


def test_a_negation_inside_what_a_party_insists_or_believes_is_no_deed_undone():
    """"insisting that the council never approved ...": a party's view inside the story, not the source's statement."""
    got = rel("The council approved the quarry extension in May, the planning office said.",
              "Residents insist that the council never approved the quarry extension.", sim=0.7)
    assert got.relation != "conflict" or "done vs not done" not in got.reason, got


def test_a_negated_verb_of_the_present_is_no_deed_undone():
    got = rel("The quarry owners have raided the reserve fund, the auditor said.",
              "We are not raiding the reserve fund, the quarry owners said.", sim=0.7)
    assert "done vs not done" not in got.reason, got


def test_a_deed_someone_is_reported_to_have_claimed_is_not_stated_done():
    """"told the paper he had misspoken at a dinner in which he said he captained the team": the claim reports
    what he once said, not that he captained it, so "never captained" is no conflict with it (BASIL, 51-100)."""
    never = "Mr. Loring never captained the national rowing team."
    for said in ("Loring told the Gazette he had misspoken at a 2009 dinner in which he said he captained the team.",
                 "In several club newsletters he is described as having captained the national rowing team."):
        got = rel(never, said, sim=0.7)
        assert "done vs not done" not in got.reason, (said, got)


def test_the_claims_own_attribution_still_states_the_deed():
    got = rel("Port officials said the harbour master closed the ferry terminal on Friday.",
              "The ferry terminal was never closed, a port spokeswoman said.", sim=0.5)
    assert got.relation == "conflict" and "clos" in got.reason, got
