"""A bare number over a definite group ("Nine of the rescued ...") counts some of that group, not the group: a part
of a total another source gives, never a rival count (issue 9, false conflicts). Invented wording."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view


def _parts(text: str) -> dict[str, str | None]:
    return {m["text"]: m.get("part") for m in view(text).frame.measures}


def test_a_number_before_of_the_group_is_a_part():
    assert _parts("Seven of the evacuated were taken to a school gym, the council said.").get("Seven") == "part"
    assert _parts("Four of the rescued, two of them children, were flown to Tromvik.").get("Four") == "part"


def test_a_number_with_its_own_noun_is_no_partitive():  # guard
    assert _parts("Thirty climbers were rescued from the ridge, the mountain service said.").get("Thirty climbers") is None


def test_a_number_of_a_group_told_by_its_noun_is_the_count_itself():  # guard
    """"Three of the climbers were killed" counts the killed: no part, it still rivals "Five climbers were killed"."""
    assert _parts("Three of the climbers were killed on the ridge.").get("Three") is None


def test_a_part_of_the_hurt_against_all_the_hurt_is_no_conflict():
    got = rel("A ferry struck the pier at Osterholm on Friday and 31 passengers were hurt, the coastguard said.",
              "Fourteen of the injured were standing on the upper deck, according to the port authority.")
    assert got is not None and got.relation != "conflict", got


_ILL = "Forty-four workers fell ill after a canteen lunch at a conference centre on Friday, the regional health office said."


def test_a_count_inside_another_nouns_phrase_is_another_measure():
    """"swabs from 18 workers" counts whom the swabs came from, not who fell ill."""
    got = rel(_ILL, "Norovirus has been confirmed in swabs from 18 workers, the regional laboratory said.")
    assert got is not None and got.relation != "conflict", got


def test_a_count_as_the_subject_of_its_act_still_rivals():  # guard
    got = rel(_ILL, "Eighteen workers fell ill after the canteen lunch, the regional union said.")
    assert got is not None and got.relation == "conflict", got


def test_a_number_of_the_hurt_told_with_a_past_verb_of_its_own_is_a_part():
    """"two of the injured died": some of the injured, counted for another predicate, not a count of the injured."""
    text = "The death toll rose to six on Thursday after two of the injured died in hospital, police said."
    assert _parts(text).get("two") == "part"
    got = rel(text, "Thirty-eight people were taken to hospital, the ambulance service said.",
              pub_a="2027-04-13", pub_b="2027-04-12")
    assert got is not None and got.relation != "conflict", got


def test_two_parts_of_one_group_are_no_rival_counts():
    """"two of the injured died" / "seventeen of the injured were treated at X": two subsets, each of its predicate."""
    got = rel("The death toll rose to six on Thursday after two of the injured died in hospital, police said.",
              "Seventeen of the injured were treated at Harrel General Hospital, the hospital said.",
              pub_a="2027-04-13", pub_b="2027-04-12")
    assert got is not None and got.relation != "conflict", got
