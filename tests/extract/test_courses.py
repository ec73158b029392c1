"""Whether a plan stands or is moved, a holding kept or lost (extract.courses).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

import pytest

from workbench.extract.courses import course_of


@pytest.mark.parametrize(("text", "slot", "kind", "head"), [
    ("The spring regatta will go ahead as planned, the sailing club said.", "schedule", "kept", "regatta"),
    ("The spring regatta has been pushed back by a month, the harbour office said.", "schedule", "changed", "regatta"),
    ("The regatta will not be postponed, the club said.", "schedule", "kept", "regatta"),
    ("Varga will keep his national record, the athletics body said.", "holding", "kept", "varga"),
    ("Varga will be stripped of his national record, the panel said.", "holding", "changed", "varga"),
])
def test_a_course_is_read_with_its_thing(text: str, slot: str, kind: str, head: str) -> None:
    got = course_of(text)
    assert got is not None and (got["slot"], got["kind"], got["head"]) == (slot, kind, head), got


def test_an_agent_moving_something_is_no_course_of_the_agent() -> None:
    assert course_of("The stewards called off the final race.") is None


@pytest.mark.parametrize(("text", "kind", "head", "obj"), [
    ("The ferry line will contest the fine in court, its lawyer said.", "changed", "line", ["fine", "court"]),
    ("The ferry line lodged an appeal on Friday.", "changed", "line", []),
    ("The growers' cooperative accepted the ruling.", "kept", "cooperative", ["ruling"]),
    ("The growers' cooperative will not challenge the ruling.", "kept", "cooperative", ["ruling"]),
])
def test_a_response_to_a_decision_is_read_with_the_party(text: str, kind: str, head: str, obj: list[str]) -> None:
    got = course_of(text)
    assert got is not None and (got["slot"], got["kind"], got["head"]) == ("response", kind, head), got
    assert got["obj"][:2] == obj, got


def test_a_pronoun_answering_is_left_for_the_speaker() -> None:
    got = course_of("The growers' cooperative said it would abide by the ruling.")
    assert got is not None and got["pron"] and got["kind"] == "kept" and got["who"] == [], got
