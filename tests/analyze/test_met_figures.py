"""One figure told to its last digits by two reports of one event agrees across fact clusters
(``analyze.met_figures`` via ``facts.relate_event``). Fictional reports written for these tests, not the corpus."""

from __future__ import annotations

import pytest

from tests.analyze.event_relations import relate_rows, report_rows
from workbench.analyze.met_figures import telling_figures
from workbench.analyze.telling_values import significant_digits


def _relations(embedder, a: str, b: str) -> list:
    return [r for _, _, r in relate_rows(embedder, report_rows(a, b))]


@pytest.mark.parametrize(("value", "digits"), [(61.3, 3), (2_800_000.0, 2), (400.0, 1), (11.85, 4), (18_500.0, 3)])
def test_significant_digits_leave_out_leading_and_trailing_zeros(value, digits):
    assert significant_digits(value) == digits


def test_a_share_told_to_a_decimal_in_two_unlike_sentences_agrees(onnx_embedder):
    """Other words around it, the embedding far apart: the value 61.3 itself says the slot is one."""
    got = _relations(onnx_embedder, "Turnout in the harbour ward reached 61.3 per cent, the returning officer said.",
                     "The by-election drew 61.3% of registered voters to the polls despite the snow.")
    assert [r.relation for r in got] == ["agree"], got
    assert "61.3 per cent" in got[0].reason and "61.3%" in got[0].reason, got


def test_a_sum_told_in_two_notations_agrees(onnx_embedder):
    got = _relations(onnx_embedder, "The council will raise the parking charge to 3.40 euros an hour from May, the mayor said.",
                     "Drivers protesting outside the town hall said a fee of €3.40 was more than the shops could bear.")
    assert [r.relation for r in got] == ["agree"], got
    assert "3.40 euros" in got[0].reason and "€3.40" in got[0].reason, got


def test_a_one_digit_count_is_too_common_to_say_alone_that_two_figures_are_one(onnx_embedder):
    got = _relations(onnx_embedder, "Nine climbers were stranded on the ridge, the rescue team said.",
                     "The mountain guides put the number of trapped walkers at nine.")
    assert all(r.relation != "agree" for r in got), got


def test_one_value_of_two_roles_or_two_spans_is_no_agreement(onnx_embedder):
    got = _relations(onnx_embedder, "Fourteen people were killed when the bridge gave way, the police said.",
                     "Some 14 people were injured in the stampede that followed, a hospital spokeswoman said.")
    assert all(r.relation != "agree" for r in got), got
    got = _relations(onnx_embedder, "The storm closed the coastal road for 48 hours, the highways office said.",
                     "Residents of the valley were told to boil their water for 48 hours.")
    assert all(r.relation != "agree" for r in got), got


def test_an_amount_added_is_no_figure_met(onnx_embedder):
    """A sort (an amount added, an age, a rank) says the number is not the other's measure."""
    got = _relations(onnx_embedder, "Another 35 patients were admitted overnight, the hospital said.",
                     "A total of 35 beds remain free across the county, officials said.")
    assert all(r.relation != "agree" for r in got), got


def test_a_value_rounded_to_three_digits_is_the_same_figure(onnx_embedder):
    got = _relations(onnx_embedder, "The island has 3,286,000 residents, the census office said on Monday.",
                     "The office had put the population at 3.29 million in its spring estimate.")
    assert [r.relation for r in got] == ["agree"], got
    assert "3,286,000" in got[0].reason and "3.29 million" in got[0].reason, got


def test_a_length_converted_to_feet_is_the_same_figure(onnx_embedder):
    got = _relations(onnx_embedder, "The sea wall at the harbour is 7.3 metres high.",
                     "Waves topped the 24-foot barrier twice during the night, coastguards said.")
    assert [r.relation for r in got] == ["agree"], got
    assert "7.3 metres" in got[0].reason and "24-foot" in got[0].reason, got


def test_two_figures_of_one_role_in_one_claim_are_no_telling_figures():
    """"1,400 of the plant's 2,100 striking": a part and its whole, the value alone cannot say which one is met."""
    row = report_rows("About 1,400 of the plant's 2,100 workers walked out on Monday, the company said.")[0]
    assert telling_figures(row) == []
    row = report_rows("The union said 2,100 workers walked out on Monday.")[0]
    assert [q.text for *_, q in telling_figures(row)] == ["2,100 workers"]


def test_one_telling_count_in_two_nouns_is_one_figure(onnx_embedder):
    """"posts" / "jobs" read below the noun threshold of ``counted_nouns``; the value 640 bridges them."""
    got = _relations(onnx_embedder, "The owners will cut 640 posts at the mill, the company said on Monday.",
                     "Managers plan to shed 640 jobs at the mill by the spring.")
    assert [r.relation for r in got] == ["agree"], got
    assert "640 posts" in got[0].reason and "640 jobs" in got[0].reason, got


def test_a_telling_count_of_two_sorts_of_people_stays_two_groups(onnx_embedder):
    got = _relations(onnx_embedder, "Some 1,250 women signed the petition by Friday, the organisers said.",
                     "The organisers said 1,250 men had signed the petition by Friday.")
    assert all(r.relation != "agree" for r in got), got
