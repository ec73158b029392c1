"""One thing recovered freely vs by force, by two sources (``analyze.recoveries``). Sentences written for these tests,
not the dev corpus; vectors from the real embedder, relations from ``facts.relate_event``."""

from __future__ import annotations

import pytest

from tests.analyze.event_relations import relate_rows, report_rows


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    def run(*texts):
        rels = relate_rows(onnx_embedder, report_rows(*texts, published="2027-06-15"))
        return {(i, j): r for i, j, r in rels} | {(j, i): r for i, j, r in rels}
    return run


GIVEN = "The bronze statuette was surrendered voluntarily by a collector, his solicitor said on Monday."
TAKEN = "Customs agents confiscated the bronze statuette at a warehouse in Dunmore, a customs spokesman said."


def test_one_thing_given_up_freely_and_taken_by_force_conflicts(relations):
    got = relations(GIVEN, TAKEN).get((0, 1))
    assert got is not None and got.relation == "conflict" and "statuett" in got.reason, got


def test_two_things_are_no_conflict(relations):
    other = TAKEN.replace("the bronze statuette", "a crate of silver coins")
    got = relations(GIVEN, other).get((0, 1))
    assert got is None or got.relation != "conflict", got
