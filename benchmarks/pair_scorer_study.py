"""Study: can a scorer learned on the dev gold find the disagreements the rules leave unrelated?

    python -m benchmarks.pair_scorer_study [CORPUS] [--split dev] [--folds 6] [--json OUT]

Why: on every blind dev set most missed conflicts are pairs the analysis leaves with no verdict or
"related". The twelfth stop asked whether a pair scorer trained on the dev gold (weighing the compared
slots of ``benchmarks.pair_features``) would recover them, before building one into the product.

How, as a user runs it: ``workbench ingest`` the split into a temporary database, then
``run_analysis`` in this process with two read-only taps on ``analyze.facts`` (the candidate pairs of
each event, and the relations its rules and passes end with). Every cross-report candidate pair whose
two claims match gold claims (normalized text, as ``eval_devcorpus``) is labelled with the gold relation
("none" when gold has none). The study set is the pairs the rules left without a verdict or "related";
the target is gold ``conflict``. Scores are out-of-fold: folds never split an event (GroupKFold), so each
event is scored by a model that never saw it. Two learners: logistic regression (what could ship with a
reason per weight) and shallow gradient boosting (an upper view). Per threshold: conflicts a scorer would
add that gold confirms, and false ones. Dev only: the held-out test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.eval_devcorpus import workbench_command
from benchmarks.pair_features import NAMES, PairSide, features

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
UNDECIDED = (None, "related")  # what the rules leave for a scorer to decide


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def gold_matcher(gold: dict[str, Any]):
    """Text -> gold claim (equal normalized text first, else containment), as ``eval_devcorpus`` matches."""
    by_text: dict[str, dict] = {}
    items = [(_norm(c["text"]), c) for c in gold["claims"]]
    for t, c in items:
        by_text.setdefault(t, c)
    memo: dict[str, dict | None] = {}

    def match(text: str) -> dict | None:
        t = _norm(text)
        if t not in memo:
            hit = by_text.get(t) or next((c for g, c in items if g in t or (t in g and len(t) >= 0.6 * len(g))), None)
            memo[t] = hit
        return memo[t]

    return match


def tapped_pairs(db_path: Path) -> list[dict[str, Any]]:
    """Run analysis on ``db_path`` in this process and return every candidate pair with its final relation."""
    from workbench.analyze import facts
    from workbench.analyze.pipeline import run_analysis
    from workbench.settings import Settings
    from workbench.store import open_db

    taken: list[dict[str, Any]] = []
    state: dict[str, Any] = {}
    relate_pairs, merge = facts._relate_pairs, facts.merge_facts

    def tap_pairs(candidates, rows, group_of):
        state.update(candidates=candidates, rows=rows, group_of=group_of)
        return relate_pairs(candidates, rows, group_of)

    def tap_merge(groups, out, sig):
        rows, group_of = state["rows"], state["group_of"]
        final = {(min(a, b), max(a, b)): rel for a, b, rel in out}
        seen: set[tuple[int, int]] = set()
        for i, j, sim in state["candidates"]:
            key = (min(i, j), max(i, j))
            if key in seen:
                continue
            seen.add(key)
            rel = final.get(key)
            same = group_of.get(i) is not None and group_of.get(i) == group_of.get(j)
            taken.append({"a": rows[i], "b": rows[j], "sim": sim, "same": same, "rel": rel.relation if rel else None})
        return merge(groups, out, sig)

    facts._relate_pairs, facts.merge_facts = tap_pairs, tap_merge
    try:
        run_analysis(open_db(str(db_path)), cache_dir=Settings.load().cache_dir, workers=1)
    finally:
        facts._relate_pairs, facts.merge_facts = relate_pairs, merge
    return taken


def labelled(pairs: list[dict[str, Any]], gold: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list]:
    """Features, gold relation and event of each pair whose claims match two gold claims of one event."""
    match = gold_matcher(gold)
    relation = {frozenset((r["a"], r["b"])): r["relation"] for r in gold["relations"]}
    xs, ys, events, rules = [], [], [], []
    for p in pairs:
        ga, gb = match(p["a"].text), match(p["b"].text)
        if not ga or not gb or ga["id"] == gb["id"] or ga["event"] != gb["event"]:
            continue
        side = [PairSide(r.text, r.speaker, r.quantities, r.frame) for r in (p["a"], p["b"])]
        f = features(side[0], side[1], p["sim"], p["same"], p["rel"] if p["rel"] != "conflict" else None)
        xs.append([f[n] for n in NAMES])
        ys.append(relation.get(frozenset((ga["id"], gb["id"])), "none"))
        events.append(ga["event"])
        rules.append(p["rel"])
    return np.array(xs), np.array(ys), np.array(events), rules


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, folds: int) -> dict[str, np.ndarray]:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    learners = {"logistic regression": lambda: LogisticRegression(max_iter=2000),
                "gradient boosting (depth 3)": lambda: HistGradientBoostingClassifier(max_depth=3, max_iter=150)}
    out = {}
    for name, make in learners.items():
        p = np.zeros(len(y))
        for tr, te in GroupKFold(n_splits=folds).split(x, y, groups):
            p[te] = make().fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
        out[name] = p
    return out


def study(corpus: Path, split: str, folds: int) -> dict[str, Any]:
    from sklearn.metrics import roc_auc_score

    split_dir = corpus / split
    gold = json.loads((split_dir / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "study.db"
        subprocess.run(workbench_command() + ["ingest", "-q", "--db", str(db), str(split_dir)], check=True, capture_output=True)
        pairs = tapped_pairs(db)
    x, rel, events, rules = labelled(pairs, gold)
    mask = np.array([r in UNDECIDED for r in rules])
    y = (rel[mask] == "conflict").astype(int)
    result: dict[str, Any] = {
        "split": split, "candidate_pairs": len(pairs), "pairs_with_gold_claims": len(rel),
        "gold_conflicts_among_them": int((rel == "conflict").sum()),
        "undecided_pairs": int(mask.sum()), "gold_conflicts_undecided": int(y.sum()),
        "rules_on_gold_conflicts": dict(Counter(str(r) for r, g in zip(rules, rel, strict=True) if g == "conflict")),
        "feature_auc": {n: round(float(roc_auc_score(y, x[mask][:, k])), 3) for k, n in enumerate(NAMES)
                        if x[mask][:, k].std() > 0},
        "learners": {},
    }
    for name, p in out_of_fold(x[mask], y, events[mask], folds).items():
        result["learners"][name] = {
            "auc": round(float(roc_auc_score(y, p)), 3),
            "added": {str(t): {"true": int(((p >= t) & (y == 1)).sum()), "false": int(((p >= t) & (y == 0)).sum())}
                      for t in THRESHOLDS}}
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="tests/gold/devcorpus", type=Path)
    ap.add_argument("--split", default="dev", choices=("dev",), help="dev only: the test split is never read here")
    ap.add_argument("--folds", type=int, default=6)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    text = json.dumps(study(args.corpus, args.split, args.folds), indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
