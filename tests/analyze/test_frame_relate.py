"""Relations from compared frame slots, on fictional claim pairs written for these tests (not the dev corpus)."""

from __future__ import annotations

import pytest

from workbench.analyze.relate import RelateInput, relate
from workbench.extract import extract_claims
from workbench.extract.figures import zero_roles
from workbench.extract.frames import claim_frame
from workbench.extract.quantities import extract_quantities


def view(text: str, published: str = "2027-03-10", cid: str = "a") -> RelateInput:
    """The claim as extraction stores it (a short sentence that is no claim gets its frame directly)."""
    claims = extract_claims(text, published)
    if claims:
        c = claims[0]
        return RelateInput(cid, c.text, c.quantities, cid, c.attribution.speaker, c.frame)
    qs = extract_quantities(text)
    return RelateInput(cid, text, qs, cid, None, claim_frame(text, qs, None, published))


def rel(a: str, b: str, sim: float = 0.6, pub_a: str = "2027-03-10", pub_b: str = "2027-03-10"):
    return relate(view(a, pub_a, "a"), view(b, pub_b, "b"), similarity=sim)


@pytest.mark.parametrize(
    ("a", "b", "relation", "bits"),
    [
        # two sources, one measure, disjoint figures: the reason names both sources
        ("The port authority said 600 dockers joined the strike on Monday.",
         "The dockers' union said 2,500 dockers walked out on Monday.", "conflict",
         ["source vs source", "port authority", "600", "union", "2,500"]),
        # same measure, later reference time: a development, not a contradiction
        ("At least 40 people have died in the landslide, the county office said on Monday.",
         "The toll from the landslide has risen to 75, the county office said on Wednesday.", "update",
         ["update", "40", "75"]),
        # one site vs all sites of the company
        ("At the Hallam mill alone, 300 workers stayed away, a manager said.",
         "The union said 1,900 workers walked out across the firm's six mills.", "narrower", ["site", "all-sites"]),
        # killed vs injured: different measures of one incident
        ("Nine people were killed in the collapse, police said.",
         "Forty people were injured in the collapse, police said.", "different_measure", ["killed", "injured"]),
        # month-on-month vs year-on-year
        ("Food prices rose 0.7% from February.", "Food prices rose 5.2% from a year earlier.", "different_measure",
         ["month-on-month", "year-on-year"]),
        # a figure of zero in two wordings
        ("Nobody was hurt, the coastguard said.", "No one was injured in the blaze, firefighters said.", "agree",
         ["none"]),
    ],
)
def test_numeric_slots(a, b, relation, bits):
    got = rel(a, b)
    assert got.relation == relation, got
    for bit in bits:
        assert bit in got.reason, got.reason
    assert got.method == "frames"


def test_a_date_moved_in_a_later_report_is_an_update():
    got = rel("The referendum will be held on April 4.",
              "The commission said on Tuesday that the referendum had been postponed to April 18.", pub_b="2027-03-14")
    assert got.relation == "update" and "moved" in got.reason and "April 4" in got.reason, got


def test_two_versions_of_one_quote_agree():
    got = rel('"We have nothing to hide, and the audit will show it," Moreau told reporters.',
              '"We have nothing to hide," she said.', sim=0.7)
    assert (got.relation, got.reason) == ("agree", "same quote; one version continues")


def test_two_outlets_reporting_the_same_denial_agree():
    got = rel("Moreau denied all the allegations.", "Moreau has denied the allegations throughout.", sim=0.7)
    assert got.relation == "agree" and "denial" in got.reason


def test_a_denial_by_a_party_is_not_a_disagreement_between_outlets():
    got = rel("The mayor was charged with taking bribes from two contractors.",
              "The mayor denied taking bribes from the contractors, his lawyer said.", sim=0.7)
    assert got.relation == "related" and "not between outlets" in got.reason, got


def test_exclusive_characterisations_are_flagged_for_review():
    got = rel("The harbour master, Ida Rask, resigned on Friday.",
              "Ida Rask was sacked as harbour master on Friday.", sim=0.7)
    assert got.relation == "conflict" and "review" in got.reason, got


def test_done_vs_planned_on_one_subject_is_flagged():
    got = rel("The Hallam mill was shut on Monday.", "The company said the Hallam mill will shut on Friday.", sim=0.8)
    assert got.relation == "conflict" and "done vs planned" in got.reason, got


def test_negation_outside_the_shared_clause_does_not_oppose():
    got = rel("Prime Minister Tove Aas said the government would not back down on the tax plan.",
              "Tove Aas said the tax plan would go ahead.", sim=0.62)
    assert got.relation == "agree" and "Aas" in got.reason, got


def test_there_is_no_question_that_affirms():
    got = rel("Ole Brun said the drought had ended.", "Ole Brun said there is no question that the drought has ended.",
              sim=0.85)
    assert got.relation == "agree", got


def test_an_infinitive_is_not_a_report_of_the_deed():
    got = rel("The mayor agreed on Friday to reopen the Tarn bridge for two weeks.",
              "The mayor announced a plan that will reopen the Tarn bridge for two weeks.", sim=0.85)
    assert got.relation != "conflict", got


def test_vote_counts_of_different_votes_are_not_one_measure():
    got = rel("The council voted 31-9 on the harbour plan.", "Nine members voted against the harbour plan.", sim=0.6)
    assert got.relation != "conflict", got


def test_a_planned_figure_and_a_reported_figure_are_not_one_statement():
    got = rel("The city will spend $40 million on the Tarn bridge repairs.",
              "The city spent $12 million on the Tarn bridge repairs.", sim=0.85)
    assert got.relation != "conflict" and "planned" in got.reason, got


def test_done_vs_planned_counts_an_inflected_verb_as_shared():
    """"was closed" / "will close": the stemmer cuts "closed" to "clos"; the shared predicate still counts."""
    got = rel("The Tarn depot was closed on Monday.",
              "The operator said the Tarn depot will close on Thursday if the stoppage continues.", sim=0.84)
    assert got.relation == "conflict" and "modality" in got.reason, got


def test_two_spans_of_one_thing_compare_and_other_spans_do_not():
    """A span's slot is what it spans: "jailed for three years" / "a five-year term" is one measure."""
    got = rel("A court in Selby jailed the former harbour chief Jon Aske for three years.",
              "Judges gave Aske a five-year jail term, a court clerk said.", sim=0.7)
    assert got.relation == "conflict" and "duration of jail" in got.reason, got
    got = rel("Crews fought the Selby dock blaze for about five hours.",
              "The dock operator signed a three-year contract with the crews.", sim=0.7)
    assert got.relation != "conflict", got


def test_role_less_figures_of_one_predicate_and_place_compare():
    """No role word, but one predicate ("were sold") at one place: the part marker "alone" names the place."""
    got = rel("About 30,000 of the heaters were sold in Vellin, the trade agency said.",
              "In Vellin alone, 52,000 units were sold, the trade agency said.", sim=0.66)
    assert got.relation == "conflict" and "30,000" in got.reason and "52,000" in got.reason, got


def test_none_against_a_figure_of_the_same_role_conflicts():
    """"no injuries" is a zero figure of the injured, stored at extraction; it does not give "12 reports" a role."""
    none = view("The maker said it had received 12 complaints of leaks and no injuries.")
    assert none.frame is not None and none.frame.zero == ["injured"] and not none.frame.measures[0].get("role")
    got = rel("The maker said it had received 12 complaints of leaks and no injuries.",
              "Three people were injured by leaking units, the regulator said.", sim=0.6)
    assert got.relation == "conflict" and "no injured" in got.reason and "Three people" in got.reason, got
    assert rel("Nobody was hurt in the blaze, the fire service said.", "No one was injured in the blaze.").relation == "agree"


def test_a_later_report_of_a_running_count_is_an_update():
    """No time named: the report dates order the figures; the later one states its count as running."""
    got = rel("The regulator said it had logged 40 complaints about the Tarn heaters.",
              "The regulator now counts 65 complaints about the Tarn heaters.", sim=0.8,
              pub_a="2027-03-10", pub_b="2027-03-12")
    assert got.relation == "update" and "2027-03-10" in got.reason and "65" in got.reason, got
    # the same two days without a running cue: a different figure, not a development
    got = rel("Two crew members were killed, the port said.", "Three crew members died, a port official said.",
              sim=0.8, pub_a="2027-03-10", pub_b="2027-03-11")
    assert got.relation == "conflict", got


def test_times_of_day_for_one_happening_on_one_day_are_compared():
    """A clock time and a part of the day are slots: "at 10am" and "in the afternoon" of one day cannot both hold."""
    got = rel("She’ll give the speech today at 10am in her home town of Brisk.",
              "Mayor Lund gave her speech Friday afternoon in Brisk, at the town hall.", sim=0.6,
              pub_a="2027-03-12", pub_b="2027-03-12")
    # a planned hour and the hour it was done: the later report moves the time (analyze.dated_acts)
    assert got.relation == "update" and "10:00" in got.reason and "afternoon" in got.reason, got
    got = rel("Mayor Lund gave the speech today at 10am in her home town of Brisk, aides said.",
              "Mayor Lund gave her speech Friday afternoon in Brisk, at the town hall.", sim=0.6,
              pub_a="2027-03-12", pub_b="2027-03-12")
    assert got.relation == "conflict" and "10:00 vs afternoon" in got.reason, got  # two reports of the deed
    got = rel("She’ll give the speech today at 10am in her home town of Brisk.",
              "Mayor Lund gave her speech Friday morning in Brisk, at the town hall.", sim=0.6,
              pub_a="2027-03-12", pub_b="2027-03-12")
    assert got.relation != "conflict", got
    assert view("The count ends at 9 p.m. EST on Friday, from the capital.").frame.clock == "21:00 EST"


def test_a_date_already_past_when_reported_is_not_a_moved_date():
    """"weeks earlier than planned" moves a planned date, not the date of an earlier happening."""
    got = rel("Lund, who took office as harbour master on March 3, 2025, said the dredging plan was sound.",
              "The harbour board said Lund will leave on April 1, weeks earlier than planned, the board said.",
              sim=0.7, pub_a="2027-03-10", pub_b="2027-03-12")
    assert got.relation != "update", got


def test_a_role_against_another_predicate_is_another_measure():
    got = rel("Nine people were treated for smoke inhalation.", "The explosion killed four dock workers.", sim=0.4)
    assert got.relation == "different_measure" and "killed" in got.reason and "treated" in got.reason, got


def test_a_continent_is_narrower_than_the_world():
    got = rel("Velmo is recalling 70,000 heaters in Asia, the company said.",
              "Velmo has extended the recall to 110,000 heaters worldwide, the company said.", sim=0.85)
    assert got.relation == "narrower" and "continent vs world" in got.reason, got


def test_two_places_for_one_happening_conflict():
    got = rel("The regional trade fair will be held in Brisk next spring, the organisers said.",
              "The regional trade fair will be held in Tarnow next spring, the organisers said.", sim=0.9)
    assert got.relation == "conflict" and "Brisk vs Tarnow" in got.reason, got
    got = rel("The regional trade fair will be held in Brisk next spring, the organisers said.",
              "The regional trade fair will be held in Brisk, near Tarnow, next spring.", sim=0.9)
    assert got.relation != "conflict", got


def test_points_are_percentage_points_next_to_a_percentage_point_change():
    got = rel("That was five points higher than at the last council vote in 2023.",
              "Turnout rose by five percentage points compared with 2023.", sim=0.63)
    assert got.relation == "agree" and "five percentage points" in got.reason, got


def test_changes_of_two_different_things_are_different_measures():
    got = rel("Ticket sales fell 9% in the spring season.", "Operating costs fell 15% in the spring season.")
    assert got.relation == "different_measure" and "sales" in got.reason and "cost" in got.reason, got


def test_two_planned_days_for_one_reopening_conflict():
    got = rel("The Harlow bridge will reopen to traffic on Thursday, the county council said.",
              "The Harlow bridge will reopen to traffic on Monday, the county council said.", sim=0.9)
    assert got.relation == "conflict" and "date" in got.reason, got


def test_a_later_running_count_develops_an_earlier_one_even_when_bare():
    got = rel("The county has recorded 130 flu admissions since January 4, the hospital trust said on Monday.",
              "The number of flu admissions in the county has climbed to 190, the hospital trust said on Thursday.",
              sim=0.8, pub_a="2027-03-08", pub_b="2027-03-11")
    assert got.relation == "update" and "130" in got.reason and "190" in got.reason, got


def test_a_speed_is_its_own_dimension():
    a = "The ferry was doing 40 km/h when it struck the pier, the coastguard said."
    assert rel(a, "The ferry was doing 25 km/h when it struck the pier, the coastguard said.", sim=0.8).relation \
        == "conflict"
    assert rel(a, "The ferry had sailed 40 km from the harbour, the coastguard said.", sim=0.8).relation != "agree"


def test_sums_over_different_periods_are_different_measures_not_a_conflict():
    # a couple's income over eight years vs one partner's fees over four of them: two periods, two sums
    r = rel("The two founders earned roughly $88 million from 2016 to 2023, filings released on Friday show.",
            "Besides her salary, Ms. Ardent earned nearly $12 million between 2020 and 2023 from board seats.",
            sim=0.7)
    assert r.relation != "conflict", r.reason
    # the same period on both sides still compares the figures
    same = rel("The two founders earned roughly $88 million from 2016 to 2023, filings released on Friday show.",
               "The founders earned about $60 million from 2016 to 2023, an audit found.", sim=0.8)
    assert same.relation == "conflict", same.reason


def test_a_plan_acting_on_the_deeds_noun_is_not_that_deed() -> None:
    # "will release its salting records": the plan's act is releasing; "salting" is what it releases, not the
    # salting reported done
    got = rel("The path was salted at 6am on Sunday, the parish paths office said.",
              "The parish paths office said it would release its salting records.", sim=0.7)
    assert got is None or got.relation != "conflict", got


def test_a_none_under_a_modal_bounds_a_loss_and_counts_no_one():
    """"no striking porter would lose more than ..." is a pledge about each striker, not a zero count of strikers:
    against a count of strikers it is no conflict (a plain "no striking porters were counted" still is a zero)."""
    assert zero_roles("A college spokesman said no striking porter would lose more than a day of pay.") == []
    assert zero_roles("No one was injured, police said.") == ["injured"]
    got = rel("A college spokesman said no striking porter would lose more than a day of pay.",
              "About 400 porters stayed away, according to the union.", sim=0.6)
    assert got.relation != "conflict", got


ZERO = "No one has been hurt, the mountain rescue service said."


def test_none_then_a_later_reports_own_count_is_an_update():
    """None had been hurt when the first report was written; the next day's report counts the hurt in its own
    voice, naming no source against the rescue service: the count grew, nobody disputes the first report."""
    got = rel(ZERO, "Three climbers were injured by falling rocks on Thursday.", sim=0.6,
              pub_a="2027-03-10", pub_b="2027-03-12")
    assert got.relation == "update" and "no source" in got.reason, got


def test_none_against_another_sources_count_stays_a_conflict():
    got = rel(ZERO, "Three climbers were injured by falling rocks, the hut warden said.", sim=0.6,
              pub_a="2027-03-10", pub_b="2027-03-12")
    assert got.relation == "conflict", got
    got = rel(ZERO, "Three climbers were injured by falling rocks on Thursday.", sim=0.6)  # one day's reports
    assert got.relation == "conflict", got
