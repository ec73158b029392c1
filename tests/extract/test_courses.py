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
