"""One body's decision told taken against its vote told pending (``analyze.pending_votes``). Sentences written for
these tests, not the dev corpus; vectors from the real embedder, relations from ``facts.relate_event``."""

from __future__ import annotations

import dataclasses

import pytest

from tests.analyze.event_relations import relate_rows, report_rows


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    def run(*texts, published="2027-06-15"):
        rels = relate_rows(onnx_embedder, report_rows(*texts, published=published))
        return {(i, j): r for i, j, r in rels} | {(j, i): r for i, j, r in rels}
    return run


TAKEN = "The regional assembly on Monday adopted a new ferry subsidy scheme for the islands, the governor said."
PENDING = ("The ferry subsidy scheme drawn up by the transport office is due to go to an assembly vote next month, "
           "a spokesman for the office said.")


def test_a_decision_taken_against_the_same_bodys_vote_told_pending_later_conflicts(relations):
    got = relations(TAKEN, PENDING).get((0, 1))
    assert got is not None and got.relation == "conflict" and "assembly" in got.reason, got


def test_another_body_or_another_thing_is_no_conflict(relations):
    other_body = PENDING.replace("an assembly", "a cabinet")
    got = relations(TAKEN, other_body).get((0, 1))
    assert got is None or got.relation != "conflict", got
    other_thing = PENDING.replace("ferry subsidy scheme", "new harbour levy")
    got = relations(TAKEN, other_thing).get((0, 1))
    assert got is None or got.relation != "conflict", got


def test_a_vote_told_pending_before_the_decision_was_taken_is_its_plan(onnx_embedder):
    earlier = report_rows(TAKEN, PENDING, published="2027-06-15")
    later = report_rows(TAKEN, published="2027-06-22")[0]  # the decision told a week after the pending vote
    rows = [dataclasses.replace(later, id="c9", document_id="doc9"), earlier[1]]
    got = {(i, j): r for i, j, r in relate_rows(onnx_embedder, rows)}.get((0, 1))
    assert got is None or got.relation != "conflict", got


def test_a_decision_taken_against_the_same_body_told_to_vote_on_it_later_conflicts(relations):
    """"will hold its vote on the ferry subsidy scheme" told after the assembly adopted it: no shared act verb."""
    later = "The assembly will hold its vote on the ferry subsidy scheme on July 2, a spokesman for the office said."
    got = relations(TAKEN, later).get((0, 1))
    assert got is not None and got.relation == "conflict" and "assembly" in got.reason, got
