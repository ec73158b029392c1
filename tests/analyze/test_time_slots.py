"""When one act happened, as two reports state it (issue 9, rel9n): times of day, a day against a part of a month,
eras. Fictional sentences written for these tests (not the dev corpus); each positive case failed before."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel

PUB = "2031-11-12"


def _rel(a: str, b: str, sim: float = 0.5):
    return rel(a, b, sim=sim, pub_a=PUB, pub_b=PUB)


def test_one_act_at_two_clock_times_that_cannot_both_hold_conflicts():
    got = _rel("The dam gates were opened shortly after 5.15pm on Monday, the water board said.",
               "The gates were opened at about 7pm on Monday, a farmers' group said.")
    assert got.relation == "conflict" and got.reason.startswith("time: shortly after 17:15 vs about 19:00"), got


def test_one_time_in_twelve_and_twenty_four_hour_notation_agrees():
    got = _rel("The dam gates were opened at 5.15pm on Monday, the water board said.",
               "The gates were opened at 17:15 on Monday, the regional office said.")
    assert got.relation == "agree" and "17:15 = 17:15" in got.reason, got


def test_two_acts_at_two_times_of_one_day_are_no_conflict():
    got = _rel("The dam gates were opened at 5.15pm on Monday, the water board said.",
               "The road was closed at 9pm on Monday, the police said.")
    assert got.relation != "conflict", got


def test_a_day_outside_the_part_of_a_month_conflicts():
    got = _rel("The wreck was located on November 3 by a diving club.",
               "Divers located the wreck in late October, the harbour master said.")
    assert got.relation == "conflict" and "late October" in got.reason, got


def test_a_day_inside_the_part_of_a_month_is_no_conflict():
    got = _rel("The wreck was located on October 27 by a diving club.",
               "Divers located the wreck in late October, the harbour master said.")
    assert got.relation != "conflict", got


def test_a_day_outside_a_month_conflicts_and_inside_it_does_not():
    got = _rel("The wreck was located on November 3 by a diving club.",
               "Divers located the wreck in October, the harbour master said.")
    assert got.relation == "conflict" and "November 3 vs October" in got.reason, got
    got = _rel("The wreck was located on October 13 by a diving club.",
               "Divers located the wreck in October, the harbour master said.")
    assert got.relation != "conflict", got


def test_a_decade_outside_a_part_of_a_century_conflicts():
    got = _rel("The bell was cast in the 1380s, the parish archivist said.",
               "The bell was cast in the early 15th century, according to a foundry historian.")
    assert got.relation == "conflict" and "1380s vs early 15th century" in got.reason, got


def test_an_approximate_year_inside_the_decade_agrees():
    got = _rel("The bell was cast around 1384, the parish archivist said.",
               "The bell was cast in the 1380s, according to a foundry historian.")
    assert got.relation == "agree", got


def test_two_things_of_two_eras_are_no_conflict():
    got = _rel("The bell was cast in the 1380s, the parish archivist said.",
               "The tower was built in the early 15th century, according to a foundry historian.")
    assert got.relation != "conflict", got


def test_one_act_done_again_years_later_is_no_conflict():
    """Failed on the first form of the rule (BASIL, in other words): a day against a year three years before is the
    act done again, not a second report of one act."""
    got = _rel("The mayor pardoned the two activists on Friday, her office said.",
               "The mayor pardoned a protester once before, in 2027, the paper recalled.")
    assert got.relation != "conflict", got
    got = _rel("The mayor pardoned the two activists on Friday, her office said.",
               "The mayor pardoned protesters under a 1990s-era statute, the paper recalled.")
    assert got.relation != "conflict", got


def test_a_month_of_another_act_is_no_conflict():
    """Failed before the deed was required on both sides (BASIL, in other words): the month is when a right to act
    was claimed, not when the act was done."""
    got = _rel("The governor dissolved the assembly on Friday, her office said.",
               "In October, the governor insisted she had the power to dissolve the assembly.")
    assert got.relation != "conflict", got


def test_a_time_told_to_the_minute_is_no_rounding_of_one_a_quarter_hour_away():
    """rel9x: "about 4.30pm" rounds to the half hour, not across 16 minutes to a time told to the minute."""
    got = _rel("The ferry ran aground at 4.46pm on Monday, the coastguard said.",
               "The ferry ran aground at about 4.30pm, a passenger said.")
    assert got.relation == "conflict" and "16:46" in got.reason and "about 16:30" in got.reason, got


def test_an_hour_told_roughly_still_holds_a_time_twenty_minutes_past_it():
    got = _rel("The ferry ran aground at 4.20pm on Monday, the coastguard said.",
               "The ferry ran aground at about 4pm, a passenger said.")
    assert got.relation == "agree", got


def test_one_day_written_without_a_year_is_one_day_whatever_year_each_tense_inferred():
    """A claim read as past in a later report puts a year-less "August 14" still ahead in the year before; a
    present-tense one in an earlier report keeps the report's year. The written day is the same, so no date
    conflict ("August 14 vs 14 August")."""
    got = rel("All jars printed with a use-by date of August 14 or earlier should be thrown away.",
              "Jars with use-by dates up to 14 August are being taken off the shelves, the regulator said.",
              sim=0.6, pub_a="2027-08-03", pub_b="2027-08-01")
    assert got.relation != "conflict", got
    guard = rel("The ferry service restarts on August 14, the operator said.",
                "The ferry service restarts on August 21, the port authority said.", sim=0.7)
    assert guard.relation == "conflict", guard  # two days written without a year still conflict  # guard
