"""A fragment of a quoted sentence, quoted by another outlet, is one quote with the whole
(``analyze.quote_versions.quoted_fragment``). Quotes written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.analyze.quote_versions import quoted_fragment

WHOLE = ("\"We did not get the pier we wanted, but this is the best harbour deal the fishermen have had in twenty "
         "years,\" said Odile Brack, chair of the co-operative.")


def test_a_fragment_from_inside_the_quote_agrees_with_the_whole():
    got = rel(WHOLE, "Brack called the agreement \"the best harbour deal the fishermen have had in twenty years\".",
              sim=0.7)
    assert got.relation == "agree" and "same quote" in got.reason, got


def test_a_fragment_its_own_clause_negates_or_conditions_is_no_version():
    assert not quoted_fragment("it is not true that the ferry will stop calling at the island next winter",
                               "the ferry will stop calling at the island next winter")
    assert not quoted_fragment("if the grant fails the ferry will stop calling at the island next winter",
                               "the ferry will stop calling at the island next winter")


def test_a_short_or_reworded_fragment_is_no_version():
    assert not quoted_fragment("this is the best harbour deal in twenty years", "best harbour deal")
    assert not quoted_fragment("this is the best harbour deal the fishermen have had in twenty years",
                               "the best harbour deal the trawlermen have had in twenty years")
