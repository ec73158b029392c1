"""Whether one person came to harm, and whether no one at all did (extract.harms).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

from workbench.extract.figures import zero_roles
from workbench.extract.harms import harm_of, nobody_of, some_harmed


def test_an_indefinite_person_harmed_is_marked_and_no_one_is_read() -> None:
    got = harm_of("A deckhand was taken to hospital with burns.")
    assert got is not None and got["state"] == "hurt" and got.get("indef"), got
    assert nobody_of("No one was hurt, the harbour police said.")
    assert nobody_of("The police said nobody was injured.")
    assert not nobody_of("No passengers were hurt, the ferry line said.")


def test_a_zero_of_the_harm_itself_is_no_one_harmed() -> None:
    assert nobody_of("No fatalities have been recorded at the quarry, the inspectors said.")
    assert nobody_of("There have been no injuries, the organisers said.")
    assert not nobody_of("No injuries among the stewards were reported.")  # a group: others may be left out
    assert zero_roles("No illnesses tied to the cheese have been reported.") == ["ill"]


def test_a_count_of_people_harmed_is_some_harmed() -> None:
    got = some_harmed("Four hikers who had drunk from the stream were treated in hospital, the rangers said.")
    assert got is not None and got["state"] == "hurt" and got["text"] == "Four hikers", got
    got = some_harmed("The rangers said 12 walkers fell ill after the picnic.")
    assert got is not None and got["state"] == "ill", got
    assert some_harmed("Four hikers were not hurt, the rangers said.") is None
    assert some_harmed("Four hikers reached the summit on Sunday.") is None


def test_a_relative_clause_after_the_subject_tells_its_harm() -> None:
    got = harm_of("The climber who died, a 40-year-old teacher, had no rope, the guides said.")
    assert got is not None and got["state"] == "killed" and got["head"] == "climber", got
    got = harm_of("A 70-year-old guest who fell ill on Friday died in hospital, the clinic said.")
    assert got is not None and got["state"] == "killed" and got.get("indef"), got
    assert harm_of("The nurse who treated the injured spoke to reporters.") is None
