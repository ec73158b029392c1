"""The dev-side figure that stands in for ClaimBuster test's F1 (benchmarks.eval_checkworthy.f1_at_balance)."""

from __future__ import annotations

from benchmarks.eval_checkworthy import f1_at_balance


def test_on_a_balanced_set_it_is_the_plain_f1() -> None:
    labels = [1, 1, 1, 1, 0, 0, 0, 0]
    predicted = [True, True, True, False, True, False, False, False]
    assert f1_at_balance(labels, predicted) == round(2 * 3 / (2 * 3 + 1 + 1), 4)


def test_extra_negatives_count_as_if_the_set_were_balanced() -> None:
    """Three times the negatives, each predicted the same way: the same F1 as the balanced set."""
    labels = [1, 1, 1, 1] + [0] * 12
    predicted = [True, True, True, False] + [True] * 3 + [False] * 9
    assert f1_at_balance(labels, predicted) == round(2 * 3 / (2 * 3 + 1 + 1), 4)


def test_no_true_positive_gives_zero() -> None:
    assert f1_at_balance([1, 0, 0], [False, True, True]) == 0.0
