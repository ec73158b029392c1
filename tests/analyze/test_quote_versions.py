"""Two transcriptions of one quotation (analyze.quote_versions): quotes written for these tests."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.analyze.quote_versions import same_quote

LONG = ("\"The council should sit down with the tenants, starting with the residents' board, who have raised their "
        "fears about the damp in the towers, so that we get the fairest settlement possible and if we don't get it, "
        "there should be no settlement,\" Amara Lindqvist said.")
SHORT = ("\"The council should sit down with the tenants, starting with the residents' board, who had raised their "
         "fears about the damp in the towers so that we get the fairest settlement possible,\" Lindqvist said.")


def test_a_shorter_transcription_with_a_slip_is_one_quote_not_a_negation_conflict():
    got = rel(LONG, SHORT, sim=0.95)
    assert got.relation == "agree" and "same quote" in got.reason, got


def test_a_changed_negation_or_number_is_another_quote():
    a = "we will raise the rent for every one of the tenants in the east tower next spring"
    assert not same_quote(a, a.replace("will raise", "won't raise"))
    assert not same_quote(a, a.replace("every one", "every 2"))
    assert same_quote(a, a.replace("the tenants", "our tenants"))


def test_a_reworded_sentence_is_no_version_of_the_quote():
    assert not same_quote("If they don't approve the budget in the next two weeks it will raise the risk of a strike",
                          "To approve the budget in the next couple of weeks would raise the risk of a strike")


def test_short_phrases_are_not_quotes():
    assert not same_quote("we will win", "we will win this")
