"""A check-worthiness ranking a desk trains on its own labelled lines (``workbench checkworthy train``).

The shipped score (:mod:`checkworthy`) is readable features with hand-set and rounded weights;
it knows nothing of a desk's beat. A desk that has judged lines of its own (a few hundred is a
start) trains this: an L2-regularised logistic regression over

* the readable features and the default score's logit (what the default already knows),
* for lines of a transcript, their context (:func:`transcripts.context`: same-speaker neighbours,
  interjections, answers to a moderator, turn length),
* optionally the sentence embedding of the bundled all-MiniLM-L6-v2 (what the wording says; the
  caller passes the encoder, because extraction does not import model libraries).

Two weight vectors are fitted on the same rows: one with the context columns (transcript lines)
and one without (lone sentences, e.g. claims of a news article). Classes are weighted to
balance. At scoring, a moderator's and a stage direction's lines go to the bottom, as in
:func:`transcripts.rank_lines`.

The columns enter as they are (the embedding is unit-length, the readable features lie in 0..1), so
the one L2 penalty holds the embedding's many small weights tighter than the few readable ones;
standardising every column first ranked worse in cross-validation (docs/evaluation.md).

The model file is JSON: column names, weights, and which embedding it expects.
Nothing in it is code, so loading a file from someone else runs nothing; a damaged or foreign
file is one :class:`CheckworthyModelError` line. Writes are whole or absent (temp file + rename).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from workbench.errors import WorkbenchError
from workbench.extract.checkworthy import BIAS, WEIGHTS, features
from workbench.extract.checkworthy_labels import LabelledLine
from workbench.extract.transcripts import CONTEXT_COLUMNS, context, moderators, off_stage
from workbench.models import ExtractedClaim
from workbench.textnorm import printable

FORMAT = "workbench-checkworthy-model"
VERSION = 1
C = 1.0  # inverse L2 strength (scikit-learn's convention); chosen by cross-validation, docs/evaluation.md
OFF_STAGE = 100.0  # logit taken from a moderator's or stage line: below every guest's line
HAND = (*WEIGHTS, "default_logit")

Encode = Callable[[list[str]], np.ndarray]


class CheckworthyModelError(WorkbenchError):
    """A model file that cannot be read or used, or training that cannot run, in one line."""


@dataclass
class CheckworthyModel:
    """Weights over named columns; ``embedding`` names the encoder the first ``dim`` columns need."""

    columns: list[str]
    weights: list[float]  # over all columns (transcript lines)
    bias: float
    sentence_weights: list[float]  # over the columns minus the context ones (lone sentences)
    sentence_bias: float
    embedding: str | None = None
    dim: int = 0
    trained_on: int = 0

    def to_json(self) -> dict[str, object]:
        return {"format": FORMAT, "version": VERSION, **vars(self)}

    @classmethod
    def from_json(cls, data: object, shown: str = "model") -> CheckworthyModel:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise CheckworthyModelError(f"{shown}: not a workbench check-worthiness model")
        if data.get("version") != VERSION:
            raise CheckworthyModelError(f"{shown}: model format version {data.get('version')!r} is not {VERSION}")
        try:
            model = cls(**{k: data[k] for k in cls.__dataclass_fields__})
            n, m = len(model.columns), len(model.columns) - len(CONTEXT_COLUMNS)
            numbers = [*model.weights, *model.sentence_weights, model.bias, model.sentence_bias]
            ok = (len(model.weights) == n and len(model.sentence_weights) == m
                  and all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in numbers)
                  and isinstance(model.dim, int) and model.columns[model.dim:] == [*HAND, *CONTEXT_COLUMNS]
                  and len(model.columns) == model.dim + len(HAND) + len(CONTEXT_COLUMNS))
        except (KeyError, TypeError, ValueError):
            ok = False
        if not ok:
            raise CheckworthyModelError(f"{shown}: damaged model file (columns or weights do not match)")
        return model

    def save(self, path: str | Path) -> None:
        """Write the JSON file whole or not at all."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=".checkworthy-", dir=path.parent if str(path.parent) else ".")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self.to_json(), fh)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: str | Path) -> CheckworthyModel:
        shown = printable(str(path))
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CheckworthyModelError(f"{shown}: no such model file") from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise CheckworthyModelError(f"{shown}: cannot read model ({type(exc).__name__})") from None
        return cls.from_json(data, shown)

    def rank(self, lines: Sequence[tuple[str, str]], encode: Encode | None = None) -> list[float]:
        """One score in 0..1 per (speaker, text) line of ONE transcript, in order; higher = check first."""
        x = design([t for _, t in lines], encode if self.dim else None, [s for s, _ in lines], self.dim)
        z = self._logits(x, True)
        asking = moderators(list(lines))
        z -= np.array([OFF_STAGE * off_stage(s, asking) for s, _ in lines])
        return [float(v) for v in 1.0 / (1.0 + np.exp(-z))]

    def score(self, texts: Sequence[str], encode: Encode | None = None) -> list[float]:
        """One score in 0..1 per lone sentence (no transcript context)."""
        x = design(list(texts), encode if self.dim else None, None, self.dim)
        return [float(v) for v in 1.0 / (1.0 + np.exp(-self._logits(x, False)))]

    def rescore(self, claims: Sequence[ExtractedClaim], encode: Encode | None = None) -> None:
        """Set each extracted claim's ``checkworthiness`` to this model's score (which claims are kept stays
        extraction's decision; the model orders the review queue). Claims of an article are lone sentences."""
        if claims:
            for claim, value in zip(claims, self.score([c.text for c in claims], encode), strict=True):
                claim.checkworthiness = round(value, 4)

    def _logits(self, x: np.ndarray, with_context: bool) -> np.ndarray:
        if with_context:
            return x @ np.array(self.weights) + self.bias
        return x[:, : -len(CONTEXT_COLUMNS)] @ np.array(self.sentence_weights) + self.sentence_bias


def design(texts: list[str], encode: Encode | None, speakers: Sequence[str] | None, dim: int = 0) -> np.ndarray:
    """Rows of [embedding (dim), readable features, default logit, context]; lone sentences get zero context."""
    hand = []
    for text in texts:
        values = features(text)
        hand.append([values[k] for k in WEIGHTS] + [BIAS + sum(WEIGHTS[k] * values[k] for k in WEIGHTS)])
    h = np.array(hand, dtype=np.float64).reshape(len(texts), len(HAND))
    if speakers is None:
        around = np.zeros((len(texts), len(CONTEXT_COLUMNS)))
    else:
        around = np.array(context(list(zip(speakers, texts, strict=True)), h[:, -1].tolist()),
                          dtype=np.float64).reshape(len(texts), len(CONTEXT_COLUMNS))
    parts = [h, around]
    if dim:
        if encode is None:
            raise CheckworthyModelError("this model needs the sentence embedding it was trained with")
        vectors = np.asarray(encode(texts), dtype=np.float64).reshape(len(texts), -1)
        if vectors.shape[1] != dim:
            raise CheckworthyModelError(f"the embedding gives {vectors.shape[1]} numbers per line; the model needs {dim}")
        parts.insert(0, vectors)
    return np.hstack(parts)


def training_rows(lines: Sequence[LabelledLine], encode: Encode | None, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """The design rows and labels of labelled lines, each transcript's lines in their order with their context."""
    groups: dict[str | None, list[tuple[float, int, LabelledLine]]] = {}
    for i, item in enumerate(lines):
        groups.setdefault(item.transcript, []).append((item.line if item.line is not None else i, i, item))
    xs, ys = [], []
    for name, members in groups.items():
        members.sort(key=lambda m: (m[0], m[1]))
        texts = [m[2].text for m in members]
        xs.append(design(texts, encode, None if name is None else [m[2].speaker for m in members], dim))
        ys += [m[2].label for m in members]
    return np.vstack(xs), np.array(ys, dtype=np.float64)


def fit_logistic(x: np.ndarray, y: np.ndarray, c: float = C, steps: int = 50,
                 weight: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """L2 logistic regression, classes weighted to balance (times ``weight`` per row), by Newton's method."""
    n, d = x.shape
    base = np.ones(n) if weight is None else weight * (n / weight.sum())
    positives = (base * y).sum()
    sample = base * np.where(y == 1, n / (2 * positives), n / (2 * (n - positives)))
    xb = np.hstack([x, np.ones((n, 1))])
    ridge = np.eye(d + 1) / c
    ridge[-1, -1] = 1e-8  # the bias is not penalised
    w = np.zeros(d + 1)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -35, 35)))
        grad = xb.T @ (sample * (p - y)) + ridge @ w
        hess = (xb * (sample * p * (1 - p))[:, None]).T @ xb + ridge
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:-1], float(w[-1])


def train(lines: Sequence[LabelledLine], encode: Encode | None = None, embedding: str | None = None,
          c: float = C) -> CheckworthyModel:
    """Fit the two weight vectors on ``lines`` (with the embedding when ``encode`` is given)."""
    labels = {item.label for item in lines}
    if labels != {0, 1}:
        raise CheckworthyModelError("training needs lines labelled both 1 (check) and 0 (not)")
    dim = 0
    if encode is not None:
        dim = int(np.asarray(encode([lines[0].text])).reshape(1, -1).shape[1])
    x, y = training_rows(lines, encode, dim)
    weights, bias = fit_logistic(x, y, c)
    sentence_weights, sentence_bias = fit_logistic(x[:, : -len(CONTEXT_COLUMNS)], y, c)
    columns = [f"embedding_{i}" for i in range(dim)] + [*HAND, *CONTEXT_COLUMNS]
    return CheckworthyModel(columns, weights.tolist(), bias,
                            sentence_weights.tolist(), sentence_bias, embedding if dim else None, dim, len(y))
