"""A unit joined to its number by a hyphen ("a 40-metre mast") or written as a symbol after it ("620 MW") is the
figure's unit (``extract.sizes``). Sentences written for these tests."""

from __future__ import annotations

from workbench.extract.quantities import extract_quantities


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in extract_quantities(text)]


def test_a_hyphenated_unit_is_the_figures_unit():
    assert _figures("The 40-metre mast came down in the storm.") == [("40-metre", 40.0, "metre")]
    assert ("6-mile", 6.0, "mile") in _figures("A 6-mile-long queue formed on the bridge.")


def test_a_unit_symbol_after_the_number_is_the_figures_unit():
    assert _figures("The plant delivered 620 MW at its peak.") == [("620 MW", 620.0, "MW")]
    assert _figures("The shaft is 90 ft deep.") == [("90 ft", 90.0, "ft")]
    assert _figures("The diode gave off 5 mW of light.") == [("5", 5.0, None)]  # milliwatts: no listed unit


def test_one_output_in_a_symbol_and_in_words_agrees():
    from tests.analyze.test_frame_relate import rel

    got = rel("Consumption peaked at 3.4 gigawatts, the operator said.",
              "Consumption peaked at 3,400 MW on Friday.", sim=0.6)
    assert got.relation == "agree", got


def test_one_height_in_a_hyphenated_unit_and_in_metres_agrees():
    from tests.analyze.test_frame_relate import rel

    got = rel("The mast stood 40 metres tall.", "The 131-foot mast had been up since 1998, the owners said.", sim=0.6)
    assert got.relation == "agree", got


def test_nautical_miles_are_their_own_unit_and_convert():
    from tests.analyze.test_frame_relate import rel

    assert _figures("The yacht sank three nautical miles off the cape.") == [("three nautical miles", 3.0, "nmi")]
    got = rel("The yacht sank about three nautical miles off the cape, the coastguard said.",
              "The yacht went down 5.6 kilometres off the cape.", sim=0.6)
    assert got.relation == "agree", got
    got = rel("The yacht sank about three nautical miles off the cape, the coastguard said.",
              "The yacht went down 4.8 kilometres off the cape.", sim=0.6)  # three statute miles: not this figure
    assert got.relation != "agree", got


def test_a_speed_in_knots_converts_to_one_in_kilometres_an_hour():
    from tests.analyze.test_frame_relate import rel

    got = rel("Gusts of 40 knots hit the harbour on Sunday, the coastguard said.",
              "Gusts reached 74 km/h in the harbour on Sunday.", sim=0.6)
    assert got.relation == "agree", got
