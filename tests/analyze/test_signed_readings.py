"""A reading below zero in words against one in symbols, and a time in words against a stopwatch reading, are one
figure (``extract.temperatures``, ``extract.elapsed``, ``analyze.unit_sizes``). Sentences invented for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import relate
from workbench.analyze.unit_sizes import converted


def _rel(a: str, b: str):
    return relate(view(a, "2027-01-09", "x"), view(b, "2027-01-09", "y"), similarity=0.7)


def test_a_reading_below_zero_in_words_agrees_with_the_same_in_symbols():
    words = view("It was minus 9 degrees at the summit hut in the evening.", "2027-01-09", "x")
    signs = view("Temperatures at the summit hut fell to -9C on Friday evening.", "2027-01-09", "y")
    assert converted(signs.quantities[0], words.quantities[0]) is not None  # either way round
    got = _rel(words.text, signs.text)
    assert got.relation == "agree", got
    got = _rel("It was minus 9 degrees at the summit hut in the evening.",
               "Temperatures at the summit hut rose to 9C on Friday evening.")
    assert got.relation != "agree", got


def test_a_time_in_words_agrees_with_a_stopwatch_reading():
    got = _rel("The women's race was won by Ana Brell in 2 hours 31 minutes 9 seconds.",
               "Winner Ana Brell crossed the line in 2:31:09.")
    assert got.relation == "agree", got
    got = _rel("The women's race was won by Ana Brell in 2 hours 31 minutes 9 seconds.",
               "Winner Ana Brell crossed the line in 2:45:09.")
    assert got.relation != "agree", got
