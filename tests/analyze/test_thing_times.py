"""When the event's thing changed state, told by other sources in other verbs and other nouns (issue 9, acts11).
Sentences written for these tests, not the dev corpus; vectors from the real embedder, relations from
``facts.relate_event``, where the event's claims meet."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analyze.facts import claim_features, relate_event
from workbench.extract.claims import extract_claims
from workbench.store.analysis import ClaimRow


def _doc_rows(*docs: tuple[str, ...]) -> list[ClaimRow]:
    """Each tuple one report (document) of one or more claims."""
    out = []
    for d, texts in enumerate(docs):
        for text in texts:
            c = extract_claims(text, "2027-05-08")[0]
            k = len(out)
            out.append(ClaimRow(f"c{k}", f"doc{d}", c.text, c.quantities, c.attribution.speaker, 0.9, None, (d, k),
                                c.frame))
    return out


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    def run(rows):
        vectors = np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)
        _, rels = relate_event(list(range(len(rows))), rows, vectors, claim_features(rows), 0.75)
        return {(i, j): r for i, j, r in rels} | {(j, i): r for i, j, r in rels}
    return run


LOOSE = "The herd got loose at dawn on Tuesday, the farm manager said."
WANDERED = "The cattle had broken loose late on Monday night, a neighbour said."
CATTLE = "The cattle had grazed the upper field for a week."
HERD = "The herd numbers about 120 head."


def test_two_parts_of_two_days_for_one_change_of_the_things_state_conflict(relations):
    """"late on Monday night" ends at midnight; dawn on Tuesday begins after it: the two cannot both hold."""
    rels = relations(_doc_rows((LOOSE, CATTLE), (WANDERED, HERD)))
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict", rels
    assert "farm manager" in got.reason and "neighbour" in got.reason
    assert "dawn" in got.reason and "night" in got.reason


def test_a_later_act_of_the_thing_in_one_report_is_its_sequel_not_a_rival_time(relations):
    rels = relations(_doc_rows((LOOSE, CATTLE, "The cattle were rounded up at 9am on Tuesday, police said."),
                               (WANDERED, HERD)))
    assert rels.get((2, 3)) is None or "what happened to" not in rels[(2, 3)].reason, rels  # (``_dates`` reads days)


def test_times_that_meet_do_not_conflict(relations):
    rels = relations(_doc_rows((LOOSE, CATTLE), ("The cattle had broken loose early on Tuesday, a neighbour said.",
                                                 HERD)))
    assert rels.get((0, 2)) is None or rels[(0, 2)].relation != "conflict", rels


def test_a_part_of_a_month_and_a_day_apart_conflict(relations):
    rels = relations(_doc_rows(("The statue was recovered on April 9 by divers from the harbour club.",
                                "The sculpture had lain in the silt for two centuries, the club said."),
                               ("The sculpture had been raised in late March, the harbour master said.",
                                "The statue weighs 400 kilograms, the harbour master said.")))
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict", rels
    assert "late March" in got.reason and "harbour master" in got.reason and "statue / sculpture" in got.reason


def test_one_source_twice_is_an_update_not_a_conflict(relations):
    rels = relations(_doc_rows((LOOSE, CATTLE), ("The cattle had broken loose late on Monday night, the farm "
                                                 "manager said.", HERD)))
    assert rels.get((0, 2)) is None or rels[(0, 2)].relation != "conflict", rels



def test_two_things_of_the_story_with_two_acts_are_not_one_happening(relations):
    """The car slid into a hedge; the road was salted: two things the embedder reads close, each with its own act
    (their acts, read without their subjects, are far apart): two happenings, whatever their times."""
    rels = relations(_doc_rows(("The car slid into a hedge shortly after 8am, a walker said.",
                                "The road past the farm has no verge on that side, the walker said."),
                               ("The road was salted at 6am on Saturday, the council said.",
                                "The car belongs to a family from the village, the council said.")))
    got = rels.get((0, 2))
    assert got is None or got.relation != "conflict", rels
