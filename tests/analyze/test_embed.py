"""Embedding API on the real bundled model: both backends, quality of the int8 path, errors, export cache."""

from __future__ import annotations

import itertools
import shutil

import numpy as np
import pytest

from workbench.analyze import onnx_backend
from workbench.analyze.embed import (
    BUNDLED_NAME,
    EmbedError,
    bundled_model_path,
    get_embedder,
    is_fast_path_ready,
    resolve_model,
)
from workbench.settings import Settings

SUBJECTS = [
    "Ukrainian commanders",
    "The Russian defence ministry",
    "A Wagner spokesman",
    "Western officials",
    "Aid workers in the city",
]
PREDICATES = [
    "said Russian troops had lost five soldiers for every Ukrainian defender",
    "reported that roughly half a million civilians had left the Donetsk region",
    "claimed the districts east of the Bakhmutka river were now under Russian control",
    "denied that the town's western suburbs had been encircled",
    "warned that the supply road to Chasiv Yar was under constant shelling",
    "estimated that 52 percent of the region remained in Ukrainian hands",
    "described the defence of the city as strategically vital",
    "said losing the town would not be a strategic setback",
    "insisted that fresh reserves had arrived overnight",
    "said the water plant had been out of action for three weeks",
]
SENTENCES = [f"{s} {p}." for s, p in itertools.product(SUBJECTS, PREDICATES)]  # 50 claims


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def test_vectors_are_float32_unit_rows(onnx_embedder):
    texts = ["Wagner claims 52% of Bakhmut.", "", "x " * 600, "Kyiv says the road is open."]
    vecs = onnx_embedder.encode(texts)
    assert vecs.shape == (4, onnx_embedder.dim) == (4, 384)
    assert vecs.dtype == np.float32
    assert np.all(np.isfinite(vecs))
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert onnx_embedder.encode([]).shape == (0, 384)


def test_model_ids_name_the_backend(onnx_embedder, torch_embedder):
    assert onnx_embedder.model_id == f"{BUNDLED_NAME}@onnx-int8"
    assert torch_embedder.model_id == BUNDLED_NAME
    assert torch_embedder.dim == onnx_embedder.dim == 384


def test_onnx_int8_agrees_with_torch_fp32(onnx_embedder, torch_embedder):
    fast = onnx_embedder.encode(SENTENCES, batch_size=16)
    exact = torch_embedder.encode(SENTENCES, batch_size=16)
    np.testing.assert_allclose(np.linalg.norm(exact, axis=1), 1.0, atol=1e-5)
    cos = cosines(fast, exact)
    assert cos.mean() >= 0.99
    assert cos.min() >= 0.97


def test_paraphrases_are_closer_than_unrelated_claims(onnx_embedder):
    triples = [
        (
            "Russian losses in Bakhmut were five times higher than Ukrainian losses.",
            "Moscow lost five soldiers for every Ukrainian killed around Bakhmut.",
            "The bakery on the corner sells fresh bread every morning.",
        ),
        (
            "About 500,000 civilians have fled the Donetsk region.",
            "Half a million people have left the Donetsk region, officials said.",
            "Wagner fighters took the salt mine in Soledar.",
        ),
        (
            "Ukraine still controls 52% of the Donetsk region.",
            "Kyiv holds just over half of Donetsk oblast.",
            "The central bank kept interest rates unchanged.",
        ),
    ]
    flat = [t for triple in triples for t in triple]
    vecs = onnx_embedder.encode(flat, batch_size=4)
    for k in range(len(triples)):
        a, b, c = vecs[3 * k : 3 * k + 3]
        assert float(a @ b) > float(a @ c) + 0.2, triples[k]


def test_order_is_kept_and_progress_counts_up(onnx_embedder):
    texts = SENTENCES[:10]
    seen: list[int] = []
    together = onnx_embedder.encode(texts, batch_size=3, progress=lambda _stage, done, _total: seen.append(done))
    assert seen == [3, 6, 9, 10]
    one_by_one = np.vstack([onnx_embedder.encode([t]) for t in texts])
    # Row i of the batched result is text i: it is nearest to text i embedded on its own.
    assert list((together @ one_by_one.T).argmax(axis=1)) == list(range(len(texts)))
    # int8 activations are quantized per batch, so batch company moves a vector slightly.
    assert cosines(together, one_by_one).min() > 0.98


def test_long_batches_are_split_without_changing_results(onnx_embedder):
    texts = [" ".join([s] * 12) for s in SENTENCES[:16]] + SENTENCES[16:20]  # 16 near the 256-token cap
    padded = onnx_embedder.model.tokenizer.encode_batch(texts)
    assert len(padded) * len(padded[0].ids) > onnx_backend.MAX_BATCH_TOKENS  # this batch must be split
    together = onnx_embedder.encode(texts, batch_size=len(texts))
    one_by_one = np.vstack([onnx_embedder.encode([t]) for t in texts])
    assert list((together @ one_by_one.T).argmax(axis=1)) == list(range(len(texts)))
    assert cosines(together, one_by_one).min() > 0.98


def test_missing_model_is_a_one_line_error(tmp_path):
    with pytest.raises(EmbedError) as missing:
        get_embedder("onnx", model=str(tmp_path / "no-such-model"), cache_dir=tmp_path)
    message = str(missing.value)
    assert "no-such-model" in message and "\n" not in message
    assert "downloads are disabled" in message

    empty = tmp_path / "empty-folder"
    empty.mkdir()
    with pytest.raises(EmbedError) as not_model:
        get_embedder("torch", model=str(empty))
    assert "not a sentence-transformers model" in str(not_model.value)
    assert "\n" not in str(not_model.value)

    with pytest.raises(EmbedError, match="unknown embedding backend"):
        get_embedder("tensorflow")
    with pytest.raises(EmbedError, match="not found"):
        get_embedder("torch", model="no-such-org/no-such-model")
    assert not list(tmp_path.glob("onnx/*"))  # nothing was exported for a missing model


def test_broken_model_folder_is_a_one_line_error(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text("{ not json")
    with pytest.raises(EmbedError) as err:
        get_embedder("torch", model=str(broken))
    assert "could not load embedding model" in str(err.value)
    assert "\n" not in str(err.value)


def test_local_model_folder_gets_its_own_id(tmp_path):
    bundled = bundled_model_path()
    assert resolve_model(str(bundled)).name == BUNDLED_NAME
    copy = tmp_path / "my-minilm"
    copy.mkdir()
    for item in bundled.iterdir():
        (copy / item.name).symlink_to(item)
    ref = resolve_model(str(copy))
    assert ref.name.startswith("local:my-minilm:")
    assert ref.path == copy.resolve()


def test_export_is_cached_and_reused(onnx_embedder, embed_cache_dir):
    export_dir = onnx_embedder.export_dir
    assert export_dir.parent == embed_cache_dir / "onnx"
    assert sorted(p.name for p in export_dir.iterdir()) == ["meta.json", "model.fp32.onnx", "model.onnx",
                                                           "tokenizer.json"]
    assert not list(export_dir.parent.glob(".tmp-*"))  # no half-built leftovers
    assert is_fast_path_ready(cache_dir=embed_cache_dir)
    stamp = (export_dir / "model.onnx").stat().st_mtime_ns
    again = get_embedder("onnx", cache_dir=embed_cache_dir)
    assert again.export_dir == export_dir
    assert (export_dir / "model.onnx").stat().st_mtime_ns == stamp
    assert again.model.meta["max_seq_length"] == 256
    assert again.model.meta["pooling_modes"] == ["mean"]


def test_export_key_follows_the_model_files(tmp_path):
    bundled = bundled_model_path()
    copy = tmp_path / "model"
    copy.mkdir()
    for item in bundled.iterdir():
        if item.name == "config.json":
            shutil.copy(item, copy / item.name)
        else:
            (copy / item.name).symlink_to(item)
    before = onnx_backend.export_dir_for(copy, tmp_path, "m")
    assert before == onnx_backend.export_dir_for(copy, tmp_path, "m")
    (copy / "config.json").write_text((copy / "config.json").read_text().replace('"gelu"', '"gelu_new"'))
    assert onnx_backend.export_dir_for(copy, tmp_path, "m") != before


def test_damaged_cached_export_is_rebuilt(onnx_embedder, tmp_path):
    root = tmp_path / "cache"
    target = onnx_backend.export_dir_for(bundled_model_path(), root, BUNDLED_NAME)
    shutil.copytree(onnx_embedder.export_dir, target)
    (target / "model.onnx").write_bytes(b"truncated")
    rebuilt = get_embedder("onnx", cache_dir=root)
    assert rebuilt.export_dir == target
    assert (target / "model.onnx").stat().st_size > 1_000_000
    vec = rebuilt.encode(["Wagner claims 52% of Bakhmut."])
    assert cosines(vec, onnx_embedder.encode(["Wagner claims 52% of Bakhmut."]))[0] > 0.999


def test_cache_dir_from_environment(monkeypatch, tmp_path, embed_cache_dir):
    """$WORKBENCH_CACHE reaches the embedder through Settings, read once and passed down."""
    monkeypatch.setenv("WORKBENCH_CACHE", str(embed_cache_dir))
    assert is_fast_path_ready(cache_dir=Settings.load().cache_dir)
    monkeypatch.setenv("WORKBENCH_CACHE", str(tmp_path / "elsewhere"))
    assert not is_fast_path_ready(cache_dir=Settings.load().cache_dir)



def test_phrases_get_the_published_models_vectors_whatever_their_batch(onnx_embedder, torch_embedder):
    """Short phrases go through the export's fp32 graph: the model's own vectors, the same alone or in a batch --
    the int8 graph reads a phrase differently beside other batch mates (one activation scale per batch)."""
    exact = onnx_embedder.phrase_embedder()
    assert exact is not onnx_embedder and exact.model_id.endswith("@onnx-fp32")
    assert exact is onnx_embedder.phrase_embedder()  # loaded once
    phrases = ["parcels", "packages", "the gate was shut at dawn", "a long queue of lorries formed outside the gate"]
    want = torch_embedder.encode(phrases)
    alone = exact.encode(phrases, batch_size=1)
    assert float((alone * want).sum(axis=1).min()) > 0.9999
    batched = exact.encode(phrases)
    assert np.allclose(alone, batched, atol=1e-5)
    int8_alone = onnx_embedder.encode(phrases, batch_size=1)
    int8_batched = onnx_embedder.encode(phrases)
    assert not np.allclose(int8_alone, int8_batched, atol=1e-5)  # what the fp32 graph is for


def test_a_damaged_fp32_graph_leaves_phrases_on_the_int8_one(onnx_embedder, tmp_path):
    copy = tmp_path / "export"
    shutil.copytree(onnx_embedder.export_dir, copy)
    (copy / "model.fp32.onnx").write_bytes(b"truncated")
    from workbench.analyze.embed import OnnxEmbedder

    embedder = OnnxEmbedder(onnx_embedder.ref, copy)
    assert embedder.phrase_embedder() is embedder


def test_a_worker_loads_the_phrase_graph_alone(onnx_embedder, embed_cache_dir):
    """A process that only relates events needs the fp32 phrase graph, not the int8 claim graph beside it."""
    from workbench.analyze.embed import FP32_GRAPH, get_phrase_embedder

    phrases = get_phrase_embedder(cache_dir=embed_cache_dir)
    assert phrases.model_id.endswith("@onnx-fp32") and phrases.model.graph == FP32_GRAPH
    assert phrases.phrase_embedder() is phrases
    text = ["the ferry listed to port"]
    assert np.allclose(phrases.encode(text), onnx_embedder.phrase_embedder().encode(text), atol=1e-6)
