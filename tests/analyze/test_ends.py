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


def test_a_thing_said_to_go_on_after_another_source_says_it_ended_conflicts() -> None:
    """"X will continue on Thursday" / "X ended on Wednesday evening": a later state an earlier end excludes."""
    got = rel("The blockade will continue on Thursday, organiser Lene Voss said.",
              "The blockade ended on Wednesday evening, a farmers' spokesman said.",
              sim=0.6, pub_a="2027-03-10", pub_b="2027-03-10")
    assert got.relation == "conflict" and "ended" in got.reason and "blockade" in got.reason, got


def test_an_end_after_the_day_it_was_to_go_on_or_of_another_thing_is_no_conflict() -> None:
    # it went on as said, and ended later: a development
    got = rel("The blockade will continue on Thursday, organiser Lene Voss said.",
              "The blockade ended on Saturday evening, a farmers' spokesman said.", sim=0.6, pub_b="2027-03-14")
    assert got.relation != "conflict", got
    # two things
    got = rel("The blockade will continue on Thursday, organiser Lene Voss said.",
              "The talks ended on Wednesday evening, a farmers' spokesman said.", sim=0.6)
    assert got.relation != "conflict", got


def test_one_thing_kept_in_one_named_place_and_moved_to_another_conflicts() -> None:
    got = rel("The merged bank will keep its main archive in Ostrava, the chairman said.",
              "The main archive of the new bank will move to the coastal city of Varna, an adviser said.", sim=0.5)
    assert got.relation == "conflict" and "Ostrava" in got.reason and "Varna" in got.reason, got


def test_one_place_two_things_or_one_source_are_no_site_conflict() -> None:
    got = rel("The merged bank will keep its main archive in Ostrava, the chairman said.",
              "The archive will move to a larger building in Ostrava, an adviser said.", sim=0.5)
    assert got.relation != "conflict", got
    got = rel("The merged bank will keep its main archive in Ostrava, the chairman said.",
              "The call centre will move to Varna, an adviser said.", sim=0.5)
    assert got.relation != "conflict", got
    got = rel("The merged bank will keep its main archive in Ostrava, the chairman said.",
              "The main archive will move to Varna, the chairman said.", sim=0.5)
    assert got.relation != "conflict", got
