""""m" after a space is a metre where no counted noun follows it (``extract.sizes``): a depth told in metres by one
outlet and in feet by another is one depth. Sentences written for these tests."""

from __future__ import annotations

from workbench.extract.quantities import extract_quantities


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in extract_quantities(text)]


def test_m_ending_the_clause_or_before_a_word_of_extent_is_a_metre():
    assert _figures("The divers reached a depth of 85 m.") == [("85 m", 85.0, "metres")]
    assert _figures("The new dyke is 7 m high, engineers said.") == [("7 m", 7.0, "metres")]


def test_m_before_a_counted_noun_is_not_a_metre():
    assert all(u != "metres" for _, _, u in _figures("Some 12 m viewers tuned in to the final."))


def test_one_depth_in_feet_and_in_metres_agrees_and_another_does_not():
    from tests.analyze.test_frame_relate import rel

    got = rel("The cavers are about 1,300 feet below the surface.", "The cavers are stuck at a depth of 396 m.",
              sim=0.7)
    assert got.relation == "agree", got
    got = rel("The cavers are about 1,300 feet below the surface.", "The cavers are stuck at a depth of 520 m.",
              sim=0.7)
    assert got.relation != "agree", got
