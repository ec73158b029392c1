"""One happening placed on two floors or two sides of a place by two sources (``analyze.place_parts``,
``extract.place_parts``). Sentences written for these tests, not the dev corpus; vectors from the real embedder,
relations from ``facts.relate_event``, where the event's claims meet."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analyze.facts import claim_features, relate_event
from workbench.extract.claims import extract_claims
from workbench.extract.place_parts import part_of_act
from workbench.store.analysis import ClaimRow


def _rows(*docs: str) -> list[ClaimRow]:
    """One claim per text, each text its own report (document)."""
    out = []
    for k, text in enumerate(docs):
        c = extract_claims(text, "2027-02-16")[0]
        out.append(ClaimRow(f"c{k}", f"doc{k}", c.text, c.quantities, c.attribution.speaker, 0.9, None, (k,), c.frame))
    return out


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    def run(rows):
        vectors = np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)
        _, rels = relate_event(list(range(len(rows))), rows, vectors, claim_features(rows), 0.75)
        return {(i, j): r for i, j, r in rels} | {(j, i): r for i, j, r in rels}
    return run


CELLAR = "The blaze started in the cellar storeroom of the Anvil Lane bakery, the fire brigade said."
SECOND = "The blaze began in a second-floor office above the bakery, the owner told reporters."


def test_a_floor_is_as_wide_as_both_ways_of_counting_it():
    assert part_of_act("The leak began in a first-floor bathroom.", "The leak began in a first-floor bathroom")["level"] == [0, 1]  # type: ignore[index]
    assert part_of_act(CELLAR, "The blaze started in the cellar storeroom of the Anvil Lane bakery")["level"] == [-1, -1]  # type: ignore[index]
    got = part_of_act("The scuffle broke out at the north-east corner of the square.",
                      "The scuffle broke out at the north-east corner of the square")
    assert got is not None and got["side"] == ["east", "north"]


def test_one_happening_on_two_floors_by_two_sources_conflicts(relations):
    got = relations(_rows(CELLAR, SECOND)).get((0, 1))
    assert got is not None and got.relation == "conflict" and "cellar" in got.reason and "second-floor" in got.reason, got


def test_the_first_floor_and_the_ground_floor_may_be_one_floor(relations):
    rows = _rows("The blaze started in the ground-floor kitchen of the Anvil Lane bakery, the fire brigade said.",
                 "The blaze began in a first-floor room of the bakery, the owner told reporters.")
    got = relations(rows).get((0, 1))
    assert got is None or got.relation != "conflict", got


def test_two_sides_of_a_ground_conflict_and_a_corner_meets_its_side(relations):
    rows = _rows("The scuffle broke out at the west end of the Harlow Road ground, stewards said.",
                 "The scuffle started beside the snack bars on the south side, a police officer told the inquiry.")
    got = relations(rows).get((0, 1))
    assert got is not None and got.relation == "conflict" and "side" in got.reason, got
    rows = _rows("The scuffle broke out at the south-west corner of the Harlow Road ground, stewards said.",
                 "The scuffle started beside the snack bars on the south side, a police officer told the inquiry.")
    got = relations(rows).get((0, 1))
    assert got is None or got.relation != "conflict", got


def test_another_act_on_another_floor_is_no_place_of_the_happening(relations):
    rows = _rows(CELLAR, "Firefighters carried two sleeping tenants from a second-floor flat, the owner told reporters.")
    got = relations(rows).get((0, 1))
    assert got is None or got.relation != "conflict", got
