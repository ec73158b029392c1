"""Relation rules on EQUATE (quantitative NLI): agree / conflict precision, recall, false conflicts.

Each row is a claim pair (premise = claim A, hypothesis = claim B), each with the frame extraction
computes for it (``extract.frames.claim_frame``). Gold: entailment -> agree,
contradiction -> conflict, neutral -> related. Quantities come from the real extractor and the
similarity from the bundled embedding model, exactly as in ``workbench analyze``.
EQUATE has no dev/test split (SOURCE.md), so this script makes one: rows with an even
``sample_index`` are "dev" (error analysis), odd ones "test" (reported); "all" is both.

    .venv/bin/python benchmarks/eval_equate.py [DATA_DIR] [--split dev|test|all]   # default ../shared/eval/data/equate
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = {"entailment": "agree", "contradiction": "conflict", "neutral": "related"}
DEFAULT_SETS = ["NewsNLI", "RTE_Quant", "RedditNLI"]


def load(path: Path, split: str = "all") -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("label") in GOLD]
    if split == "all":
        return rows
    parity = 0 if split == "dev" else 1
    return [r for r in rows if int(r["sample_index"]) % 2 == parity]


def score(rows: list[dict], predicted: list[str]) -> dict:
    gold = [GOLD[r["label"]] for r in rows]
    out: dict = {"rows": len(rows), "gold": Counter(gold), "pred": Counter(predicted)}
    for rel in ("agree", "conflict"):
        tp = sum(g == p == rel for g, p in zip(gold, predicted, strict=True))
        n_pred = sum(p == rel for p in predicted)
        n_gold = sum(g == rel for g in gold)
        prec = tp / n_pred if n_pred else float("nan")
        rec = tp / n_gold if n_gold else float("nan")
        f1 = 2 * prec * rec / (prec + rec) if n_pred and n_gold and (prec + rec) else float("nan")
        out[rel] = (prec, rec, f1, tp, n_pred, n_gold)
    not_conflict = [p for g, p in zip(gold, predicted, strict=True) if g != "conflict"]
    entail = [p for g, p in zip(gold, predicted, strict=True) if g == "agree"]
    out["false_conflict"] = sum(p == "conflict" for p in not_conflict) / len(not_conflict) if not_conflict else 0.0
    out["false_conflict_entail"] = sum(p == "conflict" for p in entail) / len(entail) if entail else 0.0
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "data" / "equate"))
    ap.add_argument("--sets", nargs="+", default=DEFAULT_SETS)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--no-similarity", action="store_true", help="rules without embedding similarity")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.path.insert(0, str(ROOT))
    from workbench.analyze.relate import RelateInput, relate
    from workbench.extract.frames import claim_frame
    from workbench.extract.quantities import extract_quantities

    embedder = None
    if not args.no_similarity:
        from workbench.analyze.embed import get_embedder

        embedder = get_embedder("onnx")
    fmt = lambda x: "–" if x != x else f"{x:.3f}"  # noqa: E731 - nan shows as a dash
    print(f"split: {args.split}")
    print("| set | rows (agree/related/conflict gold) | agree P | agree R | agree F1 | conflict P | conflict R | "
          "false-conflict rate (non-conflict rows) | on entailment rows |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in args.sets:
        path = Path(args.data_dir) / f"{name}.csv"
        if not path.exists():
            print(f"| {name} | missing: {path} |", file=sys.stderr)
            continue
        rows = load(path, args.split)
        sims = [None] * len(rows)
        if embedder is not None:
            a = embedder.encode([r["premise"] for r in rows])
            b = embedder.encode([r["hypothesis"] for r in rows])
            sims = [float(x @ y) for x, y in zip(a, b, strict=True)]
        predicted = []
        for r, sim in zip(rows, sims, strict=True):
            pa, hb = r["premise"], r["hypothesis"]
            qa, qb = extract_quantities(pa), extract_quantities(hb)
            # frames as extraction stores them (no published date, no attribution in a bare pair);
            # update / narrower / broader / different measure are "not agree, not conflict" here
            got = relate(RelateInput("p", pa, qa, frame=claim_frame(pa, qa)), RelateInput("h", hb, qb, frame=claim_frame(hb, qb)),
                         similarity=sim).relation
            predicted.append(got if got in ("agree", "conflict") else "related")
        s = score(rows, predicted)
        g = s["gold"]
        print(f"| {name} | {s['rows']} ({g['agree']}/{g['related']}/{g['conflict']}) | {fmt(s['agree'][0])} | "
              f"{fmt(s['agree'][1])} | {fmt(s['agree'][2])} | {fmt(s['conflict'][0])} | {fmt(s['conflict'][1])} | "
              f"{s['false_conflict']:.3f} ({s['pred']['conflict']} conflicts predicted) | "
              f"{s['false_conflict_entail']:.3f} |", flush=True)


if __name__ == "__main__":
    main()
