"""False conflicts read on real news (issue 9, seventh round) that came from how a statement is worded, not from
what it states: the time a statement was made, a typographic apostrophe, a denial that is itself negated. Each in
wording written for these tests; each failed on the code before."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.analyze.slot_values import _MOVED, _said_at
from workbench.extract.polarity import polarity_fields


def test_the_times_two_statements_were_made_are_no_rival_times_of_one_happening():
    got = rel("At a hastily called news conference Friday afternoon, Mayor Lund said the harbour board had offered "
              "her a seat on the ferry inquiry.",
              "Mayor Lund was offered a seat on the ferry inquiry by the harbour board, a council aide said during "
              "a briefing on Friday morning.", sim=0.8, pub_a="2027-03-12", pub_b="2027-03-12")
    assert got.relation != "conflict", got


def test_a_happening_dated_by_its_reporter_is_still_compared():
    got = rel("The ferry inquiry opened on Friday morning in Brisk, the harbour board said.",
              "The harbour board said the ferry inquiry opened on Friday afternoon in Brisk.", sim=0.85,
              pub_a="2027-03-12", pub_b="2027-03-12")
    assert got.relation == "conflict" and "morning" in got.reason, got


def test_a_typographic_apostrophe_negates_like_a_straight_one():
    straight = polarity_fields("The levy isn't about the harbour, it is about the roads.", [])
    curly = polarity_fields("The levy isn’t about the harbour, it is about the roads.", [])
    assert straight.get("neg") and curly.get("neg") == straight.get("neg"), (straight, curly)


def test_one_quote_with_either_apostrophe_is_no_negation_of_itself():
    got = rel("Fixing the ferry isn't just about the harbour, it's about the whole coast.\"",
              "“Fixing the ferry isn’t just about the harbour, it’s about the whole coast.”", sim=0.95)
    assert got.relation != "conflict", got


def test_a_denial_that_is_negated_denies_nothing():
    assert "denial" not in polarity_fields("The guild's letter does not deny that the guild is open to lower fees.", [])
    got = rel("The guild's letter does not deny that the guild is open to lower fees.",
              "The guild said on Monday that it was open to modest cuts in fees for new members.", sim=0.7)
    assert got.relation != "conflict", got


def test_a_negation_outside_the_part_of_a_quote_both_versions_share_is_no_conflict():
    got = rel("\"She didn't have to do it, but she'd rather do it much sooner,\" an aide said.",
              "\"But she'd rather do it much sooner.\"", sim=0.9)
    assert got.relation != "conflict", got
    got = rel("The harbour bridge is not open to lorries, the council said.",
              "The harbour bridge is open to lorries, the council said.", sim=0.9)
    assert got.relation == "conflict", got


def test_a_plan_and_a_deed_of_one_verb_done_to_different_things_are_two_acts():
    got = rel("On Tuesday officials announced that the council would reverse a 2019 parking ban on the pier.",
              "The council on Friday reversed the mayor's decision to close the pier to anglers.", sim=0.7,
              pub_a="2027-03-09", pub_b="2027-03-12")
    assert got.relation != "update", got
    got = rel("The council is set to vote to reopen the pier to anglers, officials said.",
              "The council voted on Wednesday to reopen the pier to anglers.", sim=0.7,
              pub_a="2027-03-09", pub_b="2027-03-11")
    assert got.relation == "update", got


def test_an_aspect_verb_planned_and_done_is_no_act_carried_out():
    got = rel("She said she hoped talks would continue to reach a deal on the pier.",
              "The mayor agreed on Friday to reopen the pier while talks over its repair continued.", sim=0.7,
              pub_a="2027-03-09", pub_b="2027-03-12")
    assert got.relation != "update", got


def test_a_thing_brought_back_is_no_date_moved():
    """The moved-date cue read on its own: "brought back as bycatch" returns a thing, "pushed back to" a date."""
    assert _MOVED.search("The agency said fish brought back as bycatch will count towards the quota.") is None
    assert _MOVED.search("The hearing was pushed back to April 18.") and _MOVED.search("The vote was put off.")
    got = rel("The quota hearing will be held on April 4.",
              "The trust said on Tuesday that the quota hearing had been pushed back to April 18.", pub_b="2027-03-14")
    assert got.relation == "update" and "moved" in got.reason, got



def test_a_clock_with_its_bound_is_read_as_its_hour():
    # the stored clock carries its bound (">22:00" shortly after 10pm): reading its hour crashed analysis on a
    # held-out event; the bound is not part of the hour
    assert not _said_at("The pumps failed shortly after 10pm on Tuesday, the water board said.", ">22:00")
    assert _said_at("The water board said at about 10 in the evening that the pumps had failed.", "~22:00")
