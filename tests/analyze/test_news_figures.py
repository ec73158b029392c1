"""False figure conflicts of real news prose, told apart by structure (BASIL dev events, issue 9, eighth stop)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_span_in_years_is_restated_in_months_before_it_is_compared():
    """"a 43-month audit" keeps its unit in the measure, not on the bare number: "nearly four years" must be
    converted to months before comparing, and "nearly four years" admits 43 months."""
    for a in ("The ministry's nearly four-year-long audit did not establish that the mill board broke the law.",
              "After nearly four years of audit, the public is entitled to know what the ministry found."):
        got = rel(a, "Ms. Ferrow, the auditor, completed her 43-month audit of the mill board.", sim=0.7)
        assert got.relation != "conflict", got
    got = rel("The ministry's six-year-long audit did not establish that the mill board broke the law.",
              "Ms. Ferrow, the auditor, completed her 43-month audit of the mill board.", sim=0.7)
    assert got.relation == "conflict", got


def test_a_claim_that_states_the_others_figure_for_another_time_is_no_rival():
    """"four arrests on Thursday, compared to 38 the previous night": the claim reports the other's 38 itself."""
    a = "The chief said there were four arrests on Thursday, compared to 38 the previous night."
    for b in ("Still, the police did make 38 arrests overnight.",
              "The authorities made at least 38 arrests in the town overnight."):
        got = rel(a, b, sim=0.7)
        assert got.relation != "conflict", got
    got = rel("The chief said there were four arrests on Thursday night.",
              "Still, the police did make 38 arrests on Thursday night.", sim=0.7)
    assert got.relation == "conflict", got


def test_a_legal_maximum_is_a_limit_not_a_sentence():
    """What a charge carries at most is a rule, not the sentence sought or given."""
    got = rel("Prosecutors recommended that Mr. Varga receive a sentence of 30 to 37 months in prison.",
              "The charge against Mr. Varga carries a maximum of two years in prison.", sim=0.7)
    assert got.relation != "conflict", got
    got = rel("Prosecutors recommended that Mr. Varga receive a sentence of 37 months in prison.",
              "Prosecutors asked that Mr. Varga serve two years in prison.", sim=0.7)
    assert got.relation == "conflict", got


def test_an_item_listed_beside_the_converted_sum_is_no_rival_of_the_total():
    """The claim names an amount of the same funds that admits the other's total, then one item bought with them:
    the item's price is another figure, not a rival of the total."""
    got = rel("Rep. Carl Moss and his wife were indicted on charges of illegally converting $180,000 in campaign "
              "funds for personal expenses, prosecutors announced Tuesday.",
              "Representative Carl Moss was indicted on Tuesday after a monthslong inquiry into allegations that he "
              "spent tens of thousands of dollars in campaign funds on family trips to Spain and even a $400 airline "
              "ticket for a pet dog.", sim=0.7)
    assert got.relation != "conflict", got
