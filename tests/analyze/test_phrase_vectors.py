"""An act phrase's vector is a function of its words, whatever it is compared with and in what order
(``analyze.act_identity``).

Why: the int8 model quantizes its activations with one scale per batch, so a phrase encoded beside others reads
differently with other batch mates; rules asked for phrases in an order that followed set iteration, and the same
database analyzed twice gave different verdicts. The fake model here returns vectors that depend on the batch too,
so any batching would show. Invented phrases."""

from __future__ import annotations

import zlib
from collections import OrderedDict

import numpy as np
import pytest

from workbench.analyze import act_identity
from workbench.analyze.act_identity import phrase_similarity, use_embedder
from workbench.analyze.embed import BUNDLED_NAME, Embedder


class CountingModel:
    """Stands for the bundled model: every call recorded; each vector depends on its text and its batch."""

    model_id = f"{BUNDLED_NAME}@fake"

    def __init__(self) -> None:
        self.batches: list[tuple[str, ...]] = []

    def encode(self, texts: list[str], batch_size: int | None = None) -> np.ndarray:
        size = len(texts) if batch_size is None else batch_size
        rows = []
        for start in range(0, len(texts), size):
            batch = texts[start:start + size]
            self.batches.append(tuple(batch))
            salt = zlib.crc32("|".join(batch).encode()) % 7
            rows += [np.random.default_rng(zlib.crc32(t.encode()) + salt).normal(size=8) for t in batch]
        return np.array([r / np.linalg.norm(r) for r in rows], dtype=np.float32)


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> CountingModel:
    """The fake model through the module's hook; the module's model, cache and bound are restored afterwards."""
    for name, value in (("_model", {}), ("_cache", [None]), ("_vectors", OrderedDict()), ("_vectors_of", [None])):
        monkeypatch.setattr(act_identity, name, value)
    fake = CountingModel()
    use_embedder(fake)
    return fake


def test_each_phrase_is_encoded_alone_and_once(model: CountingModel) -> None:
    phrase_similarity("the barges were unloaded", "the cargo came ashore")
    phrase_similarity("the cargo came ashore", "the tugs left the quay")
    assert model.batches == [("the barges were unloaded",), ("the cargo came ashore",), ("the tugs left the quay",)]


def test_similarity_does_not_depend_on_what_was_asked_before(model: CountingModel,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The trap: the same two phrases, asked after different partners, must read the same."""
    phrase_similarity("the cargo came ashore", "the tugs left the quay")
    first = phrase_similarity("the barges were unloaded", "the cargo came ashore")
    monkeypatch.setattr(act_identity, "_vectors", OrderedDict())
    phrase_similarity("the barges were unloaded", "a crane was hired")
    again = phrase_similarity("the cargo came ashore", "the barges were unloaded")
    assert again == first


def test_kept_vectors_stay_bounded(model: CountingModel, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(act_identity, "_KEEP", 4)
    for k in range(6):
        phrase_similarity(f"crate {k} was sealed", f"crate {k} was shipped")
    assert len(act_identity._vectors) == 4
    phrase_similarity("crate 5 was sealed", "crate 5 was shipped")  # the newest are kept: nothing encoded
    assert len(model.batches) == 12
    phrase_similarity("crate 0 was sealed", "crate 0 was shipped")  # the oldest were dropped: encoded again
    assert len(model.batches) == 14


def test_the_real_model_gives_one_phrase_one_vector_in_any_order(onnx_embedder: Embedder,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """With the bundled int8 model: the pair's cosine is bit-identical whichever phrases were encoded first."""
    for name, value in (("_model", {}), ("_vectors", OrderedDict()), ("_vectors_of", [None])):
        monkeypatch.setattr(act_identity, name, value)
    use_embedder(onnx_embedder)
    pair = ("the ferry listed to port", "the vessel tilted sharply to one side")
    others = ["a long queue of lorries formed at the gate", "the harbour master closed the outer basin", "rain"]
    first = phrase_similarity(*pair)
    monkeypatch.setattr(act_identity, "_vectors", OrderedDict())
    for other in others:
        phrase_similarity(other, pair[1])
    assert phrase_similarity(pair[1], pair[0]) == first
