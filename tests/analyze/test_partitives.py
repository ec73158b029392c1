"""A figure of a part of a group, or of those of a population who acted, against the group's figure (fixer fx17a,
session 17): sentences written for these tests, not the dev corpus. Structure sets the two apart: "N of M", a
partitive subject over a noun the other claim counts whole, a part picked out by another act, a verb of holding."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view
from workbench.analyze.relate import relate_across
from workbench.analyze.sole_figures import event_figures


def test_n_of_m_whose_whole_is_the_other_figure_is_a_part():
    got = rel("Three of the first nine patients were treated in Velden, the clinic said.",
              "The number of patients treated rose to 9 on Friday, a health official said.")
    assert got.relation == "narrower" and "Three of the first nine patients" in got.reason, got


def test_n_of_m_against_an_act_said_of_all_m_is_still_compared():
    got = rel("The jury found Osric Vell guilty on four of the six charges he faced and cleared him on two.",
              "Vell was found guilty on all six charges of bribery.")
    assert got.relation == "conflict", got


def test_a_member_of_a_set_priced_against_the_whole_set_is_a_part():
    got = rel("One of the loans, for the ring road, was worth 6 million euros.",
              "The loans at the heart of the inquiry were worth 15 million euros, auditors said.")
    assert got.relation == "narrower" and "loans" in got.reason, got


def test_a_part_counted_for_another_act_is_no_rival_count():
    got = rel("About 70 detainees have joined the fast, a rights group said on Friday.",
              "Benning said lawyers for the detainees had lodged appeals for six of the men on Friday.")
    assert got.relation == "related" and "another act" in got.reason, got


def test_those_of_a_population_who_acted_are_a_part_of_it():
    got = rel("Forty inmates at the Harlen jail are refusing meals, the justice ministry said.",
              "Harlen currently houses 310 inmates.")
    assert got.relation == "narrower" and "population" in got.reason, got


def test_more_actors_than_the_population_is_no_part():
    got = rel("Forty inmates at the Harlen jail are refusing meals, the justice ministry said.",
              "Harlen currently houses 31 inmates.")
    assert got.relation not in ("narrower", "broader"), got


def test_a_partitive_of_the_same_act_is_still_compared():
    got = rel("Three of the climbers were killed in the avalanche, police said.",
              "Five climbers were killed in the avalanche, the mountain rescue service said.")
    assert got.relation == "conflict", got


def test_a_part_placed_outside_the_whole_s_place_is_still_compared():
    got = rel("Nine walkers have died, all of them in Brenmoor.",
              "Three of the first nine victims died in the village of Holby, police said.")
    assert got.relation == "conflict", got


def test_each_report_s_only_count_is_a_part_where_it_is_n_of_m():
    """The event's reports give one count each of the predicate (``sole_figures``): a part of the whole still."""
    views = {doc: [view(t, "2027-05-04", doc) for t in texts] for doc, texts in (
        ("x", ["Swabs taken on Monday found mould in four of the nine wards served by the Tolby kitchen."]),
        ("y", ["Nine wards are served by the Tolby kitchen, a manager said."]))}
    with event_figures([(doc, v.frame, v.text, v.quantities) for doc, vs in views.items() for v in vs]):
        got = relate_across(views["x"][0], views["y"][0], 0.5)
    assert got is not None and got.relation == "narrower" and "four of the nine wards" in got.reason, got


def test_a_detention_told_with_held_is_an_act_not_a_population():
    got = rel("Police held 45 protesters overnight, a police spokesman said.",
              "Sixty protesters were detained on Saturday night, organisers said.")
    assert got.relation == "conflict", got


def test_a_partitive_that_names_the_source_makes_no_part():
    got = rel("One of the survivors said 40 passengers were on the ferry.",
              "Fifty-two passengers were on the ferry, the coastguard said.")
    assert got.relation == "conflict", got


def test_all_of_a_whole_against_a_part_of_it_is_no_agreement_on_the_whole():
    """"all 840 ... stopped work" / "about 610 of the depot's 840 drivers joined": the whole agrees, the counts of
    those who acted do not; the figure matcher called the claims one assertion on 840."""
    got = rel("The union said all 840 of its members at the depot had stopped work.",
              "About 610 of the depot's 840 drivers joined the strike, the operator said.", sim=0.6)
    assert got.relation != "agree" and "all 840" in got.reason and "610" in got.reason, got
    both = rel("All 840 drivers at the depot walked out, the union said.",
               "Some 840 drivers at the depot walked out, the operator said.", sim=0.7)
    assert both.relation == "agree", both  # no part named: one count  # guard
    but = rel("The union said all 840 of its members at the depot had stopped work.",
              "All but 30 of the depot's 840 drivers joined the strike, the operator said.", sim=0.6)
    assert "30 of" not in but.reason, but  # "all but 30" names who did not act  # guard
