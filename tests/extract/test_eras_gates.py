"""The era and increment scans' word gates (ingest18) close only where the plain search finds nothing."""

from __future__ import annotations

import pytest

from tests.extract.test_scan_gates import SENTENCES
from workbench.extract import eras, figure_sorts
from workbench.extract.gates import words_of
from workbench.models import Quantity

ERAS = [
    "Built in the early 13th century, rebuilt in the 1140s and again around 1140 BC, c. 1140 or circa 1200.",
    "A 21st-century law, the mid-19th-Century mill, 13th century's walls, the 1140’s and the 1970s-era law.",
    "THE LATE 12TH CENTURY; AROUND 1140; ROUGHLY 900 COINS; the 1900s; 1145s; approximately 1066.",
    "In the 5th centuryB.C., a 13th centuryish wall, 1140s_ and c.1140, about 1140, c. 1140: dated.",
    "The 13th \u212aentury and the 1140\u017f, ci\u0131rca 1140, \u0130n late Sept, about 20 years ago.",
    "No era at all: 300 people and 4,500 cars, in late September 2027 the 19th hole.",
]


@pytest.mark.parametrize("text", [t for s in ERAS + SENTENCES for t in (s, s.upper(), s.lower())])
def test_a_closed_gate_means_no_match(text):
    runs = words_of(text)
    gates = (runs is None or "century" in runs, runs is None or "s" in runs, eras._G_YEAR.may_match(runs))
    for pattern, gate in zip((eras._CENTURY, eras._DECADE, eras._YEAR), gates, strict=True):
        assert gate or pattern.search(text) is None, (pattern.pattern, text)


def test_the_gated_spans_are_read():
    assert eras.era_span(ERAS[0])[2] == "early 13th century"
    assert eras.era_span("It dates from the 1140s.")[:2] == (1140.0, 1150.0)
    assert eras.era_span("It dates from around 1140.")[2] == "around 1140"


INCREMENTS = [
    "An extra 50 million, a further 300, another 12 and an additional 2,000 were sent.",
    "They raised output by 1.5 million and cut spending by 300; it fell sharply by 4 and GREW BY 9.",
    "Overcut by 5, unraised by 7, xextra 8, the crowd rose, as expected, by 20; shrunk by 3 and ſlashed by 4.",
    "Extraordinary 40, \u212aept further 9; anotherly 5 and a rise of 6.",
]


@pytest.mark.parametrize("text", [t for s in INCREMENTS + SENTENCES for t in (s, s.upper(), s.lower())])
def test_increment_gate_closes_only_where_no_window_matches(text):
    # every window is_increment searches (60 characters before each digit), plain against gated
    for start in range(len(text)):
        if text[start].isdigit():
            plain = figure_sorts._INCREMENT.search(text, max(0, start - 60), start) is not None
            assert figure_sorts.is_increment(text, Quantity("count", text[start], start, start + 1, 1.0)) == plain
