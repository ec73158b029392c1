"""Whether a claim says a thing ended or goes on (extract.states).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from workbench.extract.states import state_of


def test_a_thing_that_ended_or_goes_on_with_its_subject() -> None:
    got = state_of("The blockade ended on Wednesday evening, a farmers' spokesman said.")
    assert got is not None and got["kind"] == "ended" and got["who"] == ["blockade"], got
    got = state_of("The blockade will continue on Thursday, organiser Lene Voss said.")
    assert got is not None and got["kind"] == "goes_on" and got["who"] == ["blockade"], got
    got = state_of("Voss said the sit-in had carried on through the night.")
    assert got is not None and got["kind"] == "goes_on" and got["who"] == ["sit-in"], got


def test_other_uses_of_the_verbs_are_no_state() -> None:
    assert state_of("The convoy ended up 200 metres short of the border, the army said.") is None
    assert state_of("The match ended in a draw, the club said.") is None
    assert state_of("The minister went on to praise the volunteers.") is None
    assert state_of("The blockade did not end on Wednesday, Voss said.", negated=True) is None
