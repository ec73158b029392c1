"""One thing's course from two sources: a plan kept vs moved, a holding kept vs lost (analyze.courses).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_plan_kept_and_moved_by_two_sources_conflicts() -> None:
    got = rel("The spring regatta will go ahead as planned, the club's commodore, Ola Brenn, said.",
              "The spring regatta has been pushed back by a month, the harbour office said.", sim=0.6)
    assert got.relation == "conflict" and "schedule" in got.reason, got


def test_a_holding_kept_and_lost_conflicts_even_in_near_identical_wording() -> None:
    got = rel("Varga will keep his 2026 national record, the athletics federation said.",
              "Varga will lose his 2026 national record, the doping panel said.", sim=0.9)
    assert got.relation == "conflict" and "holding" in got.reason, got


def test_two_holdings_or_one_source_are_no_conflict() -> None:
    got = rel("Varga will keep his national record, the athletics federation said.",
              "Varga will lose his sponsorship deal, the doping panel said.", sim=0.6)
    assert got.relation != "conflict", got
    got = rel("The regatta will go ahead as planned, the club said.",
              "The regatta has been postponed, a club spokesman said.", sim=0.6)
    assert got.relation != "conflict", got


def test_a_decision_accepted_and_contested_by_one_party_conflicts() -> None:
    # the party's own word ("it accepted") against another source's account of its appeal
    got = rel("The growers' cooperative said it accepted the ruling.",
              "The growers' cooperative will challenge the ruling in the high court, its chairman, Ivo Rask, said.",
              sim=0.5)
    assert got.relation == "conflict" and "response" in got.reason and "cooperative" in got.reason, got
    got = rel("The growers' cooperative said it would abide by the ruling.",
              "The cooperative lodged an appeal on Thursday, Rask said.", sim=0.4)
    assert got.relation == "conflict" and "lodged an appeal" in got.reason, got


def test_answers_to_two_decisions_or_by_two_parties_are_no_conflict() -> None:
    got = rel("The growers' cooperative said it accepted the fine.",
              "The cooperative will challenge the export ban, its chairman, Ivo Rask, said.", sim=0.5)
    assert got.relation != "conflict", got
    got = rel("The growers' cooperative said it accepted the ruling.",
              "The dairy union will challenge the ruling, its chairman, Ivo Rask, said.", sim=0.5)
    assert got.relation != "conflict", got
