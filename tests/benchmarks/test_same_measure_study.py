"""The study's own arithmetic: the masking of figures and speakers (the AUC is ``benchmarks.metrics.roc_auc``; the
model runs are the study)."""

from __future__ import annotations

from benchmarks.same_measure_study import _masked


def test_masked_drops_figures_and_the_speaker() -> None:
    assert _masked("About 1,250 ferries were late, the port board said.", "the port board") == \
        "About N ferries were late,   said."
    assert _masked("Tolls rose 4.5 per cent.", None) == "Tolls rose N per cent."
