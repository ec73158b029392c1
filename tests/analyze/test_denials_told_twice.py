"""One party's denial told twice, once as "has denied using X" (extraction stores no denied clause for it) and once
as "no X were taken on" (``denied_claims``). Fictional reports written for these tests, not the corpus."""

from __future__ import annotations

from tests.analyze.event_relations import relate_rows, report_rows


def _relations(embedder, a: str, b: str) -> list:
    return [r for _, _, r in relate_rows(embedder, report_rows(a, b))]


def test_a_denial_without_a_stored_clause_agrees_with_the_same_partys_negated_universal(onnx_embedder):
    got = _relations(onnx_embedder, "The ferry line has denied using foreign crews to replace the strikers.",
                     "No foreign crews were taken on during the stoppage, the ferry line said.")
    assert [r.relation for r in got] == ["agree"], got
    assert "same denial" in got[0].reason and "ferry line" in got[0].reason, got


def test_a_word_shared_by_two_denials_of_one_party_that_read_apart_is_no_agreement(onnx_embedder):
    got = _relations(onnx_embedder, "The hospital has denied using the records of patients for research.",
                     "No patients were hurt when fire broke out in the laundry, the hospital said.")
    assert all(r.relation != "agree" for r in got), got


def test_another_partys_negation_is_no_told_denial(onnx_embedder):
    got = _relations(onnx_embedder, "The ferry line has denied using foreign crews to replace the strikers.",
                     "No foreign crews were taken on during the stoppage, the seafarers' union said.")
    assert all(r.relation != "agree" for r in got), got
