"""No one harmed by one source against someone harmed by another (analyze.nobody).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_no_one_hurt_against_someone_taken_to_hospital_conflicts() -> None:
    got = rel("Nobody was injured, the harbour police said.",
              "A deckhand was taken to hospital with burns to his hands.", sim=0.4)
    assert got.relation == "conflict" and "no one injured" in got.reason and "deckhand" in got.reason, got


def test_a_group_zero_a_lesser_harm_or_one_source_is_no_conflict() -> None:
    # "no passengers" leaves the crew out
    got = rel("No passengers were hurt, the ferry line said.", "A deckhand was taken to hospital with burns.", sim=0.4)
    assert got.relation != "conflict", got
    # no one killed does not rule out someone hurt
    got = rel("No one was killed, the harbour police said.", "A deckhand was taken to hospital with burns.", sim=0.4)
    assert got.relation != "conflict", got
    # one source, its own later word
    got = rel("No one was hurt, the harbour police said.",
              "A deckhand was taken to hospital, a harbour police spokesman said.", sim=0.4)
    assert got.relation != "conflict", got


def test_an_indefinite_person_is_not_the_named_role_of_another_report() -> None:
    got = rel("A deckhand was taken to hospital with burns, the crew's union said.",
              "The deckhand escaped unhurt, the ferry line said.", sim=0.5)
    assert got.relation != "conflict", got


def test_a_zero_of_the_harm_itself_against_people_harmed_conflicts() -> None:
    got = rel("No illnesses tied to the cheese have been reported, the dairy said.",
              "Four hikers who ate the cheese were treated in hospital, the health board said.", sim=0.3)
    assert got.relation == "conflict" and "no one ill" in got.reason and "Four hikers" in got.reason, got
    got = rel("No deaths have been tied to the fever, a ministry official said.",
              "A 70-year-old guest who fell ill on Friday died in hospital, the clinic said.", sim=0.3)
    assert got.relation == "conflict" and "no one killed" in got.reason, got


def test_no_deaths_against_people_hurt_or_a_harm_dated_later_is_no_conflict() -> None:
    # killed vs hurt: no deaths does not rule out people in hospital
    got = rel("No deaths have been reported, the dairy said.",
              "Four hikers were treated in hospital, the health board said.", sim=0.3)
    assert got.relation != "conflict", got
    # the harm dated after the day the zero was reported: it came since
    got = rel("No illnesses tied to the cheese have been reported, the dairy said.",
              "Four hikers were treated in hospital on March 12, the health board said.", sim=0.3, pub_b="2027-03-14")
    assert got.relation != "conflict", got
