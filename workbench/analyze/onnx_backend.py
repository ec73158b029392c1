"""The fast embedding path: export a sentence-transformers model to int8 ONNX, then run it.

Export (once per model, needs torch): load the model through sentence-transformers,
trace its transformer with ``torch.onnx.export`` (dynamic batch and sequence axes),
check the fp32 graph against PyTorch, quantize the weights to int8 per channel with
``onnxruntime.quantization.quantize_dynamic``, and save it next to the model's fast
tokenizer and a ``meta.json`` (pooling, max length, inputs). The checked fp32 graph is kept
too (``model.fp32.onnx``) for short act phrases compared against similarity cuts, where the
int8 graph errs by up to 0.03 cosine and moves with batch mates (one activation scale per
batch): it gives the published model's own vectors (``OnnxEmbedder.phrase_embedder``). The folder is built under a
temporary name and renamed into place, so an interrupted export never leaves a model
that looks complete. Its name carries a hash of the model's files and of the exporter,
so a changed model or exporter gets a fresh export.

Inference imports only onnxruntime, tokenizers and numpy, and pools exactly like the
model's own Pooling module (masked mean for all-MiniLM-L6-v2), then L2-normalizes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import time
import warnings
from importlib import metadata
from pathlib import Path

import numpy as np

from workbench.analyze.embed import FP32_GRAPH, EmbedError, one_line
from workbench.analyze.threads import ALLOW_SPINNING, choose_threads

log = logging.getLogger(__name__)

EXPORTER_VERSION = "workbench-onnx-3"  # 3: the fp32 graph is kept beside the int8 one
OPSET = 17
SUPPORTED_POOLING = ("cls", "max", "mean", "mean_sqrt_len_tokens")
TOKEN_FEATURES = {"input_ids": "ids", "attention_mask": "attention_mask", "token_type_ids": "type_ids"}
# Kept in fp32: the first layer's feed-forward down-projection sees the largest activation
# outliers; leaving this one matmul unquantized lifts mean cosine to fp32 from ~0.992 to
# ~0.994 (worst sentence 0.983 -> 0.989) at no measurable speed cost (benchmarks/bench_embed.py).
FP32_NODE_PATTERNS = (re.compile(r"layer\.0/output/dense/MatMul$"),)
GRAPH_LIBRARIES = ("torch", "transformers", "onnxruntime")
SKIP_DIRS = {"onnx", "openvino", ".git", ".cache"}
STALE_TMP_SECONDS = 3600
MAX_BATCH_TOKENS = 4096  # padded tokens per ONNX Runtime call (bounds attention memory)


def model_fingerprint(model_dir: Path) -> str:
    """sha256 over the model's files (names and contents); other exports' folders are skipped."""
    digest = hashlib.sha256()
    for path in sorted(model_dir.rglob("*")):
        rel = path.relative_to(model_dir)
        if rel.parts[0] in SKIP_DIRS or not path.is_file():
            continue
        digest.update(rel.as_posix().encode() + b"\0")
        with path.open("rb") as fh:
            digest.update(hashlib.file_digest(fh, "sha256").digest())
    return digest.hexdigest()


def exporter_key() -> str:
    """The exporter's own version plus the libraries that shape the exported graph."""
    return ";".join([EXPORTER_VERSION, *(f"{dist}={installed_version(dist)}" for dist in GRAPH_LIBRARIES)])


def installed_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


def export_dir_for(model_dir: Path, root: Path, label: str) -> Path:
    key = hashlib.sha256(f"{model_fingerprint(model_dir)}\n{exporter_key()}".encode()).hexdigest()[:16]
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", label)
    return root / "onnx" / f"{slug[-60:]}-{key}"


def ensure_export(model_dir: Path, root: Path, label: str) -> Path:
    """The cached export folder of ``model_dir``, exporting it first when missing."""
    final = export_dir_for(model_dir, root, label)
    if (final / "meta.json").is_file():
        return final
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=final.parent))
    except OSError as exc:
        raise EmbedError(f"cannot write the model cache {final.parent}: {exc.strerror or exc}") from None
    remove_stale_tmp(final.parent)
    try:
        log.info("exporting %s to int8 ONNX (one time) in %s", label, final)
        export_int8(model_dir, tmp)
        if final.exists() and not (final / "meta.json").is_file():
            shutil.rmtree(final)  # a folder without meta.json is not a finished export
        try:
            os.rename(tmp, final)
        except OSError:
            if not (final / "meta.json").is_file():  # not a lost race with another process
                raise
    except EmbedError:
        raise
    except Exception as exc:  # noqa: BLE001 - torch/onnx raise many unrelated types; all mean "export failed"
        raise EmbedError(f"could not export {label} to ONNX: {one_line(exc)}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def remove_stale_tmp(folder: Path) -> None:
    """Remove half-built exports that an interrupted process left behind."""
    for tmp in folder.glob(".tmp-*"):
        with contextlib.suppress(OSError):
            if time.time() - tmp.stat().st_mtime > STALE_TMP_SECONDS:
                shutil.rmtree(tmp, ignore_errors=True)


def export_int8(model_dir: Path, out: Path) -> None:
    """Write ``model.onnx`` (int8), ``model.fp32.onnx`` (the checked graph), ``tokenizer.json`` and ``meta.json``."""
    from workbench.analyze.embed import ModelRef, load_sentence_transformer

    started = time.perf_counter()
    st = load_sentence_transformer(ModelRef(model_dir, str(model_dir)))
    transformer, pooling_modes = check_supported(st, model_dir)
    tokenizer = transformer.tokenizer
    inputs = [name for name in TOKEN_FEATURES if name in tokenizer.model_input_names]  # forward()'s order
    probe = ["A short probe.", "A longer probe sentence, so that this batch needs padding to line up."]
    encoded = tokenizer(probe, padding=True, truncation=True, max_length=st.max_seq_length, return_tensors="pt")
    fp32 = out / FP32_GRAPH
    trace_to_onnx(transformer.auto_model, [encoded[name] for name in inputs], inputs, fp32)
    check_export(st, fp32, probe, {name: encoded[name].numpy() for name in inputs}, pooling_modes)
    quantize_int8(fp32, out / "model.onnx")
    tokenizer.backend_tokenizer.save(str(out / "tokenizer.json"))
    meta = {"dim": int(st.get_embedding_dimension()), "max_seq_length": int(st.max_seq_length),
            "pooling_modes": pooling_modes, "inputs": inputs, "pad_id": int(tokenizer.pad_token_id or 0),
            "pad_token": str(tokenizer.pad_token or "[PAD]"), "source": str(model_dir), "exporter": exporter_key(),
            "export_seconds": round(time.perf_counter() - started, 2)}
    (out / "meta.json").write_text(json.dumps(meta, indent=2))  # written last: it marks a finished export


def check_supported(st, model_dir: Path):
    """(Transformer module, pooling modes) for a Transformer + Pooling (+ Normalize) model."""
    modules = list(st.children())
    kinds = [type(m).__name__ for m in modules]
    ok = kinds[:2] == ["Transformer", "Pooling"] and all(k == "Normalize" for k in kinds[2:])
    modes = getattr(modules[1], "pooling_mode", None) if len(modules) > 1 else None
    modes = [modes] if isinstance(modes, str) else list(modes or [])
    tokenizer = getattr(modules[0], "tokenizer", None) if modules else None
    names = getattr(tokenizer, "model_input_names", [])
    ok = ok and tokenizer is not None and "input_ids" in names and "attention_mask" in names
    ok = ok and getattr(tokenizer, "padding_side", "right") == "right"  # pooling assumes right padding
    if not ok or not modes or any(m not in SUPPORTED_POOLING for m in modes):
        raise EmbedError(f"{model_dir}: the onnx backend handles right-padded Transformer + Pooling "
                         f"({', '.join(SUPPORTED_POOLING)}) models only, this one is {' + '.join(kinds)} {modes}; "
                         "use the torch backend")
    return modules[0], modes


def trace_to_onnx(hf_model, args: list, names: list[str], path: Path) -> None:
    """Export the transformer's token embeddings with dynamic batch and sequence axes.

    The TorchScript exporter (``dynamo=False``) is used first: it is quick and gives
    readable node names; the dynamo exporter is the fallback where it is gone.
    """
    import torch

    with contextlib.suppress(Exception):  # plain attention traces to a simpler graph (~4% faster than SDPA)
        hf_model.set_attn_implementation("eager")

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self, model) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            extra = {} if token_type_ids is None else {"token_type_ids": token_type_ids}
            output = self.model(input_ids=input_ids, attention_mask=attention_mask, **extra)
            return output.last_hidden_state if hasattr(output, "last_hidden_state") else output[0]

    module, common = TokenEmbeddings(hf_model.eval()), {"input_names": names, "output_names": ["token_embeddings"]}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            axes = {name: {0: "batch", 1: "sequence"} for name in [*names, "token_embeddings"]}
            torch.onnx.export(module, tuple(args), str(path), dynamo=False, dynamic_axes=axes, opset_version=OPSET,
                              **common)
        except Exception as exc:  # noqa: BLE001 - legacy exporter removed or failing: use torch.export
            log.info("TorchScript ONNX export failed (%s); trying the dynamo exporter", exc)
            dims = {0: torch.export.Dim("batch"), 1: torch.export.Dim("sequence")}
            torch.onnx.export(module, tuple(args), str(path), dynamo=True, external_data=False, verbose=False,
                              dynamic_shapes={name: dims for name in names}, **common)


def check_export(st, fp32: Path, probe: list[str], feeds: dict[str, np.ndarray], modes: list[str]) -> None:
    """Refuse an export whose fp32 graph does not reproduce the PyTorch model."""
    import onnxruntime as ort

    session = ort.InferenceSession(str(fp32), providers=["CPUExecutionProvider"])
    hidden = session.run(None, feeds)[0]
    got = normalize(pool(hidden, feeds["attention_mask"], modes))
    want = st.encode(probe, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
    worst = float((got * want).sum(axis=1).min())
    if worst < 0.999:
        raise EmbedError(f"the ONNX export does not reproduce the model (cosine {worst:.4f}); use the torch backend")


def quantize_int8(fp32: Path, int8: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    names = [node.name for node in onnx.load(str(fp32), load_external_data=False).graph.node]
    keep_fp32 = [n for n in names if any(p.search(n) for p in FP32_NODE_PATTERNS)]
    logging.disable(logging.WARNING)  # the quantizer logs a generic "consider pre-processing" hint
    try:
        quantize_dynamic(
            str(fp32), str(int8), per_channel=True, weight_type=QuantType.QInt8, nodes_to_exclude=keep_fp32
        )
    finally:
        logging.disable(logging.NOTSET)


def pool(hidden: np.ndarray, mask: np.ndarray, modes: list[str]) -> np.ndarray:
    """The Pooling module's arithmetic in numpy (right-padded batches)."""
    weights = mask[..., None].astype(np.float32)
    parts = []
    for mode in modes:
        if mode == "cls":
            parts.append(hidden[np.arange(hidden.shape[0]), mask.argmax(axis=1)])
        elif mode == "max":
            parts.append(np.where(weights > 0, hidden, -np.inf).max(axis=1))
        else:
            count = np.clip(weights.sum(axis=1), 1e-9, None)
            total = (hidden * weights).sum(axis=1)
            parts.append(total / (count if mode == "mean" else np.sqrt(count)))
    return np.concatenate(parts, axis=1).astype(np.float32, copy=False)


def normalize(vectors: np.ndarray) -> np.ndarray:
    """``torch.nn.functional.normalize``: rows divided by max(L2 norm, 1e-12)."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


class OnnxModel:
    """A cached export loaded for inference: tokenizer -> ONNX Runtime -> pooling -> L2 norm."""

    def __init__(self, folder: Path, threads: int | None = None, graph: str = "model.onnx") -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        try:
            meta = json.loads((folder / "meta.json").read_text())
            options = ort.SessionOptions()
            self.threads = choose_threads() if threads is None else max(1, int(threads))
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            options.add_session_config_entry("session.intra_op.allow_spinning", "1" if ALLOW_SPINNING else "0")
            self.session = ort.InferenceSession(str(folder / graph), options, providers=["CPUExecutionProvider"])
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as exc:  # noqa: BLE001 - onnxruntime's errors share no base class below Exception
            raise EmbedError(f"cached ONNX model {folder} is unreadable ({one_line(exc)})") from None
        self.tokenizer.enable_truncation(max_length=int(meta["max_seq_length"]))
        self.tokenizer.enable_padding(pad_id=int(meta["pad_id"]), pad_token=meta["pad_token"])
        self.inputs = list(meta["inputs"])
        self.modes = list(meta["pooling_modes"])
        self.dim = int(meta["dim"])
        self.meta = meta
        self.graph = graph

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(texts)
        arrays = {name: np.array([getattr(e, TOKEN_FEATURES[name]) for e in encodings], dtype=np.int64)
                  for name in {*self.inputs, "attention_mask"}}
        return self.run(arrays)

    def run(self, arrays: dict[str, np.ndarray]) -> np.ndarray:
        """Run one padded batch, split in halves while it exceeds :data:`MAX_BATCH_TOKENS`.

        Attention memory grows with batch x length^2: 64 texts at the 256-token limit would
        take over a gigabyte, while ordinary claims (~40 tokens) never reach the split.
        """
        mask = arrays["attention_mask"]
        rows, width = mask.shape
        if rows > 1 and rows * width > MAX_BATCH_TOKENS:
            halves = []
            for part in (slice(0, rows // 2), slice(rows // 2, rows)):
                keep = int(mask[part].sum(axis=1).max())  # right padding: trailing columns are pads
                halves.append(self.run({name: value[part, :keep] for name, value in arrays.items()}))
            return np.vstack(halves)
        hidden = self.session.run(None, {name: arrays[name] for name in self.inputs})[0]
        return normalize(pool(hidden, mask, self.modes))
