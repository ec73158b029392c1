"""Relations decided by slots, not by closeness: fictional pairs written for these tests (not the dev corpus)."""

from __future__ import annotations

import pytest

from tests.analyze.test_frame_relate import rel, view


def test_a_role_word_in_a_following_subordinate_clause_is_not_the_figures_role():
    # the dockers' strike is why the sailings were cancelled, not what the 60 counts
    f = view("The ferry line cancelled 60 sailings as the dock workers went on strike, the company said.").frame
    assert f.measures and f.measures[0].get("role") is None, f.measures


def test_a_running_total_develops_an_earlier_days_figure_whose_sentence_names_a_strike():
    got = rel("The ferry line cancelled 60 sailings on Monday, the company said.",
              "The ferry line has now cancelled 110 sailings since the dock strike began, the company said on Wednesday.",
              sim=0.8, pub_a="2027-03-08", pub_b="2027-03-10")
    assert got.relation == "update", got


def test_a_year_naming_a_thing_is_not_the_time_of_the_claim():
    f = view("The regional assembly adopted the 2031 transport plan on Monday, its speaker said.",
             "2027-03-10").frame
    assert f.time == "2027-03-08", (f.time, f.time_text)


def test_a_deed_dated_before_the_plan_was_reported_conflicts_at_low_similarity():
    got = rel("The Corvel museum reopened its east wing last week, the curator said.",
              "The east wing of the Corvel museum will reopen in June, the city said.",
              sim=0.5, pub_a="2027-03-09", pub_b="2027-03-10")
    assert got.relation == "conflict" and "planned" in got.reason, got


def test_a_plan_reported_before_its_outcome_stays_an_update():
    got = rel("The assembly will adopt the transport plan on Thursday, a spokesman said.",
              "The assembly adopted the transport plan on Thursday, a spokesman said.",
              sim=0.8, pub_a="2027-03-08", pub_b="2027-03-12")
    assert got.relation == "update", got


def test_a_named_site_marked_alone_is_narrower_than_the_unscoped_total():
    got = rel("At Tarnby depot alone, 40 buses were withdrawn, a depot manager said.",
              "The operator withdrew 150 buses on Monday, the operator said.", sim=0.7)
    assert got.relation == "narrower", got


def test_a_fronted_group_restriction_is_narrower_not_a_conflict():
    got = rel("For pensioners, bus fares will rise by 8%, the transport board said.",
              "Bus fares will rise by 4% in April, the transport board said.", sim=0.8)
    assert got.relation == "narrower", got


@pytest.mark.parametrize(("a", "b"), [
    ("The clinic has recorded 18 cases of measles, the health board said.",
     "Eighteen children have been infected, the health board said."),
    ("Nine workers were taken to hospital after the scaffold fell, police said.",
     "Nine workers were hurt when the scaffold fell, police said."),
])
def test_one_outcome_in_other_words_is_one_measure(a, b):
    assert rel(a, b, sim=0.7).relation == "agree"


def test_a_conditional_plan_is_not_read_against_an_earlier_deed():
    got = rel("Councillor Ruth Amsel, who voted against the port funding deal on Friday, faces a challenge, the council said.",
              "The mayor said she intends to move to vote on a housing bill if both parties cannot agree by April 2, "
              "as long as the port is still funded.",
              sim=0.5, pub_a="2027-03-08", pub_b="2027-03-10")
    assert got.relation != "conflict", got


def test_one_plan_for_one_stated_period_compares_on_slots_alone():
    """Two claims in two fact clusters meet only through ``relate_slots``: the plan, its period and unit decide."""
    from workbench.analyze.relate import relate_slots

    a = view("The council adopted a 2030 housing budget of 45 million euros on Monday, the mayor said.", cid="a")
    b = view("The 2030 housing budget totals 60 million euros, the opposition said.", cid="b")
    got = relate_slots(a, b, similarity=0.5)
    assert got is not None and got.relation == "conflict" and "45 million" in got.reason, got


def test_a_toll_that_has_risen_develops_an_undated_earlier_count():
    """The role sits in the clause's subject ("the death toll from Friday's collapse ... has risen to nine"),
    the possessive weekday names the happening, not the figure's day."""
    got = rel("Five people were killed when the roof of the Dunmore sports hall gave way, police said.",
              "The death toll from Friday's collapse of the Dunmore sports hall roof has risen to nine, the county said on Monday.",
              sim=0.6, pub_a="2027-03-06", pub_b="2027-03-08")
    assert got.relation == "update" and "nine" in got.reason, got


def test_parts_against_their_total_do_not_conflict():
    a = ("In addition to 15 cases confirmed in Halvard province, two additional cases have been confirmed, "
         "one each in Orsk and Tamir, the ministry said.")
    got = rel(a, "The ministry says a total of 17 measles cases have been confirmed.", sim=0.7)
    assert got.relation != "conflict", got
