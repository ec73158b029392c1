"""One act timed to two clock times by two sources where no central happening ties them (``analyze.clock_acts``).
Sentences written for these tests, not the dev corpus; vectors from the real embedder, relations from
``facts.relate_event``, where the event's claims meet."""

from __future__ import annotations

import pytest

from tests.analyze.event_relations import relate_rows, report_rows
from workbench.analyze.clock_acts import one_act
from workbench.extract.claims import extract_claims
from workbench.store.analysis import ClaimRow


def _rows(*docs: str) -> list[ClaimRow]:
    """One claim per text, each text its own report (document)."""
    return report_rows(*docs, published="2027-03-09")


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    def run(rows):
        rels = relate_rows(onnx_embedder, rows)
        return {(i, j): r for i, j, r in rels} | {(j, i): r for i, j, r in rels}
    return run


OUT = "Crane drivers at the Tarsby container port walked out at 6am on Tuesday, their union said."
BEGAN = "The walkout at the port began at 9am on Tuesday, the port authority said."


def test_the_start_of_a_phrasal_verbs_noun_and_the_verb_timed_apart_conflict(relations):
    got = relations(_rows(OUT, BEGAN)).get((0, 1))
    assert got is not None and got.relation == "conflict", got
    assert "union" in got.reason and "port authority" in got.reason and "06:00" in got.reason


def test_one_time_of_the_walkout_is_no_conflict(relations):
    rows = _rows(OUT, "The walkout at the port began at 6am on Tuesday, the port authority said.")
    got = relations(rows).get((0, 1))
    assert got is None or got.relation != "conflict", got


def test_another_act_of_the_story_at_another_time_is_no_time_of_the_walkout(relations):
    rows = _rows(OUT, "The first ship was turned away at 9am, the port authority said.")
    got = relations(rows).get((0, 1))
    assert got is None or got.relation != "conflict", got


def test_the_phrasal_noun_must_be_the_other_acts_verb_with_its_particle():
    one = extract_claims(BEGAN, "2027-03-09")[0].frame
    out = extract_claims(OUT, "2027-03-09")[0].frame
    lock = extract_claims("Managers locked the gates at 6am on Tuesday, their union said.", "2027-03-09")[0].frame
    assert one_act(one, out) is not None
    assert one_act(one, lock) is None
