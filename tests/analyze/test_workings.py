"""One thing stated to have worked by one source and to have failed by another (analyze.workings).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_one_thing_broken_and_working_from_two_sources_conflicts() -> None:
    got = rel("The cooling in the server hall had been broken for a week, the technicians' union said.",
              "The firm's chief executive, Aron Vesk, said the cooling had worked the whole summer.", sim=0.45)
    assert got.relation == "conflict" and "state of one thing" in got.reason, got
    got = rel("A former caretaker said the library's sprinkler system had been switched off for repairs.",
              "The city again said its sprinkler and smoke systems had been working when the fire broke out.", sim=0.5)
    assert got.relation == "conflict" and "switched off" in got.reason, got


def test_two_things_one_source_or_two_days_are_no_conflict() -> None:
    # two pumps of one kind
    got = rel("The north pump had failed, the water board said.",
              "The south pump had worked throughout, a farmers' group said.", sim=0.5)
    assert got.relation != "conflict", got
    # one source: its own later word
    got = rel("The lift had been out of order, the hotel said.", "The lift was working again, a hotel manager said.",
              sim=0.5)
    assert got.relation != "conflict", got
    # two days
    got = rel("The ferry's radar failed on Monday, the crew said.",
              "The radar worked on Friday, the ferry line said.", sim=0.5)
    assert got.relation != "conflict", got


def test_a_thing_brought_down_against_none_of_them_failing_conflicts() -> None:
    got = rel("A signal mast brought down by the gale cut the line, a station manager said.",
              "The rail company said none of its masts in the valley had failed.", sim=0.4)
    assert got.relation == "conflict" and "not failed" in got.reason, got


def test_a_thing_placed_by_another_preposition_is_still_the_thing() -> None:
    # "the floodlights along the fence" are floodlights: one thing with "every floodlight on the perimeter"
    got = rel("A guard said the floodlights along the east fence had not worked since spring.",
              "The warden's office said every floodlight on the perimeter had been working.", sim=0.5)
    assert got.relation == "conflict" and "state of one thing" in got.reason, got


def test_a_sign_dark_and_lit_from_two_sources_conflicts() -> None:
    got = rel("Skippers told a local paper that the harbour warning lights had been dark when they came in.",
              "The warning lights had been lit since dusk, a port authority spokeswoman said.", sim=0.5)
    assert got.relation == "conflict" and "been dark" in got.reason and "been lit" in got.reason, got


def test_a_source_denying_a_failure_another_source_states_conflicts() -> None:
    got = rel("The water board denied that the flood pumps at the weir had been out of order.",
              "A lock keeper, Ivar Holm, said the pumps beside the weir had not worked since March.", sim=0.5)
    assert got.relation == "conflict" and "denied out of order" in got.reason, got


def test_a_denial_against_the_outlet_s_own_statement_is_no_working_conflict() -> None:
    # no source on one side: a party denying what the report itself says is a dispute inside the story
    got = rel("The water board denied that the flood pumps at the weir had been out of order.",
              "The flood pumps at the weir had not worked since March.", sim=0.5)
    assert "state of one thing" not in got.reason, got
