"""Benchmark: claim embedding throughput and quality, int8 ONNX fast path vs PyTorch.

    python -m benchmarks.bench_embed [--claims 3000] [--repeats 5] [--batch-size 64] [--json OUT] [--quick]

Contenders, all on the same seeded claims in the same process, measured in rotating order
each round so a busy neighbour slows them alike:

* ``onnx-int8``: ``get_embedder("onnx")`` (the default fast path);
* ``torch backend``: ``get_embedder("torch")`` (our wrapper over sentence-transformers);
* ``plain encode``: ``SentenceTransformer(path, device="cpu").encode(texts, batch_size=64)`` in fp32,
  the baseline the fast path must beat by 2x.

Also reported: the one-time export (fresh cache folder, includes importing torch), the
start-up of a new process once the export is cached (which must not import torch), and the
cosine between fast-path and fp32 vectors (target: mean >= 0.99).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time

import numpy as np

from benchmarks.common import machine, machine_line, now_iso, run_child, summarize, write_json

SPEAKERS = [
    "A spokesman for Ukraine's eastern command", "The Russian defence ministry", "The head of the Wagner group",
    "A senior NATO official", "The governor of the Donetsk region", "An unnamed Western intelligence officer",
    "A volunteer medic in the city", "The deputy mayor", "Officials in Washington", "A British intelligence update",
    "A Ukrainian brigade commander", "Residents who fled last week", "Independent military analysts",
]
CUES = ["said", "claimed", "told reporters", "wrote on Telegram", "insisted", "estimated", "reported", "denied",
        "acknowledged", "warned", "told a briefing"]
PLACES = ["Bakhmut", "Soledar", "Chasiv Yar", "Klishchiivka", "the road to Kostiantynivka", "the AZOM plant",
          "the western districts", "the Bakhmutka river", "Ivanivske", "the city centre", "Khromove",
          "the northern outskirts", "the railway station"]
TEMPLATES = [
    "{S} {c} that Russian losses around {p} outnumber Ukrainian losses by {r} to 1.",
    "{S} {c} that about {n:,} civilians are still living in {p}, down from a pre-war population of {m}.",
    "{S} {c} that Wagner units now control {pct}% of {p}.",
    "{S} {c} that Ukrainian troops still hold positions east of {p}.",
    "According to {s}, the supply route through {p} was shelled {d} times in a single day.",
    "{S} {c} that losing {p} would not be a strategic setback for Kyiv.",
    "{S} {c} that holding {p} is strategically vital for the whole Donbas front.",
    "{S} {c} that more than {n:,} artillery rounds hit {p} over the past week.",
    "{S} {c} that Russia has lost roughly {k:,} fighters in the battle for {p} since {month}.",
    "Moscow now occupies {pct}% of the Donetsk region, {s} {c}.",
    "{S} {c} that fresh reinforcements reached {p} on {month} {day}.",
    "No aid convoy has reached {p} for {d} days, {s} {c}.",
    "{S} {c} that the encirclement of {p} is {close}.",
    "{S} {c} that new Western aid worth ${b} billion will arrive before the spring offensive.",
    "{S} {c} that {p} has had no running water or electricity since {month}.",
    "Drone footage verified by {s} shows heavy fighting near {p}.",
]
MONTHS = ["January", "February", "March", "April", "May"]
CLOSE = ["complete", "nearly complete", "far from complete", "exaggerated by Moscow", "a matter of days away"]


def claim_sentences(count: int, seed: int = 2023) -> list[str]:
    """``count`` Bakhmut-style attributed claims from a seeded template generator."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        speaker = rng.choice(SPEAKERS)
        out.append(rng.choice(TEMPLATES).format(
            S=speaker, s=speaker[0].lower() + speaker[1:], c=rng.choice(CUES), p=rng.choice(PLACES),
            r=rng.choice([3, 5, 7, 9]), n=rng.randrange(2, 60) * 1000, m=rng.choice(["70,000", "73,000"]),
            pct=rng.randrange(30, 95), d=rng.randrange(2, 40), k=rng.randrange(5, 40) * 1000,
            month=rng.choice(MONTHS), day=rng.randrange(1, 29), close=rng.choice(CLOSE),
            b=rng.choice(["1.2", "2.5", "3", "4.6"])))
    return out


COLD_START = """
import json, sys, time
start = time.perf_counter()
from workbench.analyze.embed import get_embedder
vec = get_embedder("onnx", cache_dir=sys.argv[1]).encode(["Wagner claims 52% of Bakhmut."])
seconds = time.perf_counter() - start
# VmHWM is this process's own peak (ru_maxrss would include the parent's memory at fork time).
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")]
print(json.dumps({"seconds": seconds, "torch_imported": "torch" in sys.modules,
                  "peak_rss_mb": round(int(hwm[0].split()[1]) / 1024, 1) if hwm else None}))
"""


def cold_starts(cache_dir: str, repeats: int) -> dict:
    runs = [run_child([sys.executable, "-c", COLD_START, cache_dir], timeout=300) for _ in range(repeats)]
    bad = [r for r in runs if r.returncode != 0 or not r.data]
    if bad:
        raise RuntimeError(f"cold start failed: {(bad[0].stderr.strip().splitlines() or ['no output'])[-1]}")
    peaks = [r.data["peak_rss_mb"] for r in runs if r.data.get("peak_rss_mb")]
    return {**summarize([r.data["seconds"] for r in runs]), "peak_rss_mb": max(peaks) if peaks else None,
            "torch_imported": any(r.data["torch_imported"] for r in runs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--json", dest="json_out", default=None, help="write the results JSON here")
    parser.add_argument("--quick", action="store_true", help="600 claims, 2 rounds (a smoke run)")
    args = parser.parse_args(argv)
    if args.quick:
        args.claims, args.repeats = 600, 2

    from workbench.analyze.embed import bundled_model_path, get_embedder

    texts = claim_sentences(args.claims, args.seed)
    with tempfile.TemporaryDirectory(prefix="wb-embed-cache-") as cache:
        start = time.perf_counter()
        fast = get_embedder("onnx", cache_dir=cache)  # fresh cache: exports (and imports torch)
        export_wall = time.perf_counter() - start
        cold = cold_starts(cache, repeats=3)

        from sentence_transformers import SentenceTransformer

        plain = SentenceTransformer(str(bundled_model_path()), device="cpu")
        wrapped = get_embedder("torch")
        import torch

        contenders = {
            "onnx-int8": lambda: fast.encode(texts, batch_size=args.batch_size),
            "torch backend": lambda: wrapped.encode(texts, batch_size=args.batch_size),
            "plain encode": lambda: plain.encode(texts, batch_size=args.batch_size, show_progress_bar=False),
        }
        fast.encode(texts[:64])  # warm-up: first-call allocations and thread pools
        wrapped.encode(texts[:64])
        plain.encode(texts[:64], show_progress_bar=False)

        rates: dict[str, list[float]] = {name: [] for name in contenders}
        vectors: dict[str, np.ndarray] = {}
        names = list(contenders)
        for round_no in range(args.repeats):
            for name in names[round_no % len(names):] + names[: round_no % len(names)]:
                started = time.perf_counter()
                vectors[name] = np.asarray(contenders[name](), dtype=np.float32)
                rates[name].append(len(texts) / (time.perf_counter() - started))
                print(f"[bench_embed] round {round_no + 1}: {name} {rates[name][-1]:.1f} claims/s", file=sys.stderr)
        exact = vectors["plain encode"] / np.linalg.norm(vectors["plain encode"], axis=1, keepdims=True)
        cos_fast = (vectors["onnx-int8"] * exact).sum(axis=1)
        cos_wrapped = (vectors["torch backend"] * exact).sum(axis=1)
        export_seconds = fast.model.meta["export_seconds"]
        onnx_mb = (fast.export_dir / "model.onnx").stat().st_size / 1e6
        threads = {"onnxruntime_intra_op": fast.model.session.get_session_options().intra_op_num_threads,
                   "torch": torch.get_num_threads()}

    baseline = statistics.median(rates["plain encode"])
    results = []
    for name in names:
        per_round = [a / b for a, b in zip(rates[name], rates["plain encode"], strict=True)]
        extra = {"ratio_vs_plain": summarize(per_round),  # same round, minutes apart: the fair comparison
                 "ratio_of_medians": round(statistics.median(rates[name]) / baseline, 2)}
        if name == "onnx-int8":
            extra.update(cosine_vs_fp32_mean=round(float(cos_fast.mean()), 5),
                         cosine_vs_fp32_min=round(float(cos_fast.min()), 5),
                         cosine_vs_fp32_p5=round(float(np.percentile(cos_fast, 5)), 5), model_mb=round(onnx_mb, 1))
        if name == "torch backend":
            extra["cosine_vs_fp32_min"] = round(float(cos_wrapped.min()), 6)
        results.append({"name": f"embed {name}", "unit": "claims/s", **summarize(rates[name]), "extra": extra})
    results.append({"name": "onnx export (first run, fresh cache)", "unit": "s", "median": round(export_wall, 2),
                    "min": round(export_wall, 2), "max": round(export_wall, 2), "runs": 1,
                    "extra": {"export_seconds_in_meta": export_seconds}})
    results.append({"name": "new process: import + load cached onnx + embed 1", "unit": "s", **cold})
    payload = {"benchmark": "embed", "date": now_iso(), "machine": machine(),
               "params": {"claims": len(texts), "repeats": args.repeats, "batch_size": args.batch_size,
                          "seed": args.seed, "threads": threads}, "results": results}
    print_table(payload)
    write_json(args.json_out, payload)
    return 0


def name_is_not_baseline(row: dict) -> bool:
    return row["name"] != "embed plain encode"


def print_table(payload: dict) -> None:
    print(f"Machine: {machine_line(payload['machine'])}")
    print(f"{payload['params']['claims']} claims, batch {payload['params']['batch_size']}, "
          f"{payload['params']['repeats']} rounds\n")
    print("| what | median | min | max | unit | notes |")
    print("|---|---:|---:|---:|---|---|")
    for row in payload["results"]:
        extra = row.get("extra", {})
        notes = []
        if "ratio_vs_plain" in extra and name_is_not_baseline(row):
            ratio = extra["ratio_vs_plain"]
            notes.append(f"{ratio['median']:.2f}x plain encode (per round {ratio['min']:.2f}-{ratio['max']:.2f})")
        if "cosine_vs_fp32_mean" in extra:
            notes.append(f"cosine vs fp32 mean {extra['cosine_vs_fp32_mean']}, min {extra['cosine_vs_fp32_min']}")
        if "torch_imported" in row:
            notes.append(f"torch imported: {row['torch_imported']}; peak RSS {row['peak_rss_mb']} MB")
        print(f"| {row['name']} | {row['median']:.2f} | {row['min']:.2f} | {row['max']:.2f} | {row['unit']} | "
              f"{'; '.join(notes)} |")
    print()


if __name__ == "__main__":
    raise SystemExit(main())
