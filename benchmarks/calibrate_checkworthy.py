"""Fit the weights of the readable check-worthiness features on ClaimBuster's development side.

    python -m benchmarks.calibrate_checkworthy --data ../shared/eval/data

What is fitted, and on what (docs/evaluation.md repeats it):

* the features are :func:`workbench.extract.checkworthy.features` -- hand-written, readable
  regular expressions; nothing about them is learned;
* one weight per feature plus the bias are fitted by L2-regularised logistic regression
  (plain gradient descent, numpy only), classes weighted to balance, on ClaimBuster
  ``kfold_25ncs.csv`` **minus every sentence id of ``test.json``** (the development side);
* ``test.json`` is never read here.

The script prints the weights; they are copied by hand into ``checkworthy.WEIGHTS``/``BIAS``,
rounded to one decimal, so what ships is a handful of numbers, not a model. ClaimBuster is
research/evaluation data (GPL repository): no trained classifier is shipped, and this script
runs only on a user's own copy of the data.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from workbench.extract.checkworthy import WEIGHTS, features  # noqa: E402

# The handful fitted: what debate and interview speech shows as well as news does. The rest stay
# hand-set because ClaimBuster's sentences hardly contain them (attribution cues, newsroom notes,
# imperatives, page fragments, assessment words) and a fit would only learn their absence; and
# first-person opinion stays hand-set because in news it is quoted opinion, which stays reviewable;
# a question asserts nothing, so its penalty stays large whatever a corpus's questions carry.
FITTED = (
    "number",
    "figure",
    "long",
    "proper_noun",
    "event",
    "comparative",
    "intent",
    "record",
    "past",
    "modal",
    "belief",
    "third_party",
    "superlative",
    "anecdote",
    "procedural",
    "causal",
    "evidence",
    "time",
    "hypothetical",
    "perfect",
    "evaluative",
    "measured",
    "vague",
    "hedge",
)


def dev_rows(folder: Path) -> list[dict[str, str]]:
    test_ids = {int(r["sentence_id"]) for r in json.loads((folder / "test.json").read_text(encoding="utf-8"))}
    with (folder / "kfold_25ncs.csv").open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if int(r["sentence_id"]) not in test_ids]


def fit(
    x: np.ndarray, y: np.ndarray, offset: np.ndarray, l2: float = 1.0, steps: int = 3000, rate: float = 0.5
) -> np.ndarray:
    """Logistic regression weights (last entry = bias) over a fixed ``offset``, classes weighted to balance."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w + offset)))
        grad = xb.T @ (weight * (p - y)) / len(y)
        grad[:-1] += l2 * w[:-1] / len(y)
        w -= rate * grad
    return w


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the eval data folder (holds claimbuster-2class/)")
    args = parser.parse_args(argv)
    rows = dev_rows(Path(args.data) / "claimbuster-2class")
    values = [features(r["text"]) for r in rows]
    x = np.array([[v[k] for k in FITTED] for v in values])
    offset = np.array([sum(WEIGHTS[k] * v[k] for k in v if k not in FITTED) for v in values])
    y = np.array([int(r["label"]) for r in rows], dtype=float)
    w = fit(x, y, offset)
    weights = dict(zip(FITTED, np.round(w[:-1], 2).tolist(), strict=True))
    z = np.hstack([x, np.ones((len(x), 1))]) @ w + offset
    tp, fp = int(((z >= 0) & (y == 1)).sum()), int(((z >= 0) & (y == 0)).sum())
    fn = int(((z < 0) & (y == 1)).sum())
    dev_f1 = round(2 * tp / (2 * tp + fp + fn), 4)
    print(json.dumps({"dev_rows": len(rows), "fitted": weights, "bias": round(float(w[-1]), 2), "dev_f1": dev_f1}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
