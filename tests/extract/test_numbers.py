"""Number words, digits with separators and scale words, vague plurals, fractions."""

from __future__ import annotations

import re

import pytest

from workbench.extract.numbers import FRACTION, NUMBER, modifier_flags, parse_fraction, parse_number

_NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)


@pytest.mark.parametrize(("raw", "value", "approx", "bound"), [
    ("five", 5, False, None),
    ("twenty-five", 25, False, None),
    ("a dozen", 12, False, None),
    ("half a million", 500_000, False, None),
    ("a quarter of a million", 250_000, False, None),
    ("three quarters of a million", 750_000, False, None),
    ("1.8 million", 1_800_000, False, None),
    ("500,000", 500_000, False, None),
    ("1,800,000", 1_800_000, False, None),
    ("1.8", 1.8, False, None),
    ("3bn", 3e9, False, None),
    ("two hundred and fifty thousand", 250_000, False, None),
    ("a hundred thousand", 100_000, False, None),
    ("tens of thousands", 10_000, True, "lower"),
    ("hundreds of thousands", 100_000, True, "lower"),
    ("thousands", 1_000, True, "lower"),
    ("dozens", 12, True, "lower"),
    ("a few thousand", 2_000, True, "lower"),
    ("several hundred", 300, True, "lower"),
])
def test_parse_number(raw: str, value: float, approx: bool, bound: str | None) -> None:
    assert _NUMBER_RE.fullmatch(raw), raw
    assert parse_number(raw) == (pytest.approx(value), approx, bound)


def test_short_scale_only_when_asked() -> None:
    assert parse_number("50m") is None
    assert parse_number("50m", allow_short_scale=True) == (50_000_000, False, None)


@pytest.mark.parametrize(("text", "first"), [
    ("They counted 500,000.", "500,000"),  # the sentence-final period is not a decimal point
    ("It was 1.8. Then more.", "1.8"),
    ("Some sixty-two tanks.", "sixty-two"),
])
def test_number_span_stops_at_sentence_end(text: str, first: str) -> None:
    m = _NUMBER_RE.search(text)
    assert m is not None and m.group(0) == first


@pytest.mark.parametrize("text", ["the 93rd brigade", "T-72 tanks", "F-16", "at 10:30", "someone", "tender"])
def test_no_number_in_codes_ordinals_and_words(text: str) -> None:
    assert _NUMBER_RE.search(text) is None


@pytest.mark.parametrize(("raw", "share"), [
    ("half", 50.0), ("a third", 33.33), ("two-thirds", 66.67), ("three-quarters", 75.0), ("a quarter", 25.0),
])
def test_fractions_as_shares(raw: str, share: float) -> None:
    assert re.fullmatch(FRACTION, raw, re.IGNORECASE)
    assert parse_fraction(raw) == share


@pytest.mark.parametrize(("mod", "flags"), [
    ("about", (True, None)), ("More than", (True, "lower")), ("up to", (True, "upper")),
    ("no  more than", (True, "upper")), (None, (False, None)),
])
def test_modifier_flags(mod: str | None, flags: tuple[bool, str | None]) -> None:
    assert modifier_flags(mod) == flags
