"""A count of the places a group is at ("teachers at nine schools") is no rival of a count of that group
(analyze.site_counts). Sentences written for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.analyze.site_counts import sited
from workbench.extract.quantities import extract_quantities


def _first(text: str):
    return next(q for q in extract_quantities(text) if q.kind == "count")


def test_a_count_after_a_plural_noun_and_a_preposition_of_place_counts_sites():
    text = "Teachers at nine schools across Corrby walked out at 8am on Monday."
    assert sited(text, _first(text)) == "teachers"
    text = "Some 2,400 teachers stayed away from work on Monday."
    assert sited(text, _first(text)) is None
    text = "The union put turnout at 2,400 teachers."
    assert sited(text, _first(text)) is None  # a tally: "at" after no plural noun
    text = "Ministers want to raise the sentence for selling forged permits from two years to five."
    assert sited(text, _first(text)) is None  # a span of time is no place


def test_sites_of_a_group_against_the_group_counted_are_no_conflict():
    got = rel("Some 2,400 teachers stayed away from work on Monday, the Corrby Education Board said.",
              "Teachers at nine schools across Corrby walked out at 8am on Monday, the Corrby Teachers' Union said.")
    assert got.relation != "conflict", got


def test_two_counts_of_the_group_still_conflict():
    got = rel("Some 2,400 teachers stayed away from work on Monday, the Corrby Education Board said.",
              "About 5,100 teachers walked out on Monday, the Corrby Teachers' Union said.")
    assert got.relation == "conflict", got
