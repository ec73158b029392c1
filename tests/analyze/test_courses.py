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
