"""A plan or forecast with a day against the act done on another day (analyze.dated_acts, extract.daytimes).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording).
"""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view
from workbench.extract.daytimes import clock_of, clocks_apart

PLAN = "The recount is expected to start in Norby on Monday, followed by the harbour district of Kessel on Wednesday."


def test_each_dated_clause_keeps_its_own_day_and_actor() -> None:
    days = view(PLAN, "2031-05-12").frame.days  # a Monday
    assert [(d["day"], d["who"]) for d in days] == [("2031-05-12", ["norby"]), ("2031-05-14", ["kessel"])], days


def test_expected_on_one_day_done_on_another_is_an_update() -> None:
    got = rel(PLAN, "Officials in Kessel began the recount late on Monday, a day after the vote.", sim=0.45,
              pub_a="2031-05-12", pub_b="2031-05-12")
    assert got.relation == "update" and "Wednesday" in got.reason and "Monday" in got.reason, got


def test_the_actor_done_on_its_planned_day_is_no_moved_date() -> None:
    got = rel(PLAN, "The recount began in Norby on Monday, officials said.", sim=0.45,
              pub_a="2031-05-12", pub_b="2031-05-12")
    assert got.relation != "update" or "moves the date" not in got.reason, got


def test_a_deed_reported_before_the_plan_is_not_its_outcome() -> None:
    got = rel("The council is set to vote on the Arden budget in Selby on Friday.",
              "The council in Selby voted on the Arden budget on Monday.", sim=0.6,
              pub_a="2031-05-14", pub_b="2031-05-12")
    assert "moves the date" not in got.reason, got


def test_a_planned_hour_and_the_hour_it_was_done() -> None:
    got = rel("She’ll open the bridge today at 10am from the town square of Varn, aides said.",
              "Mayor Ostrova opened the Varn bridge Friday afternoon in front of a crowd.", sim=0.55,
              pub_a="2031-05-16", pub_b="2031-05-16")
    assert got.relation == "update" and "10:00" in got.reason and "afternoon" in got.reason, got


def test_clock_slots() -> None:
    assert clock_of("Profits reached $13.17 million, up 4.25 percent.") is None  # figures are not clock times
    assert clock_of("The vote ended late Tuesday.") == "late"
    assert clock_of("The count ends at 9 p.m. EST.") == "21:00 EST"
    assert clocks_apart("11:00", "afternoon") and not clocks_apart("11:00", "morning")
    assert clocks_apart("late", "10:00") and not clocks_apart("late", "evening")


def test_the_day_something_was_said_is_not_the_day_of_the_act() -> None:
    """"announced Thursday that she would ..." dates the announcement; a deed weeks from a plan is another one."""
    assert view("Lund announced Thursday that she would sign the Varn harbour bill.", "2031-05-15").frame.days == []
    got = rel("The council is set to vote on the Arden budget in Selby on Friday.",
              "The council in Selby voted on the Arden budget on Monday, May 26.", sim=0.6,
              pub_a="2031-05-14", pub_b="2031-05-26")
    assert "moves the date" not in got.reason, got


def test_a_fronted_day_dates_the_clause_after_it() -> None:
    days = view("On Tuesday, the Varn council voted 31-4 on a bill that renamed the harbour.", "2031-05-14").frame.days
    assert [(d["day"], d["who"]) for d in days] == [("2031-05-13", ["varn"])], days
    assert {"voted", "bill", "harbour"} <= set(days[0]["acts"]), days


def test_one_act_reported_done_on_two_days_is_a_date_conflict() -> None:
    got = rel("The Varn council passed a motion on Monday renaming the old harbour after the poet Ilse Marr.",
              "On Tuesday, the Varn council voted 31-4 on a bill that renamed the harbour.", sim=0.5,
              pub_a="2031-05-14", pub_b="2031-05-14")
    assert got.relation == "conflict" and "Monday" in got.reason and "Tuesday" in got.reason, got
    # the same day in both: no date dispute
    same = rel("The Varn council passed a motion on Tuesday renaming the old harbour after the poet Ilse Marr.",
               "On Tuesday, the Varn council voted 31-4 on a bill that renamed the harbour.", sim=0.5,
               pub_a="2031-05-14", pub_b="2031-05-14")
    assert "date of one act" not in same.reason, same
    # one actor, two different acts on two days: only the actor in common
    other = rel("The Varn council passed a motion on Monday renaming the old harbour after the poet Ilse Marr.",
                "On Tuesday, the Varn council approved next year's school budget.", sim=0.5,
                pub_a="2031-05-14", pub_b="2031-05-14")
    assert other.relation != "conflict", other


def test_a_speech_or_stance_act_on_two_days_is_no_date_conflict() -> None:
    """Refusing, denying, urging, insisting recur: done on Monday and again on Tuesday is two acts, not one act
    dated twice. An act that happens once (a resignation, a vote on one motion) keeps its date conflict."""
    for verb in ("refused to sign", "rejected calls to sign", "urged the council to sign", "insisted it would not sign"):
        got = rel(f"The Varn harbour master on Monday {verb} the new pier lease with the Osk shipping line.",
                  f"On Tuesday, the Varn harbour master {verb} the new pier lease with the Osk shipping line.",
                  sim=0.6, pub_a="2031-05-14", pub_b="2031-05-14")
        assert "date of one act" not in got.reason, (verb, got)
    once = rel("The Varn harbour master resigned on Monday over the new pier lease with the Osk shipping line.",
               "On Tuesday, the Varn harbour master resigned over the new pier lease with the Osk shipping line.",
               sim=0.6, pub_a="2031-05-14", pub_b="2031-05-14")
    assert once.relation == "conflict" and "date of one act" in once.reason, once


def test_an_apposition_keeps_the_subject_of_the_dated_act() -> None:
    """"Ola Brenne, the harbour's deputy director, was suspended on Tuesday": the dated clause opens on the verb;
    its actor is the name before the apposition."""
    days = view("Ola Brenne, the harbour's deputy director, was suspended on Tuesday, the board said.",
                "2031-05-15").frame.days  # a Thursday
    assert [(d["day"], d["who"]) for d in days] == [("2031-05-13", ["ola", "brenne"])], days


def test_one_act_of_one_person_dated_on_two_days_by_two_reports_conflicts() -> None:
    """The full name in one report and the surname in the other name one actor."""
    got = rel("Ola Brenne, the harbour's deputy director, was suspended on Tuesday with immediate effect, the board said.",
              "Brenne was suspended on Wednesday with immediate effect.", sim=0.8,
              pub_a="2031-05-15", pub_b="2031-05-15")
    assert got.relation == "conflict" and "date of one act" in got.reason, got




def test_a_place_named_after_the_act_is_no_actor_of_it() -> None:
    """"questioned the mayor on Sunday at Harbour House" names where, not who: its first name does not open the
    clause, so it is no subject to match against another report's clause-opening "House" (the full name / surname
    match holds only between clause-opening names, as "Ola Brenne" / "Brenne" do)."""
    from workbench.analyze.dated_acts import _one_actor

    place = view("The union's leaders questioned the mayor on Sunday at Harbour House.", "2031-05-15").frame.days[0]
    house = view("House members questioned the mayor on Tuesday.", "2031-05-15").frame.days[0]
    full = view("Ola Brenne, the harbour's deputy director, was suspended on Tuesday.", "2031-05-15").frame.days[0]
    surname = view("Brenne was suspended on Wednesday.", "2031-05-15").frame.days[0]
    assert place["who"][:2] == ["harbour", "house"] and not place.get("lead") and house.get("lead"), (place, house)
    assert not _one_actor(place, house) and _one_actor(full, surname)
