"""Share of the machine's int8 peak the embedding reaches, one thread and all threads.

    python -m benchmarks.embed_peak [--db ANALYZED_DB] [--claims 2000] [--json OUT]

"Peak" is measured, not taken from a datasheet: ONNX Runtime running one large
``DynamicQuantizeLinear -> MatMulInteger`` (the op pattern of the int8 export: 4096 x 384
activations by a 384 x 1536 int8 weight, the feed-forward shape of all-MiniLM-L6-v2) with
the same thread count, in the same process, alternating with the embedding. The embedding's
work is counted from the tokens it actually ran: per token 2 x 6 layers x (4 x 384^2 +
2 x 384 x 1536) multiply-adds (attention projections and feed-forward; attention scores
add ~5% at claim lengths and are left out, so the share is slightly understated). Claim
texts come from an analyzed database when given (what the pipeline produced), else from
``benchmarks.generate``.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.common import machine, write_json

FLOP_PER_TOKEN = 2 * 6 * (4 * 384 * 384 + 2 * 384 * 1536)


def _texts(db: str | None, n: int) -> list[str]:
    if db:
        with sqlite3.connect(db) as conn:
            return [r[0] for r in conn.execute("SELECT text FROM claims ORDER BY id LIMIT ?", [n])]
    from benchmarks.generate import generate_articles

    out: list[str] = []
    for art in generate_articles(n, 7):
        out.extend(c.text for c in art.claims)
    return out[:n]


def _gemm_session(threads: int, folder: Path):
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    w = numpy_helper.from_array(rng.integers(-127, 127, size=(384, 1536), dtype=np.int8), "w")
    wz = numpy_helper.from_array(np.array(0, dtype=np.int8), "wz")
    nodes = [helper.make_node("DynamicQuantizeLinear", ["x"], ["xq", "xs", "xz"]),
             helper.make_node("MatMulInteger", ["xq", "w", "xz", "wz"], ["y"])]
    graph = helper.make_graph(nodes, "gemm", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 384])],
                              [helper.make_tensor_value_info("y", TensorProto.INT32, [None, 1536])], [w, wz])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    path = folder / "gemm.onnx"
    onnx.save(model, str(path))
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def main(argv: list[str] | None = None) -> int:
    from workbench.analyze.embed import get_embedder
    from workbench.analyze.onnx_backend import OnnxModel
    from workbench.analyze.threads import cpu_count

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db")
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    texts = _texts(args.db, args.claims)
    export_dir = get_embedder("onnx").export_dir
    tokenizer = OnnxModel(export_dir, threads=1).tokenizer
    tokens = sum(sum(e.attention_mask) for e in tokenizer.encode_batch(texts))  # real tokens, not padding
    results = {}
    x = np.random.default_rng(1).normal(size=(4096, 384)).astype(np.float32)
    gemm_flop = 2 * 4096 * 384 * 1536
    with tempfile.TemporaryDirectory() as tmp:
        for threads in sorted({1, cpu_count()}):
            model = OnnxModel(export_dir, threads=threads)
            session = _gemm_session(threads, Path(tmp))
            session.run(None, {"x": x})
            model.encode_batch(texts[:64])
            peak, rate, cpu_rate = [], [], []
            for _ in range(args.rounds):
                t = time.perf_counter()
                for _ in range(10):
                    session.run(None, {"x": x})
                peak.append(10 * gemm_flop / (time.perf_counter() - t) / 1e9)
                t, c = time.perf_counter(), time.process_time()
                order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
                for s in range(0, len(order), 64):
                    model.encode_batch([texts[i] for i in order[s:s + 64]])
                rate.append(len(texts) / (time.perf_counter() - t))
                cpu_rate.append(len(texts) / (time.process_time() - c))  # per CPU-second: what a core buys
            gflops = statistics.median(rate) * tokens / len(texts) * FLOP_PER_TOKEN / 1e9
            results[f"threads_{threads}"] = {
                "claims_per_s": round(statistics.median(rate), 1),
                "claims_per_cpu_s": round(statistics.median(cpu_rate), 1), "embed_gflops": round(gflops, 1),
                "int8_gemm_peak_gflops": round(statistics.median(peak), 1),
                "share_of_peak": round(gflops / statistics.median(peak), 3)}
    payload = {"benchmark": "embed_peak", "machine": machine(), "claims": len(texts),
               "tokens_per_claim": round(tokens / len(texts), 1), "gflop_per_claim": round(tokens / len(texts) * FLOP_PER_TOKEN / 1e9, 3),
               "results": results}
    print(results, file=sys.stderr)
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
