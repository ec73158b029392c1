"""Temperatures below zero and times in hours, minutes and seconds (``extract.temperatures``, ``extract.elapsed``,
through ``extract_quantities``). Sentences invented for these tests."""

from __future__ import annotations

from workbench.extract.quantities import extract_quantities


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, q.unit) for q in extract_quantities(text)]


def test_a_temperature_below_zero_in_words_or_symbols_is_one_signed_reading():
    assert _figures("At the summit it was minus 9 degrees by noon.") == [("minus 9 degrees", -9.0, "degrees")]
    assert _figures("The gauge on the pass fell to -9C overnight.") == [("-9C", -9.0, "C")]
    assert _figures("The gauge on the pass fell to −9°C overnight.") == [("−9°C", -9.0, "C")]
    assert _figures("Readings dropped to -9 degrees at dawn.") == [("-9 degrees", -9.0, "degrees")]


def test_a_range_a_code_or_a_reading_above_zero_keeps_its_sign():
    assert _figures("The gauge showed 12C at noon.") == [("12C", 12.0, "C")]
    assert ("-14C", -14.0, "C") not in _figures("Highs of 9-14C are forecast.")
    assert all(v is None or v >= 0 for _, v, _ in _figures("A T-90 convoy and a 3-2 score."))


def test_a_time_in_hours_minutes_and_seconds_is_one_span_in_words_or_on_a_stopwatch():
    words = "She won the race in 3 hours 7 minutes 12 seconds, the organisers said."
    watch = "The winner crossed the line in 3:07:12."
    assert ("3 hours 7 minutes 12 seconds", 11232.0, "seconds") in _figures(words)
    assert _figures(watch) == [("3:07:12", 11232.0, "seconds")]
    took = "It took 2 hours, 5 minutes and 3 seconds."
    assert ("2 hours, 5 minutes and 3 seconds", 7503.0, "seconds") in _figures(took)


def test_spans_in_rising_units_a_clock_or_separate_counts_stay_apart():
    assert _figures("The gates opened at 10:15:30 on Sunday.") == [] or all(
        q[2] != "seconds" for q in _figures("The gates opened at 10:15:30 on Sunday."))
    assert _figures("They waited 2 hours and 30 people left.") == [("2 hours", 2.0, "hours"),
                                                                   ("30 people", 30.0, "people")]
    assert _figures("It took 5 minutes, then 2 hours more.") == [("5 minutes", 5.0, "minutes"),
                                                                 ("2 hours", 2.0, "hours")]


def test_a_scale_named_after_degrees_is_the_figures_unit():
    assert _figures("The vineyard baked at 39 degrees Celsius on Friday.") == [("39 degrees Celsius", 39.0, "C")]
    assert _figures("Inland it hit minus 4 degrees Fahrenheit.") == [("minus 4 degrees Fahrenheit", -4.0, "F")]
    assert _figures("The kiln stood at 700 degrees all night.") == [("700 degrees", 700.0, "degrees")]


def test_one_reading_in_celsius_words_and_fahrenheit_symbols_agrees():
    from tests.analyze.test_frame_relate import rel

    got = rel("The vineyard baked at 39 degrees Celsius on Friday, the growers said.",
              "The thermometer at the vineyard read 102F on Friday.", sim=0.7)
    assert got.relation == "agree" and "102F" in got.reason, got


def test_one_reading_in_the_scales_word_and_its_symbol_agrees():
    from tests.analyze.test_frame_relate import rel

    got = rel("The vineyard baked at 39 degrees Celsius on Friday, the growers said.",
              "The thermometer at the vineyard read 39C on Friday.", sim=0.7)
    assert got.relation == "agree", got
