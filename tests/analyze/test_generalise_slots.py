"""Slots that must align before two figures are one measure (issue 9, sixth round: classes of error found on
fresh dev events D33-D36), each tested in wording of its own (sentences written for these tests, not the corpus).

A conflict or an update says two figures are one measure at one or two times; it needs the compared slots to
align: the same holder, the same base, a level against a level."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view


def test_a_figure_of_a_holder_the_other_claim_never_names_is_not_its_revision():
    got = rel("The Mirren central bank raised its key rate to 3.5% on Tuesday.",
              "In neighbouring Vastland, the central bank held its key rate at 2.75% on Monday.", sim=0.7)
    assert got.relation not in ("conflict", "update", "agree") and "Vastland" in got.reason, got


def test_a_figure_of_a_holder_named_on_both_sides_is_still_compared():
    got = rel("The Vastland central bank put its key rate at 2.75%, the bank said.",
              "Vastland's central bank put its key rate at 3.25%, a dealer said.", sim=0.7)
    assert got.relation == "conflict", got


def test_a_month_on_month_change_is_no_revision_of_a_change_with_no_base():
    got = rel("Consumer prices rose 0.2% from the previous month in April, the statistics agency said.",
              "Consumer prices rose 4.4% in April, the statistics agency said.", sim=0.8, pub_b="2027-03-12")
    assert got.relation not in ("conflict", "update"), got


def test_a_level_a_change_verb_reaches_is_no_change_amount():
    """"fell to 64.5%, down from 66%": the figure the verb goes to is the level, not the change."""
    level = rel("The graduation rate fell to 64.5% from 66%, the schools office said.",
                "The graduation rate slipped to 64.5%, down from 66% a year before.", sim=0.8)
    assert level.relation == "agree", level
    got = rel("The graduation rate slipped to 64.5%, down from 66% a year before.",
              "The graduation rate dropped by 1.5 percentage points, the schools office said.", sim=0.8,
              pub_b="2027-03-13")
    assert got.relation not in ("conflict", "update"), got


def test_a_change_against_the_year_before_has_a_year_on_year_base():
    got = rel("Rents were 6.2% higher in March than a year earlier, the housing agency said.",
              "Rents rose 6.2% in the year to March, the housing agency said.", sim=0.8)
    assert got.relation == "agree", got
    got = rel("Rents were 6.2% higher in March than a year earlier, the housing agency said.",
              "Month on month, rents rose 0.5% in March, the housing agency said.", sim=0.8)
    assert got.relation == "different_measure" and "month-on-month" in got.reason, got


def test_figures_the_wording_pairs_are_read_back_on_their_slots_before_a_conflict():
    """No role word, so the slot rules leave the pair to the wording rules; those pair "4% of the budget" with
    "6% of the budget", but one figure is another holder's."""
    got = rel("The ministry said that Tarsk's share of the tourist tax was 4% of the budget.",
              "The tourist tax was 6% of the budget, officials said.", sim=0.7)
    assert got.relation == "different_measure" and "Tarsk" in got.reason, got


def test_similar_wording_with_figures_that_cannot_be_one_value_is_no_paraphrase():
    got = rel("The regatta's ticket sales reached 9,000.",
              "The regatta's ticket sales reached 20,000, a spokesman said.", sim=0.72)
    assert got.relation != "agree" and "9,000" in got.reason, got
    same = rel("The regatta's ticket sales reached 20,000.",
               "The regatta's ticket sales reached 20,000, a spokesman said.", sim=0.72)
    assert same.relation == "agree", same


def test_a_plan_and_a_deed_in_similar_words_are_no_paraphrase():
    got = rel("The council will demolish the old pier next month, an official said.",
              "The old pier was torn down by the council on Friday, the council said.", sim=0.84)
    assert got.relation != "agree" and "planned" in got.reason and "done" in got.reason, got
    kept = rel("Mayor Ada Voss said the council would not back down on the pier plan.",
               "Mayor Ada Voss said the pier plan would go ahead.", sim=0.6)
    assert kept.relation == "agree", kept


def test_a_verb_of_motion_up_to_a_figure_sets_no_upper_bound():
    """"went up to 4.10 crowns": where the price went, not "at most 4.10" (which any lower price would fit)."""
    got = rel("The price of a loaf went up to 4.10 crowns on Monday, the bakers' guild said.",
              "A loaf cost 3.60 crowns on Monday, the bakers' guild said.", sim=0.7)
    assert got.relation != "agree", got
    bound = rel("A loaf will cost up to 4.10 crowns, the bakers' guild said.",
                "A loaf will cost 3.60 crowns, the bakers' guild said.", sim=0.7)
    assert bound.relation != "conflict", bound


def test_two_days_figures_are_no_contradiction_but_a_stated_days_figures_are():
    got = rel("The ferry operator cancelled 60 sailings on Monday.",
              "The ferry operator cancelled 45 sailings on Tuesday, a spokesman said.", sim=0.7)
    assert got.relation != "conflict" and "Monday" in got.reason, got
    said = rel("The ferry operator cancelled 60 sailings, its director said on Monday.",
               "The ferry operator cancelled 45 sailings, the port authority said on Tuesday.", sim=0.7)
    assert said.relation == "conflict", said  # the days date the statements, not the figures


def test_figures_at_two_times_of_one_day_are_a_development():
    got = rel("The flooding left 9,000 homes without water on Thursday morning.",
              "By Thursday evening 2,500 homes were still without water, the water board said.", sim=0.7)
    assert got.relation == "update" and "morning" in got.reason, got


def test_a_change_over_one_day_is_no_rival_of_the_change_over_the_year():
    got = rel("Shares in the lender fell 3% on Thursday.", "Shares in the lender have fallen 21% this year.", sim=0.7)
    assert got.relation != "conflict", got


def test_the_month_march_is_no_protest_role():
    """"in March" is the calendar: two rents stated for March are one measure, not two protest counts."""
    level = view("Average rents reached 1,240 crowns in March, the housing agency said.").frame.measures
    assert level and level[0].get("role") != "protesting", level
    march = view("Some 4,000 people joined the march on Saturday.").frame.measures
    assert march and march[0].get("role") == "protesting", march


def test_a_compass_part_of_the_country_and_the_capital_are_narrower_than_the_nation():
    got = rel("About 2,400 teachers stayed away in the south-west, the union said.",
              "Across the country, 9,800 teachers took part in the strike, the union said.", sim=0.7)
    assert got.relation == "narrower" and "region" in got.reason, got
    city = rel("The jobless rate in the capital fell to 4.2%, the statistics office said.",
               "The national jobless rate stood at 6.6%, the statistics office said.", sim=0.7)
    assert city.relation == "narrower", city


def test_one_days_figure_is_a_part_of_the_total_so_far():
    got = rel("Police detained 9 fans on Sunday.",
              "In total, police have detained 64 fans this season, the league said.", sim=0.7)
    assert got.relation != "conflict", got
    since = rel("The clinic saw 35 children on Wednesday, a nurse said.",
                "The clinic has seen 410 children since the epidemic began, a nurse said.", sim=0.7)
    assert since.relation == "narrower" and "total" in since.reason, since
    total = rel("Marshals stopped 11 cars on Friday night.",
                "In total, marshals have stopped 58 cars, the organisers said.", sim=0.7)
    assert total.relation != "conflict", total


def test_an_aspect_verb_of_two_subjects_is_no_date_slot():
    got = rel("The blockade will continue on Thursday, the farmers' group said.",
              "Negotiations will continue on Saturday, the farmers' group said.", sim=0.75)
    assert got.relation != "conflict", got
    same = rel("The blockade will continue until Thursday, the farmers' group said.",
               "The blockade will continue until Saturday, the ministry said.", sim=0.75)
    assert same.relation == "conflict", same


def test_two_forecasts_of_one_yearly_cost_from_two_sources_conflict():
    """"would add 40 crowns a month" (an estimate reported as done) and "will pay 90 crowns extra a month" (a plan):
    both figures are forecasts of one monthly cost, and "extra" between a figure and its rate keeps the rate."""
    got = rel("The council estimated that the levy would add 40 crowns a month to a household's bills.",
              "Households will pay more than 90 crowns extra a month, the tenants' union calculated.", sim=0.6)
    assert got.relation == "conflict", got


def test_two_unattributed_figures_are_no_source_vs_source_conflict():
    got = rel("Petrol cost 1.75 euros a litre in the port town.",
              "Petrol cost 1.89 euros a litre in the port town.", sim=0.8)
    assert got.relation == "conflict" and "source vs source" not in got.reason and "unattributed" not in got.reason, got


def test_no_reason_to_act_negates_the_act_not_the_noun():
    """"saw no reason to close the pool" negates closing it: against "has closed the pool" it is no paraphrase."""
    assert view("The mayor saw no reason to close the pool, she said.").frame.polarity.get("negated") in ("clos", "close")
    got = rel("Mayor Ines Hald said she had closed the municipal pool.",
              "Hald said she saw no reason to close the municipal pool.", sim=0.6)
    assert got.relation != "agree", got


def test_a_groups_figure_is_compared_on_its_scope_before_a_base_read_on_one_side():
    """"from April" after a planned rise is read as a month-on-month base; the group scope ("For pensioners")
    decides first: one group's rise is narrower than the general one."""
    got = rel("For pensioners, the water charge will rise by 6%, the mayor said.",
              "The water charge will go up 2.5% from April, mayor Ana Brix said.", sim=0.7)
    assert got.relation in ("narrower", "broader"), got
