"""A vote's tally read as one figure of two sides (extract.tallies).

Fictional sentences written for these tests (not the dev corpus, not the public data)."""

from __future__ import annotations

import pytest

from workbench.extract.tallies import tally_of


@pytest.mark.parametrize(("text", "sides"), [
    ("The harbour levy was approved by 1,204 votes to 977, the town clerk said.", [1204, 977]),
    ("The council's budget fell 19-23 on Monday night.", [23, 19]),
    ("The guild's chairwoman survived the ballot 31-12.", [31, 12]),
    ("Forty-two delegates backed the merger and 37 voted against it.", [42, 37]),
    ("Seven members opposed the plan and twenty-one supported it.", [21, 7]),
])
def test_a_tally_is_read_as_two_sides(text: str, sides: list[int]) -> None:
    got = tally_of(text)
    assert got is not None and got["sides"] == sides, got


@pytest.mark.parametrize("text", [
    "Between 10-15 volunteers turned up at the harbour.",  # a range
    "Ferry fares rose by 4 to 6 per cent.",  # a change's range
    "The 2024-25 season ended early.",  # a season
])
def test_a_range_or_a_season_is_no_tally(text: str) -> None:
    assert tally_of(text) is None
