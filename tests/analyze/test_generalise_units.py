"""Extraction causes of missed conflicts on fresh events (issue 9, rel9i): a figure whose counted noun stands far
from it, a compound word read as a role, a zero stated with a noun, opposite directions of one measured thing.
Each in wording of its own (sentences written for these tests, not the corpus)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view


def test_a_count_of_the_number_of_a_noun_carries_that_noun():
    m = view("The number of subscribers whose records leaked has climbed to 1.4 million, the operator said.").frame
    assert m.measures[0].get("unit") == "subscribers" and m.measures[0].get("count_of") == "subscribers", m.measures


def test_two_sources_giving_the_number_of_one_noun_conflict():
    got = rel("The number of subscribers whose records leaked has climbed to 1.4 million, the operator said on Tuesday.",
              "An activist collective that claimed the leak put the number of affected subscribers at 6 million.",
              sim=0.7)
    assert got.relation == "conflict" and "1.4 million" in got.reason and "6 million" in got.reason, got


def test_a_number_phrase_before_another_figure_does_not_lend_its_noun():
    m = view("The number of flights fell by 12 on Monday as 3,000 passengers waited, the airport said.").frame
    assert [x.get("count_of") for x in m.measures if x["text"].startswith("3,000")] in ([None], []), m.measures
