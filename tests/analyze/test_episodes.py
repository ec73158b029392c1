"""An act told with its length ("shut for three days in March") is one episode of a state that may recur: another
day of the state dates another episode, no conflict on the time of one act (issue 9, dev D70). Sentences written
for these tests, not the dev corpus."""

from __future__ import annotations

from tests.analyze.event_relations import between, relations_by_text

EPISODE = "The Brenmoor ferry terminal was shut for three days in March after a storm."
SHUT = "The Brenmoor ferry terminal was shut on Wednesday, the harbour office said."


def test_an_episode_told_with_its_length_and_another_day_are_no_conflict(onnx_embedder):
    got = between(relations_by_text(onnx_embedder, EPISODE, SHUT, published="2027-04-10"), EPISODE, SHUT)
    assert got is None or got.relation not in ("conflict", "agree"), got
