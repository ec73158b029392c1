"""The day of a statement is no date of the deed it reports; one actor's plan is no other actor's deed (issue 9,
basil9d). Fictional sentences written for these tests (not the dev corpus, not BASIL wording); each case failed
before the fix."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.extract.frames import claim_frame
from workbench.extract.said_times import statement_time

PUB = "2031-05-14"  # a Wednesday


def test_a_day_after_a_publishing_or_reporting_verb_dates_the_statement() -> None:
    assert statement_time("The mayor met the smugglers in 2029, according to a memo published Friday.", "Friday")
    assert statement_time("The band cancelled the tour, its manager confirmed Sunday night on a podcast.", "Sunday")
    assert statement_time("\"We will rebuild,\" she wrote to her followers Tuesday morning.", "Tuesday")
    assert statement_time("The court said in a short ruling issued Monday that the fee is lawful.", "Monday")
    assert statement_time("The ferry sank near the pier, the coastguard said on Monday.", "on Monday")


def test_a_day_of_a_deed_is_no_statement_time() -> None:
    assert not statement_time("The ferry sank near the pier on Monday, the coastguard said.", "on Monday")
    assert not statement_time("Rebels attacked the depot Friday.", "Friday")
    assert not statement_time("The museum reopened Friday after a long refit.", "Friday")
    assert not statement_time("The two climbers were released Friday by their captors.", "Friday")
    assert not statement_time("The ferry sank.", None)


def test_the_frame_stores_that_its_time_is_a_statements() -> None:
    said = claim_frame("The mayor met the smugglers in the spring, according to a memo published Friday.", [],
                       published=PUB)
    done = claim_frame("The mayor met the smugglers on Friday.", [], published=PUB)
    assert said.time == done.time and said.time_said and not done.time_said


def test_the_day_a_report_was_published_is_no_date_of_the_deed_it_reports() -> None:
    got = rel("Mayor Velk exchanged letters with the Ostrava smugglers during the 2030 harbour dispute, according "
              "to a memo in the Courier published Friday.",
              "The letters, which Mayor Velk exchanged with the Ostrava smugglers on March 3, 2030, ran for weeks.",
              sim=0.8, pub_a=PUB, pub_b=PUB)
    assert got.relation != "conflict", got


def test_two_days_of_two_statements_are_no_two_dates_of_one_act() -> None:
    got = rel("The Halden dam inspection will be finished next month, the minister posted to her blog Sunday "
              "evening.",
              "The water agency said in a short notice issued Thursday that the Halden dam inspection will be "
              "finished in June.", sim=0.8, pub_a=PUB, pub_b=PUB)
    assert got.relation != "conflict" or not got.reason.startswith("date"), got


def test_a_confirmation_day_is_no_time_of_the_confirmed_deed() -> None:
    got = rel("The keeper Arno Lind swapped letters with the poachers' ring before the auction, a contact the "
              "keeper confirmed Monday night on the radio.",
              "In April, Arno Lind conceded at a closed hearing that he had swapped letters with the poachers' "
              "ring, the inspectors said.", sim=0.8, pub_a=PUB, pub_b=PUB)
    assert got.relation != "conflict", got


def test_the_same_day_of_a_deed_still_conflicts() -> None:
    """The guard: a day governed by the deed's own verb is still the deed's date."""
    got = rel("The Halden dam was reopened to traffic on May 9, the water agency said.",
              "The Halden dam was reopened to traffic on May 12, the road authority said.",
              sim=0.85, pub_a=PUB, pub_b=PUB)
    assert got.relation == "conflict", got


def test_one_actors_deed_and_another_actors_plan_are_no_modality_conflict() -> None:
    got = rel("The inspectors of the upper chamber said Tuesday they had issued summonses to two suppliers of the "
              "Korva mill.",
              "The Lower House Audit Panel will issue summonses to the Korva mill's suppliers, its chairman said on "
              "Wednesday.", sim=0.8, pub_a=PUB, pub_b=PUB)
    assert not (got.relation == "conflict" and got.reason.startswith("modality")), got


def test_one_things_deed_and_its_plan_still_conflict() -> None:
    """The guard: one subject, a plan reported after the deed it contradicts."""
    got = rel("The Korva mill was closed on May 9, the union said.",
              "The Korva mill will close next month, the owners said.", sim=0.85, pub_a=PUB, pub_b=PUB)
    assert got.relation == "conflict" and got.reason.startswith("modality"), got
