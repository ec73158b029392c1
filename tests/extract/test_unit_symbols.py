"""A unit symbol after a number and a space ("78 mm", "30 cm", "25 lbs") or glued to it ("78mm") is the figure's
unit (``extract.sizes``, ``extract.quantities``): one rainfall told in millimetres by one outlet and in centimetres
by another is one measure. "in" is an inch only before a word of extent. Sentences written for these tests."""

from __future__ import annotations

from workbench.extract.quantities import extract_quantities


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in extract_quantities(text)]


def test_metric_symbol_after_a_space_is_the_unit():
    assert _figures("The gauge at the ferry landing logged 63 mm of rain.") == [("63 mm", 63.0, "mm")]
    assert _figures("Snow lay 41 cm deep on the pass.") == [("41 cm", 41.0, "cm")]


def test_metric_symbol_glued_to_the_number_is_the_unit():
    assert _figures("The gauge at the ferry landing logged 63mm of rain.") == [("63mm", 63.0, "mm")]


def test_pound_symbol_is_a_mass():
    assert _figures("The stolen bell weighed 240 lbs, the parish said.") == [("240 lbs", 240.0, "lbs")]


def test_in_is_an_inch_only_before_a_word_of_extent():
    assert _figures("The ice on the pond was 3 in thick.") == [("3 in", 3.0, "inches")]
    assert all(u is None for _, _, u in _figures("The bakery opens at 5 in the morning."))


def test_upper_case_letters_are_no_unit_symbol():
    assert all(u != "cm" for _, _, u in _figures("Some 4 CM officers attended."))


def test_one_rainfall_in_mm_and_in_cm_agrees():
    from tests.analyze.test_frame_relate import rel

    got = rel("The gauge at the ferry landing logged 63 mm of rain.",
              "The gauge at the ferry landing logged 6.3 centimetres of rain.", sim=0.8)
    assert got.relation == "agree", got
