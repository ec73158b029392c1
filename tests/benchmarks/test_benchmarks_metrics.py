"""The evaluation metrics on cases small enough to check by hand."""

from __future__ import annotations

from benchmarks.metrics import (
    adjusted_rand,
    average_precision,
    bcubed,
    best_f1_threshold,
    pairwise,
    prf,
    purity,
    roc_auc,
)


def test_prf_counts():
    assert prf(3, 1, 2) == {"precision": 0.75, "recall": 0.6, "f1": 0.6667, "tp": 3, "fp": 1, "fn": 2}
    assert prf(0, 0, 0)["f1"] == 0.0


def test_roc_auc_counts_ties_as_half():
    # Pairs (pos, neg): (0.9, 0.1) win, (0.9, 0.5) win, (0.5, 0.1) win, (0.5, 0.5) tie -> 3.5 / 4.
    assert roc_auc([1, 1, 0, 0], [0.9, 0.5, 0.5, 0.1]) == 0.875
    assert roc_auc([1, 0], [0.2, 0.8]) == 0.0


def test_average_precision_of_a_ranking():
    # Ranked labels 1, 0, 1: precision at the two hits is 1 and 2/3 -> AP = (1 + 2/3) / 2.
    assert average_precision([1, 0, 1], [0.9, 0.8, 0.7]) == round((1 + 2 / 3) / 2, 4)


def test_best_threshold_maximises_f1():
    threshold, f1 = best_f1_threshold([1, 1, 0, 0], [0.9, 0.6, 0.4, 0.1])
    assert (threshold, f1) == (0.6, 1.0)


def test_bcubed_pairwise_and_purity_on_a_split_cluster():
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    b3 = bcubed(gold, pred)
    # precision: a,b -> 1; c,d -> 1/2 each => 0.75; recall: a,b -> 2/3; c -> 1/3; d -> 1 => 2/3.
    assert (b3["precision"], b3["recall"]) == (0.75, 0.6667)
    pw = pairwise(gold, pred)
    assert (pw["tp"], pw["fp"], pw["fn"]) == (1, 1, 2)
    assert purity(gold, pred) == 0.75


def test_missing_items_are_singletons_and_identical_clusterings_score_one():
    gold = {"a": 1, "b": 1, "c": 2}
    assert bcubed(gold, {})["precision"] == 1.0 and bcubed(gold, {})["recall"] < 1.0
    assert bcubed(gold, gold)["f1"] == 1.0
    assert adjusted_rand(gold, gold) == 1.0
