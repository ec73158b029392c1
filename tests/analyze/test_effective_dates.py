"""One measure given two dates it applies from by two sources (``analyze.effective_dates``). Sentences written for
these tests, not the dev corpus; vectors from the real embedder, relations from ``facts.relate_event``."""

from __future__ import annotations

import pytest

from tests.analyze.event_relations import relate_rows, report_rows
from workbench.store.analysis import ClaimRow


def _rows(*docs: str) -> list[ClaimRow]:
    """One claim per text, each text its own report (document)."""
    return report_rows(*docs, published="2027-06-15")


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    def run(rows):
        rels = relate_rows(onnx_embedder, rows)
        return {(i, j): r for i, j, r in rels} | {(j, i): r for i, j, r in rels}
    return run


AUG = "The fare increase will take effect on August 1, the transit authority said."
FEB = "The 6% fare increase agreed by the council will be backdated to February 1, a union official said on Monday."


def test_two_sources_dating_one_measure_apart_conflict(relations):
    got = relations(_rows(AUG, FEB)).get((0, 1))
    assert got is not None and got.relation == "conflict", got
    assert "August 1" in got.reason and "February 1" in got.reason and "union official" in got.reason


def test_one_source_moving_its_date_or_two_measures_are_no_conflict(relations):
    got = relations(_rows(AUG, "The fare increase will now apply from October 1, the transit authority said.")).get((0, 1))
    assert got is None or got.relation != "conflict", got
    got = relations(_rows(AUG, "The parking charge agreed by the council will be backdated to February 1, a union "
                               "official said on Monday.")).get((0, 1))
    assert got is None or got.relation != "conflict", got
