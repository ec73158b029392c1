"""Quantity extraction on QuanTemp numerical claims (real fact-checked claims, many countries).

Usage: python benchmarks/eval_quantities.py DATA_DIR [--show N]

DATA_DIR is the quantemp-claims folder (see its SOURCE.md): ``test_claims.csv`` (row,claim) and
``complex_num_facts_categorized_subset.csv`` (``claim@taxonomy_labels``). Reports:

* coverage: share of claims containing a digit where at least one quantity is found (and share
  over all claims); claims/second as a throughput figure (not a pass/fail threshold);
* per taxonomy class of the categorised subset, whether the parser recognises the kind:
  temporal -> a date; statistical -> a count, percent or money; comparison -> a ratio or a
  bounded quantity ("more than", "twice as"); interval -> a bounded or range quantity.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.extract.quantities import extract_quantities
from workbench.models import Quantity


def _recognised(label: str, found: list[Quantity]) -> bool:
    kinds = {q.kind for q in found}
    if label == "temporal":
        return "date" in kinds
    if label == "statistical":
        return bool(kinds & {"count", "percent", "money"})
    if label == "comparison":
        return "ratio" in kinds or any(q.bound for q in found)
    if label == "interval":
        return any(q.bound or re.search(r"\d\s*(?:-|–|to|and)\s*\d", q.text) for q in found)
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print N random claims with a digit but no quantity")
    args = parser.parse_args(argv)

    claims_path = args.data_dir / "test_claims.csv"
    if not claims_path.is_file():
        print(f"error: {claims_path} not found", file=sys.stderr)
        return 2
    with claims_path.open(encoding="utf-8", newline="") as fh:
        claims = [row["claim"].strip().strip('"') for row in csv.DictReader(fh)]

    t0 = time.perf_counter()
    results = [extract_quantities(c) for c in claims]
    elapsed = time.perf_counter() - t0
    numeric = [(c, r) for c, r in zip(claims, results, strict=True) if re.search(r"\d", c)]
    hit_numeric = sum(1 for _, r in numeric if r)
    hit_all = sum(1 for r in results if r)
    print(f"claims: {len(claims)}; with a digit: {len(numeric)}")
    print(f"at least one quantity, claims with a digit: {hit_numeric}/{len(numeric)} = {hit_numeric / len(numeric):.3f}")
    print(f"at least one quantity, all claims:          {hit_all}/{len(claims)} = {hit_all / len(claims):.3f}")
    kinds: dict[str, int] = {}
    for r in results:
        for q in r:
            kinds[q.kind] = kinds.get(q.kind, 0) + 1
    print("quantities by kind:", dict(sorted(kinds.items())))
    print(f"throughput: {len(claims) / elapsed:,.0f} claims/s ({elapsed:.2f}s)")

    subset_path = args.data_dir / "complex_num_facts_categorized_subset.csv"
    if subset_path.is_file():
        per: dict[str, list[int]] = {}
        for line in subset_path.read_text(encoding="utf-8").splitlines()[1:]:
            claim, _, label = line.rpartition("@")
            label = label.strip()
            if not claim:
                continue
            ok = _recognised(label, extract_quantities(claim))
            per.setdefault(label, [0, 0])
            per[label][0] += ok
            per[label][1] += 1
        for label, (ok, n) in sorted(per.items()):
            print(f"taxonomy {label:12s} recognised {ok}/{n} = {ok / n:.3f}")

    if args.show:
        misses = [c for c, r in numeric if not r]
        for c in random.Random(0).sample(misses, min(args.show, len(misses))):
            print("MISS:", c)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
