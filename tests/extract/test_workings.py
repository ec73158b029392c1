"""Whether a claim says a thing worked or had failed (extract.workings).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

import pytest

from workbench.extract.workings import working_of


@pytest.mark.parametrize(("text", "kind", "head"), [
    ("The ventilation in the east tunnel had been broken for a week, the drivers said.", "failed", "ventilat"),
    ("The lab's manager said the freezer had worked all through the storm.", "working", "freezer"),
    ("A caretaker said the sprinkler system had been switched off during the repairs.", "failed", "system"),
    ("The hotel said the lift had been serviced in May and had worked on the day.", "working", "lift"),
    ("The water board said none of its pumps at the weir had failed.", "working", "pump"),
    ("The tenants said the boiler had not worked since October.", "failed", "boiler"),
    ("A signal mast brought down by the gale cut the line, the rail company said.", "failed", "mast"),
    ("A crane operator said the old chimney came down at noon.", "failed", "chimney"),
    # the head ends before any preposition, not only "of", "in", "on": these are floodlights, not a fence
    ("A guard said the floodlights along the east fence had not worked since spring.", "failed", "floodlight"),
    ("The keepers said the pumps beside the sluice had been switched off.", "failed", "pump"),
    # a light, a sign or a screen: lit or switched on against dark or blank
    ("The harbour lights had been dark all night, the skippers said.", "failed", "light"),
    ("The departure boards went blank at noon, passengers said.", "failed", "board"),
    ("The level-crossing lamps were lit from dusk, the rail company said.", "working", "lamp"),
])
def test_a_thing_that_worked_or_failed_is_read_with_the_thing(text: str, kind: str, head: str) -> None:
    got = working_of(text)
    assert got is not None and got["kind"] == kind and got["head"].startswith(head[:5]), got


@pytest.mark.parametrize("text", [
    "The barge was pushed aground by a failed winch, the skipper said.",  # an attribute, not the predicate
    "The negotiators had failed to agree on a timetable.",  # a deed of someone
    "Volunteers were working to clear the flooded road.",
    "The kiosk was broken into on Sunday night.",
    "The council had worked on the plan for months.",
    "The gale brought down two signal masts, the rail company said.",  # told of the masts, not of the gale
    "The quay was lit by burning oil drums.",  # lit by something: a scene, not a light that works
])
def test_deeds_and_attributes_are_no_working_state(text: str) -> None:
    assert working_of(text) is None


def test_a_denied_failure_is_the_denier_s_statement_that_the_thing_worked() -> None:
    from workbench.extract.workings import denied_working
    got = denied_working("The water board denied that the flood pumps at the weir had been out of order.")
    assert got is not None and got["kind"] == "working" and got["head"] == "pump" and got["denied"], got
    # a denial of something else, with a working state outside what it governs, is none
    assert denied_working("The firm denied negligence, saying the alarm had worked.") is None
