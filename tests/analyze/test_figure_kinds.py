"""Figures that are no rivals by what they are (issue 9, blind events D41-D44, rel9o): a length against a count,
a zone's radius against another thing's, an increment against a level, a named part against "all N", a running
total against a later figure, a decision not taken against a price. Each in wording written for these tests;
each failed on the code before this branch."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.extract.figures import zero_roles


def test_a_length_is_never_a_rival_of_a_count():
    """Both carry the same role ("infected", "evacuated"); one measures a zone, the other counts herds or villages."""
    got = rel("A fourth herd was confirmed infected on Monday, bringing the number of infected herds in the valley to four.",
              "Cattle may not leave the 8 km control zone around each infected herd, the inspectors said.",
              sim=0.7, pub_b="2027-03-12")
    assert got.relation not in ("conflict", "update", "agree"), got
    got = rel("Four villages were evacuated on Friday, the county said.",
              "Everyone inside the 6 km evacuation zone was evacuated on Friday, the police said.",
              sim=0.7, pub_b="2027-03-12")
    assert got.relation not in ("conflict", "update", "agree"), got



def test_radii_of_zones_around_different_things_are_no_rivals():
    got = rel("Residents within 5 miles of the burning depot were told to stay indoors, the fire service said.",
              "The owner said every drum in the depot had been bought within 30 miles of Harwick.", sim=0.7)
    assert got.relation not in ("conflict", "update", "agree"), got


def test_radii_of_one_zone_are_still_rivals():
    """The guard: two outlets giving one zone two radii disagree."""
    got = rel("Residents within 5 miles of the burning depot were told to stay indoors, the fire service said.",
              "Residents within 12 miles of the burning depot were told to stay indoors, the police said.", sim=0.9)
    assert got.relation == "conflict", got


def test_an_amount_added_is_no_rival_of_the_level():
    """"an extra N" is read as an increment like "a further N" (the old code knew only the latter as a part)."""
    got = rel("The contractor has asked the county for an extra 30 million crowns, according to documents seen by "
              "the Herald.", "The true cost of the bridge is nearer 410 million crowns, the county's auditors said.",
              sim=0.7)
    assert got.relation not in ("conflict", "update", "agree"), got
    got = rel("The agency wants an extra $12 million for the dam, its director said.",
              "The dam will cost $95 million in all, the agency's director said.", sim=0.75)
    assert got.relation not in ("conflict", "update", "agree"), got



def test_a_decision_not_taken_is_no_zero_figure():
    """"no decision about the price": the negation owns the decision, not the price named in its complement."""
    got = rel("The league said no decision about the price had been taken.",
              "The arena will now cost 80 million euros, the city told councillors on Monday.", sim=0.7,
              pub_b="2027-03-12")
    assert got.relation not in ("conflict", "update", "agree"), got
    assert zero_roles("The league said no decision about the price had been taken.") == []
    assert zero_roles("No injuries on board were reported, the coastguard said.") == ["injured"]  # the head is the role


def test_a_named_part_of_the_place_is_narrower_than_all_of_it():
    got = rel("Some 90 patients were moved out of the hospital's east wing, the trust said.",
              "All 640 patients were moved out of the hospital, the fire brigade said.", sim=0.8)
    assert got.relation == "narrower", got


def test_all_of_one_place_against_all_of_it_stays_a_conflict():
    """The guard: two outlets counting everyone moved out of one place, with two values, disagree."""
    got = rel("All 520 patients were moved out of the hospital, the trust said.",
              "All 640 patients were moved out of the hospital, the fire brigade said.", sim=0.9)
    assert got.relation == "conflict", got


def test_a_running_total_then_a_later_dated_figure_is_an_update():
    got = rel("To date 4,300 pigs have been slaughtered across the county, officials said.",
              "By Thursday, 9,100 pigs had been slaughtered in the county, the farm ministry said.", sim=0.8,
              pub_a="2027-03-08", pub_b="2027-03-12")
    assert got.relation == "update" and "running total" in got.reason, got


def test_two_figures_for_one_later_day_stay_rivals():
    """The guard: two sources' figures for the same later day disagree, the running total notwithstanding."""
    got = rel("By Thursday, 9,100 pigs had been slaughtered in the county, the farm ministry said.",
              "By Thursday, some 14,000 pigs had been slaughtered in the county, the farmers' union said.", sim=0.85,
              pub_a="2027-03-12", pub_b="2027-03-12")
    assert got.relation == "conflict", got


def test_an_amount_added_still_agrees_with_the_same_change():
    """The guard (EQUATE RedditNLI dev had lost two such agreements to the first version): "an extra N" and
    "raise ... by N" are both the amount of a change."""
    got = rel("The mill must raise its output by 2,000 tonnes a week to meet the orders, the manager said.",
              "The mill has to find an extra 2,000 tonnes a week to meet the orders, the manager said.", sim=0.85)
    assert got.relation == "agree", got


def test_a_role_word_in_a_clause_after_the_negative_is_no_zero():
    """"nobody knew where the cases had gone": the negative is the subject of "knew"; the role word ("cases")
    stands in the clause it governs, so the claim states no zero of the ill, and no count of cases conflicts."""
    said = "The travellers said nobody knew where the cases had gone."
    assert zero_roles(said) == []
    assert zero_roles("No one knew whether anyone was hurt in the crush.") == []
    assert zero_roles("Nobody was hurt in the crush, the stewards said.") == ["injured"]
    got = rel(said, "Some 300 cases were left on the belts overnight, a porter said.", sim=0.7)
    assert got.relation != "conflict", got


def test_a_count_standing_by_its_reports_day_is_no_rival_of_a_figure_dated_after_it():
    """"By nightfall firemen had lifted 31 sheep out", in a report of Friday, counts what stood by then; "the four
    sheep that were still stuck on Saturday morning were lifted out" counts a later day's deed: two times."""
    got = rel("The four sheep that were still stuck in the quarry on Saturday morning were lifted out at noon, the "
              "farm said.",
              "By nightfall firemen had lifted 31 sheep out of the quarry, the fire service said.",
              sim=0.7, pub_a="2027-03-14", pub_b="2027-03-12")
    assert got.relation != "conflict", got


def test_a_role_verb_in_another_verbs_infinitive_is_no_zero():
    """"nobody was sending crews to die": the zero's own predicate is "was sending"; "to die" says what the crews
    were sent for, so the sentence states no zero count of the dead ("Nobody died" still does)."""
    from workbench.extract.figures import zero_roles

    assert zero_roles("The chief added that nobody was sending crews to die on the ridge.") == []
    assert zero_roles("Nobody died on the ridge, the chief said.") == ["killed"]
    assert zero_roles("No one was taken to hospital after the fall.") == ["injured"]
