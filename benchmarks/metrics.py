"""Evaluation metrics, written out so each number in docs/evaluation.md can be traced to a formula.

Classification: precision/recall/F1, ROC-AUC (Mann-Whitney, ties counted half), average
precision (area under the step PR curve, as scikit-learn computes it), the F1-best threshold.
Clustering: B-cubed precision/recall/F1 (Bagga & Baldwin 1998), pairwise precision/recall/F1,
adjusted Rand index, purity. Items missing from a predicted clustering count as singletons.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from math import comb


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def roc_auc(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Probability that a random positive outscores a random negative (ties count 1/2)."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    pos = sum(1 for y in labels if y)
    neg = len(labels) - pos
    if not pos or not neg:
        return 0.0
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return round((rank_sum - pos * (pos + 1) / 2) / (pos * neg), 4)


def average_precision(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Sum over distinct thresholds of (recall step) x precision, highest score first."""
    pairs = sorted(zip(scores, labels, strict=True), key=lambda p: -p[0])
    total = sum(1 for _, y in pairs if y)
    if not total:
        return 0.0
    ap = tp = fp = 0.0
    prev_recall = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            tp += pairs[j][1] > 0
            fp += pairs[j][1] == 0
            j += 1
        recall = tp / total
        ap += (recall - prev_recall) * tp / (tp + fp)
        prev_recall = recall
        i = j
    return round(ap, 4)


def best_f1_threshold(labels: Sequence[int], scores: Sequence[float]) -> tuple[float, float]:
    """(threshold, F1) maximizing F1 of ``score >= threshold`` over the distinct scores."""
    pairs = sorted(zip(scores, labels, strict=True), key=lambda p: -p[0])
    total = sum(1 for _, y in pairs if y)
    best = (1.0, 0.0)
    tp = fp = 0
    for i, (s, y) in enumerate(pairs):
        tp += y > 0
        fp += y == 0
        if i + 1 < len(pairs) and pairs[i + 1][0] == s:
            continue
        f1 = 2 * tp / (tp + fp + total) if total else 0.0
        if f1 > best[1]:
            best = (s, f1)
    return round(best[0], 4), round(best[1], 4)


def bcubed(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """B-cubed P/R/F1 over the items of ``gold``; an item absent from ``predicted`` is its own cluster."""
    pred = {item: predicted.get(item, ("singleton", item)) for item in gold}
    gold_size = Counter(gold.values())
    pred_size = Counter(pred.values())
    joint = Counter((gold[i], pred[i]) for i in gold)
    p = sum(joint[(gold[i], pred[i])] / pred_size[pred[i]] for i in gold) / len(gold)
    r = sum(joint[(gold[i], pred[i])] / gold_size[gold[i]] for i in gold) / len(gold)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def pairwise(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """Pair P/R/F1: a pair is predicted when both items share a predicted cluster."""
    pred = {item: predicted.get(item, ("singleton", item)) for item in gold}
    joint = Counter((gold[i], pred[i]) for i in gold)
    tp = sum(comb(n, 2) for n in joint.values())
    pred_pairs = sum(comb(n, 2) for n in Counter(pred.values()).values())
    gold_pairs = sum(comb(n, 2) for n in Counter(gold.values()).values())
    return prf(tp, pred_pairs - tp, gold_pairs - tp)


def adjusted_rand(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> float:
    pred = {item: predicted.get(item, ("singleton", item)) for item in gold}
    n = len(gold)
    index = sum(comb(c, 2) for c in Counter((gold[i], pred[i]) for i in gold).values())
    a = sum(comb(c, 2) for c in Counter(gold.values()).values())
    b = sum(comb(c, 2) for c in Counter(pred.values()).values())
    expected = a * b / comb(n, 2) if n > 1 else 0.0
    top = (a + b) / 2
    return round((index - expected) / (top - expected), 4) if top != expected else 0.0


def purity(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> float:
    """Share of items whose predicted cluster's majority gold class is their own."""
    members: dict[Hashable, list[Hashable]] = defaultdict(list)
    for item in gold:
        members[predicted.get(item, ("singleton", item))].append(gold[item])
    return round(sum(Counter(m).most_common(1)[0][1] for m in members.values()) / len(gold), 4)
