"""Extraction causes of missed conflicts on fresh events (issue 9, rel9i): a figure whose counted noun stands far
from it, a compound word read as a role, a zero stated with a noun, opposite directions of one measured thing.
Each in wording of its own (sentences written for these tests, not the corpus)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view


def test_a_count_of_the_number_of_a_noun_carries_that_noun():
    m = view("The number of subscribers whose records leaked has climbed to 1.4 million, the operator said.").frame
    assert m.measures[0].get("unit") == "subscribers" and m.measures[0].get("count_of") == "subscribers", m.measures


def test_two_sources_giving_the_number_of_one_noun_conflict():
    got = rel("The number of subscribers whose records leaked has climbed to 1.4 million, the operator said on Tuesday.",
              "An activist collective that claimed the leak put the number of affected subscribers at 6 million.",
              sim=0.7)
    assert got.relation == "conflict" and "1.4 million" in got.reason and "6 million" in got.reason, got


def test_a_number_phrase_before_another_figure_does_not_lend_its_noun():
    m = view("The number of flights fell by 12 on Monday as 3,000 passengers waited, the airport said.").frame
    assert [x.get("count_of") for x in m.measures if x["text"].startswith("3,000")] in ([None], []), m.measures


def test_a_role_word_opening_a_hyphenated_compound_is_not_the_figures_role():
    m = view("The motion was supported by five of the eleven members of the price-setting board, records showed.").frame
    assert not m.measures[0].get("role"), m.measures
    m = view("Five members of the strike-hit union's board resigned, an aide said.").frame
    assert m.measures[0].get("role") != "striking", m.measures


def test_a_role_word_that_heads_its_compound_still_gives_the_role():
    m = view("The interest-rate was put at 4.5%, the bank said.").frame
    assert m.measures[0].get("role") == "rate", m.measures


def test_a_vote_count_of_one_board_in_two_wordings_conflicts():
    got = rel("The motion was supported by five of the eleven members of the price-setting board, records showed.",
              "Eight of the board's eleven members voted for the motion, an aide said.", sim=0.7)
    assert got.relation == "conflict", got


def test_a_possessor_the_other_claim_never_names_is_still_another_group():
    got = rel("Five of the eleven members of the price-setting board backed the motion, records showed.",
              "Eight of the union's eleven members backed the motion, an aide said.", sim=0.7)
    assert got.relation != "conflict", got


def test_a_zero_stated_of_a_noun_conflicts_with_a_count_of_it_under_the_same_predicate():
    got = rel("No patient records were copied, a hospital spokesman insisted.",
              "Patient records of about 12,000 people were among the copied files, the auditor said on Friday.",
              sim=0.7)
    assert got.relation == "conflict" and "12,000" in got.reason and "record" in got.reason, got


def test_a_zero_of_a_noun_is_no_rival_of_a_count_under_another_predicate():
    got = rel("No patient records were copied, a hospital spokesman insisted.",
              "About 12,000 patient records were deleted, the auditor said on Friday.", sim=0.7)
    assert got.relation != "conflict", got
    got = rel("No schools were closed, the council said.", "Some 400 schools reopened on Monday, the council said.",
              sim=0.7)
    assert got.relation != "conflict", got


def test_one_thing_said_to_go_down_and_up_over_one_period_conflicts():
    got = rel("Ticket sales fell 4% last year, the club said.",
              "Ticket sales grew last year for the first time since 2015, the supporters' trust said.", sim=0.7)
    assert got.relation == "conflict" and "direction" in got.reason and "the club" in got.reason, got


def test_opposite_directions_of_two_things_or_two_periods_are_no_conflict():
    got = rel("Ticket sales fell 4% last year, the club said.",
              "Season pass sales grew last year, the supporters' trust said.", sim=0.7)
    assert got.relation != "conflict", got
    got = rel("Ticket sales fell 4% last year, the club said.", "Ticket sales grew in 2024, the supporters' trust said.",
              sim=0.7)
    assert got.relation != "conflict", got
    got = rel("Ticket sales fell 4% last year, the club said.",
              "Ticket sales did not grow last year, the supporters' trust said.", sim=0.7)
    assert got.relation != "conflict", got


def test_levels_of_one_role_stated_of_two_things_are_different_measures():
    got = rel("The average price of diesel reached 1.92 euros a litre on Monday, the motoring club said.",
              "The average price of petrol reached 1.78 euros a litre on Monday, the motoring club said.", sim=0.7)
    assert got.relation == "different_measure" and "diesel" in got.reason and "petrol" in got.reason, got


def test_levels_of_one_role_of_one_thing_still_conflict():
    got = rel("The average price of diesel reached 1.92 euros a litre on Monday, the motoring club said.",
              "The average price of diesel was 1.78 euros a litre on Monday, a dealer said.", sim=0.7)
    assert got.relation == "conflict", got


def test_two_amounts_stated_as_two_different_things_are_no_rivals():
    got = rel("The court ordered the firm to pay 40,000 crowns in damages.",
              "The firm was also told to pay 12,000 crowns in legal costs, the court said.", sim=0.7)
    assert got.relation == "different_measure" and "damages" in got.reason and "legal costs" in got.reason, got


def test_an_amount_stated_as_one_thing_on_both_sides_keeps_its_comparison():
    got = rel("The union said the firm owed 3 million crowns in unpaid wages.",
              "The firm owed 1.2 million crowns in unpaid wages, its finance chief said.", sim=0.7)
    assert got.relation == "conflict", got


def test_power_in_two_prefixes_is_one_figure() -> None:
    # "2.4 gigawatts" and "2,400 megawatts" are one amount of power, not two counts of two kinds of thing
    got = rel("Output peaked at 2.4 gigawatts, the grid firm said.",
              "Output reached 2,400 megawatts, according to the regulator.", sim=0.7)
    assert got.relation == "agree", got
    got = rel("Output peaked at 2.4 gigawatts, the grid firm said.",
              "Output reached 3,100 megawatts, according to the regulator.", sim=0.7)
    assert got.relation != "agree", got
