"""A batch of one or two act phrases is encoded once, and reused only as that very batch (``analyze.act_identity``).

Why only the very batch: the int8 model's vector of a phrase depends on the phrases it was encoded with, so the fake
model here returns vectors that depend on the batch too, and a reuse across batches would show. Invented phrases."""

from __future__ import annotations

import zlib
from collections import OrderedDict

import numpy as np
import pytest

from workbench.analyze import act_identity
from workbench.analyze.act_identity import act_phrases, phrase_similarity, use_embedder
from workbench.analyze.embed import BUNDLED_NAME


class CountingModel:
    """Stands for the bundled model: one call per batch recorded; each vector depends on its text and its batch."""

    model_id = f"{BUNDLED_NAME}@fake"

    def __init__(self) -> None:
        self.batches: list[tuple[str, ...]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.batches.append(tuple(texts))
        batch = zlib.crc32("|".join(texts).encode()) % 7
        rows = [np.random.default_rng(zlib.crc32(t.encode()) + batch).normal(size=8) for t in texts]
        return np.array([r / np.linalg.norm(r) for r in rows], dtype=np.float32)


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> CountingModel:
    """The fake model through the module's hook; the module's model, caches and bound are restored afterwards."""
    for name, value in (("_model", {}), ("_cache", [None]), ("_vectors", {}), ("_pairs", OrderedDict()),
                        ("_pairs_of", [None])):
        monkeypatch.setattr(act_identity, name, value, raising=False)
    fake = CountingModel()
    use_embedder(fake)
    return fake


def _next_event() -> None:
    """An event's scope ends: its phrase vectors are forgotten."""
    with act_phrases([]):
        pass


def test_a_pair_asked_again_in_a_later_event_is_not_encoded_again(model: CountingModel) -> None:
    first = phrase_similarity("the barges were unloaded", "the cargo came ashore")
    _next_event()
    assert not act_identity._vectors
    again = phrase_similarity("the barges were unloaded", "the cargo came ashore")
    assert model.batches == [("the barges were unloaded", "the cargo came ashore")]
    assert again == first


def test_a_phrase_of_a_known_pair_is_encoded_anew_in_another_batch(model: CountingModel) -> None:
    """The trap: "the cargo came ashore" was encoded beside another phrase; asked with a known one it is encoded
    alone, as before, since its vector from the pair would read differently."""
    phrase_similarity("the barges were unloaded", "the cargo came ashore")
    _next_event()
    phrase_similarity("the tugs left the quay", "the tugs left the quay")
    phrase_similarity("the tugs left the quay", "the cargo came ashore")
    assert model.batches[-1] == ("the cargo came ashore",)
    assert len(model.batches) == 3


def test_kept_pairs_stay_bounded(model: CountingModel, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(act_identity, "_PAIRS", 3)
    for k in range(6):
        phrase_similarity(f"crate {k} was sealed", f"crate {k} was shipped")
        _next_event()
    assert len(act_identity._pairs) == 3
    phrase_similarity("crate 0 was sealed", "crate 0 was shipped")  # the oldest was dropped: encoded again
    assert len(model.batches) == 7
