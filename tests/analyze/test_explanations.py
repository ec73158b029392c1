"""Rival explanations of one happening told with no causal word, and one person's harm told two ways
(analyze.explanations, analyze.outcomes.harm_relation).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view
from workbench.analyze.relate import relate, relate_across


def across(a: str, b: str, sim: float = 0.3):
    return relate_across(view(a, cid="a"), view(b, cid="b"), sim)


def test_two_sources_telling_two_mechanisms_of_one_happening_conflict() -> None:
    got = across("A gust off the fells had lifted the marquee clear of its pegs, said Jana Holm, the show's organiser.",
                 "A tent pole that had split along its grain buckled and dragged the marquee over, said Piet Rask, "
                 "a surveyor hired by the insurers.")
    assert got is not None and got.relation == "conflict", got
    assert "rival explanations" in got.reason and "Jana Holm" in got.reason and "Piet Rask" in got.reason, got
    assert "gust" in got.reason and "tent pole" in got.reason, got


def test_an_agent_in_a_passive_is_a_mechanism_too() -> None:
    got = across("The herd had probably been driven against the fence by a low helicopter flight, a warden, "
                 "Mia Lund, said.",
                 "The herd had followed an injured stag through a gap in the hedge, said Ole Brandt, a farmer.")
    assert got is not None and got.relation == "conflict" and "helicopter" in got.reason, got


def test_one_mechanism_in_other_words_or_one_source_is_no_conflict() -> None:
    # both name the same mechanism (the gust) in other words
    got = across("A gust off the fells had lifted the marquee clear of its pegs, said Jana Holm, the show's organiser.",
                 "The sudden gust tore the marquee from the field, said Piet Rask, a surveyor.")
    assert got is None or got.relation != "conflict", got
    # one source giving two factors together
    got = across("A gust had lifted the marquee clear of its pegs, said Jana Holm.",
                 "A split tent pole had dragged the marquee over, said Jana Holm.")
    assert got is None or got.relation != "conflict", got


def test_acts_done_by_someone_are_the_story_not_rival_explanations() -> None:
    got = across("Two volunteers had found the marquee flattened by dawn, said Jana Holm, the show's organiser.",
                 "A collector had bought the marquee poles the week before, said Piet Rask, a surveyor.")
    assert got is None or got.relation != "conflict", got


def test_a_happening_timed_to_the_clock_is_no_explanation() -> None:
    got = across("A tent pole that had split along its grain dragged the marquee over, said Piet Rask, a surveyor.",
                 "The marquee slid into the river at about 4.10pm, said Jana Holm, the show's organiser.")
    assert got is None or got.relation != "conflict", got


def test_a_stated_cause_of_the_thing_against_an_account_of_it() -> None:
    got = across("A sudden gust off the fells was to blame for the collapse of the marquee, the show's organiser, "
                 "Jana Holm, said.",
                 "A tent pole that had split along its grain buckled and dragged the marquee over, said Piet Rask, "
                 "a surveyor hired by the insurers.")
    assert got is not None and got.relation == "conflict" and "gust" in got.reason and "tent pole" in got.reason, got


def test_a_party_blaming_someone_is_no_account_of_the_thing() -> None:
    got = across("The treasurer blamed her deputy for the missing receipts, said Jana Holm.",
                 "The missing receipts had disappeared from the office safe, said Piet Rask, an auditor.")
    assert got is None or got.relation != "conflict", got


def test_a_cause_ruled_out_by_one_source_conflicts_with_the_others_account() -> None:
    got = across("A cracked boiler flue had filled the hall with fumes, said Ines Varga of the county fire service.",
                 "The fumes were caused by a blocked vent in the kitchen, not by the boiler flue, the school said.")
    assert got is not None and got.relation == "conflict", got
    assert "boiler flue" in got.reason and "blocked vent" in got.reason, got


def test_one_person_hurt_by_one_source_and_unhurt_by_another_conflicts() -> None:
    got = relate(view("The skipper, 61, was flown to hospital with a broken leg, the coastguard said.", cid="a"),
                 view("The skipper was unharmed and went home that evening, the boat's owner said.", cid="b"),
                 similarity=0.4)
    assert got.relation == "conflict" and "skipper" in got.reason and "unhurt" in got.reason, got


def test_two_people_or_one_source_harm_is_no_conflict() -> None:
    got = relate(view("The skipper of the trawler was flown to hospital with a broken leg, the coastguard said.",
                      cid="a"),
                 view("The skipper of the yacht was unharmed, the marina said.", cid="b"), similarity=0.4)
    assert got.relation != "conflict", got
    got = relate(view("The skipper was flown to hospital, the coastguard said.", cid="a"),
                 view("The skipper was unharmed, a coastguard spokesman said.", cid="b"), similarity=0.4)
    assert got.relation != "conflict", got


def test_a_cause_of_the_story_s_happening_against_an_earlier_mishap_or_a_belief() -> None:
    """A blame of the story's happening (no effect, or one noun) against another source's past-perfect mishap of a
    thing, or against what investigators believe happened: rival explanations."""
    got = rel("The resort blamed a lightning strike.",
              "A retired engineer, Ola Brandt, said a bolt had sheared off the drive wheel.", sim=0.3)
    assert got.relation == "conflict" and "lightning strike" in got.reason and "bolt" in got.reason, got
    got = rel("A rear tyre burst seconds before the collision, the bus company said on Monday.",
              "Detectives believe the driver lost control on the wet road, an officer said.", sim=0.3)
    assert got.relation == "conflict" and "rear tyre burst" in got.reason and "lost control" in got.reason, got


def test_a_postponed_deed_or_a_shared_mechanism_is_no_rival_explanation() -> None:
    # a passive ("had been put off") tells what someone did, not how the story's happening came about
    got = rel("The resort blamed a lightning strike.",
              "Ola Brandt said a safety check of the pylons had been put off until spring.", sim=0.3)
    assert got.relation != "conflict", got
    # the account tells the blamed cause in other words
    got = rel("The resort blamed a lightning strike.",
              "Ola Brandt said lightning had struck the pylon twice.", sim=0.3)
    assert got.relation != "conflict", got
    # one source twice
    got = rel("The resort blamed a lightning strike.",
              "The resort said a bolt had sheared off the drive wheel.", sim=0.3)
    assert got.relation != "conflict", got


def test_an_earlier_deed_done_to_something_is_no_rival_explanation() -> None:
    """An earlier act with a direct object ("had counted the sheds", "had found smoke") is a deed of the story, not
    a thing's mishap; only a hedged account may be one."""
    got = rel("The resort blamed a lightning strike.",
              "Ola Brandt said the first survey had counted the damaged cabins twice.", sim=0.3)
    assert got.relation != "conflict", got
    got = rel("The resort blamed a lightning strike.",
              "Air samples near the station had found smoke in the cellars, a council officer said.", sim=0.3)
    assert got.relation != "conflict", got


def test_a_things_own_deed_explains_nothing() -> None:
    # the shared thing is the subject of a deed done to something else ("the mill had passed its audit"): a fact
    # about the thing, not how it came to undergo what the other account says
    got = across("A strong squall of hail knocked the windmill over, the mill trust said.",
                 "The owners said the windmill had passed its annual survey in June.")
    assert got is None or got.relation != "conflict", got


def test_a_count_of_who_did_the_act_is_a_figure_not_an_account() -> None:
    # a count or a share of those who did or underwent the act measures it; the figure rules compare it
    got = across("Fewer than 60 per cent of tenants returned the survey, said the housing board.",
                 "Jonas Pell said the missing surveys had mostly come from the two towers by the canal.")
    assert got is None or got.relation != "conflict", got
    got = across("The parish itself registered 4,100 voters, said the parish clerk.",
                 "The register had left out many voters living on boats, said Hanna Ostby.")
    assert got is None or got.relation != "conflict", got


def test_an_earlier_move_told_with_its_date_gives_no_mechanism() -> None:
    # "moved in there last spring": a time, not a thing acted on, so no account of how the happening came about
    got = across("A faulty heater in the flat was to blame for the fire, said Lena Brask of the fire service.",
                 "Neighbours said two students had moved in there last spring.")
    assert got is None or got.relation != "conflict", got


def test_where_a_happening_began_is_no_rival_to_its_cause() -> None:
    got = rel("The blaze started in the boiler room, the harbour fire crew said.",
              "Detectives are treating the blaze as arson, Inspector Maja Holt said.", sim=0.4)
    assert got.relation != "conflict", got
    got = rel("The blaze began in the boiler room, Inspector Maja Holt said.",
              "The fire crew said a faulty heater had caused the blaze.", sim=0.4)
    assert got.relation != "conflict", got


def test_two_sources_placing_a_happening_s_start_apart_conflict() -> None:
    got = rel("The blaze started in the boiler room, the harbour fire crew said.",
              "The blaze began in the ticket hall on the upper deck, Inspector Maja Holt said.", sim=0.5)
    assert got.relation == "conflict" and "where one happening began" in got.reason, got


def test_one_place_in_other_words_or_a_start_in_time_is_no_conflict() -> None:
    got = rel("The blaze started in the boiler room, the harbour fire crew said.",
              "The blaze began in the ferry's cramped boiler room, Inspector Maja Holt said.", sim=0.5)
    assert got.relation != "conflict", got
    got = rel("The blaze started in the boiler room, the harbour fire crew said.",
              "The blaze began on the evening of the launch, Inspector Maja Holt said.", sim=0.5)
    assert got.relation != "conflict", got


def test_where_a_happening_began_is_no_rival_of_its_cause() -> None:
    got = across("The blaze started in the ground-floor storeroom, Inspector Lena Rask said.",
                 "The fire brigade said on Tuesday that its officers still believed a faulty heater had caused the blaze.")
    assert got is None or got.relation != "conflict", got
