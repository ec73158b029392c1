"""Where one act ended and who it ended with, compared across two sources (analyze.ends).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_stopped_short_against_reached_conflicts() -> None:
    got = rel("The floodwater stopped a few metres short of the church steps, the warden said.",
              "The floodwater reached the market hall overnight, a shopkeeper said.", sim=0.4)
    assert got.relation == "conflict" and "short of church steps" in got.reason and "market hall" in got.reason, got


def test_two_movers_or_one_source_are_no_conflict() -> None:
    got = rel("The floodwater stopped a few metres short of the church steps, the warden said.",
              "The ferry reached the harbour at noon, a shopkeeper said.", sim=0.4)
    assert got.relation != "conflict", got


def test_one_thing_gone_to_parties_placed_apart_conflicts() -> None:
    got = rel("The last ticket went to a fan queuing outside the gate, the club said.",
              "The final ticket was bought by a supporter waiting on the phone line, the fan group said.", sim=0.5)
    assert got.relation == "conflict" and got.reason.startswith("who it went to"), got
