"""Stated causes of one happening compared across two sources (analyze.stated_causes).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_a_cause_one_source_rules_out_conflicts_with_the_other_source_stating_it() -> None:
    got = rel("Orvik Transit said a software update was to blame.",
              "The outage came from a tripped breaker at the depot, not from the new software, the drivers' union said.",
              sim=0.4)
    assert got.relation == "conflict", got
    assert "software update" in got.reason and "tripped breaker" in got.reason and "union" in got.reason, got


def test_parties_that_blame_each_other_conflict() -> None:
    got = rel("The harbour board blamed a mistake by Lindqvist Marine.",
              "The spill was caused by a pumping schedule that the harbour board had drawn up, Lindqvist Marine said.",
              sim=0.35)
    assert got.relation == "conflict" and got.reason.startswith("blame between the parties"), got


def test_two_sources_give_unrelated_causes_of_one_effect() -> None:
    got = rel("The pupils fell ill after a gas heater leaked in the gym, the school said.",
              "The pupils fell ill because of contaminated water from the canteen taps, parents said.", sim=0.3)
    assert got.relation == "conflict" and "different stated cause" in got.reason, got


def test_one_thing_blamed_at_two_places_conflicts() -> None:
    got = rel("Inspectors said the contamination came from a storage silo at the Nordvik mill.",
              "A storage silo at the harbour warehouse was the source, the port authority said.", sim=0.4)
    assert got.relation == "conflict" and "two places" in got.reason, got


def test_compatible_causes_and_one_source_are_no_conflict() -> None:
    # one is a part of the other
    got = rel("The ferry line said a propeller was to blame.",
              "The breakdown was caused by a worn propeller on the port side, the crew's union said.", sim=0.6)
    assert got.relation != "conflict", got
    # one source twice, in other words
    got = rel("The ferry line blamed a worn propeller.",
              "The breakdown was caused by a fuel leak, the ferry line said.", sim=0.6)
    assert got.relation != "conflict", got


def test_causes_of_two_different_effects_are_no_conflict() -> None:
    got = rel("The mayor blamed the delays on a shortage of drivers.",
              "The union blamed the fare rise on the new management.", sim=0.5)
    assert got.relation != "conflict", got


def test_an_effect_left_unsaid_and_not_named_by_the_other_side_is_shown_for_review() -> None:
    got = rel("The ferry line blamed a worn propeller shaft.",
              "The generator's breakdown was caused by a fuel leak in the engine room, the crew's union said.", sim=0.3)
    assert got.relation == "related" and got.reason.endswith("; review"), got
    assert "worn propeller shaft" in got.reason and "fuel leak" in got.reason, got


def test_an_unattributed_cause_is_not_set_against_a_source() -> None:
    got = rel("A fuel leak in the engine room was to blame.",
              "The breakdown was caused by a worn propeller shaft, the ferry line said.", sim=0.5)
    assert got.relation != "conflict", got


def test_blame_turned_back_in_an_account_conflicts_and_an_account_alone_does_not() -> None:
    got = rel("The harbour board blamed a slip by Orvik, the firm that dredges the channel.",
              "The firm said the harbour board's own pilots had approved the route.", sim=0.35)
    assert got.relation == "conflict" and got.reason.startswith("blame between the parties"), got
    got = rel("The harbour board blamed a slip by Orvik, the firm that dredges the channel.",
              "A diver said a buoy had drifted off its mooring, the coastguard said.", sim=0.35)
    assert got.relation != "conflict", got


def test_two_sources_blaming_unrelated_things_for_the_story_itself_conflict() -> None:
    got = rel("The ferry line blamed a worn propeller shaft.",
              "The crew's union said a fuel leak in the engine room was to blame.", sim=0.3)
    assert got.relation == "conflict" and "worn propeller shaft" in got.reason and "fuel leak" in got.reason, got


def test_a_blame_of_the_story_s_happening_against_a_cause_of_the_one_word_happening() -> None:
    """"X caused the breakdown" / "blamed Y": "the breakdown", one noun, is the story's happening, which a blame
    with no effect is of too."""
    got = rel("The ferry company blamed a blocked fuel filter.",
              "The harbour master said a crack in the propeller shaft caused the breakdown.", sim=0.3)
    assert got.relation == "conflict" and "blocked fuel filter" in got.reason and "harbour master" in got.reason, got
    got = rel("The outage followed a firmware change that the vendor pushed overnight, the council said.",
              "The engineers' union blamed a flooded cable duct after heavy rain on Sunday.", sim=0.3)
    assert got.relation == "conflict" and "firmware change" in got.reason and "flooded cable duct" in got.reason, got
    # an effect with words of its own may be the cause of a part of the story: shown for review only
    got = rel("The ferry company blamed a blocked fuel filter.",
              "The harbour master said a shortage of crew caused the late sailings.", sim=0.3)
    assert got.relation != "conflict", got


def test_a_happening_an_inquiry_treats_as_a_crime_against_another_sources_cause_conflicts() -> None:
    got = rel("Detectives are treating the blaze as arson, Inspector Maja Holt said.",
              "A faulty heater had caused the blaze, the fire brigade said.", sim=0.4)
    assert got.relation == "conflict" and "arson" in got.reason and "faulty heater" in got.reason, got


def test_treated_as_a_grade_or_a_role_states_no_cause() -> None:
    got = rel("Detectives are treating the blaze as a priority, Inspector Maja Holt said.",
              "A faulty heater had caused the blaze, the fire brigade said.", sim=0.4)
    assert got.relation != "conflict", got
    # one cause in two words is no rival
    got = rel("Detectives are treating the blaze as arson, Inspector Maja Holt said.",
              "The blaze was caused by an arson attack on the back door, the fire brigade said.", sim=0.5)
    assert got.relation != "conflict", got


def test_a_ruled_out_cause_against_another_source_s_timed_account_conflicts() -> None:
    # the ruling-out names the account, so its time ("on Tuesday evening") does not make it the happening itself
    got = rel("The rail union said the real cause was a shortage of signal staff, not a power failure.",
              "The signal system was shut down by a power failure on Tuesday evening, the operator said.", sim=0.4)
    assert got.relation == "conflict" and "not power failure" in got.reason, got
    got = rel("A mudslide above the quarry buried the access road, the county said.",
              "Rainwater under the retaining wall, not a mudslide, caused the collapse, the geology office said.", sim=0.4)
    assert got.relation == "conflict" and "not mudslide" in got.reason, got


def test_made_ill_by_states_a_cause_against_another_source_s_source() -> None:
    got = rel("The hotel said its guests had been made ill by prawns bought at the harbour market.",
              "The source was a cream sauce left out overnight, the food inspectors said.", sim=0.4)
    assert got.relation == "conflict" and "prawns" in got.reason and "cream sauce" in got.reason, got
