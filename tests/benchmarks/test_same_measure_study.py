"""The study's own arithmetic: the rank AUC and the masking of figures and speakers (the model runs are the study)."""

from __future__ import annotations

import math

from benchmarks.same_measure_study import _masked, auc


def test_auc_orders_and_shares_ties() -> None:
    assert auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]) == 0.0
    assert auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]) == 0.5  # every pair tied: chance
    assert auc([0, 1, 1], [0.2, 0.2, 0.9]) == 0.75  # one tie shared, one pair won
    assert math.isnan(auc([1, 1], [0.3, 0.4]))  # one class only: undefined


def test_masked_drops_figures_and_the_speaker() -> None:
    assert _masked("About 1,250 ferries were late, the port board said.", "the port board") == \
        "About N ferries were late,   said."
    assert _masked("Tolls rose 4.5 per cent.", None) == "Tolls rose N per cent."
