"""Where an act lies against a named happening (``extract.anchors``). Fictional sentences written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view


def test_a_happening_named_after_before_is_stored_with_the_act():
    got = view("The landslide occurred shortly before the evacuation, the mayor said.").frame.anchor
    assert got == {"side": "before", "of": "evacuation", "thing": "landslide", "verb": "occurred"}, got


def test_a_planned_happening_plans_nothing_of_the_act():
    got = view("The blackout happened ten minutes before the televised speech.").frame.anchor
    assert got is not None and got["of"] == "speech", got


def test_a_clause_a_pronoun_or_a_clock_time_is_no_anchor():
    for text in ("The roof fell in after the crowd had left, the council said.",
                 "The roof fell in soon after that, the council said.",
                 "The roof fell in shortly after 9pm on Friday, the council said.",
                 "The roof will fall in after the storm, an engineer warned."):
        assert view(text).frame.anchor is None, text
