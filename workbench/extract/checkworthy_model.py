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

With the embedding, the model also keeps a **memory of checked lines**: the embeddings of the lines
of transcripts labelled worth checking. Politicians repeat their talking points from debate to
debate, and a line close in meaning to one a desk already checked is likely checked again, so a
transcript line's logit gains ``CHECKED_WEIGHT`` times its cosine similarity to the nearest checked
line. The weight is a fixed setting chosen by grouped cross-validation (docs/evaluation.md), not fitted
with the columns: a column learnt inside the regression ranked worse, because a line's own transcript
has to be left out of its memory while training and the fit then reads the column differently.

The columns enter as they are (the embedding is unit-length, the readable features lie in 0..1), so
the one L2 penalty holds the embedding's many small weights tighter than the few readable ones;
standardising every column first ranked worse in cross-validation (docs/evaluation.md).

The model file is JSON: column names, weights, which embedding it expects and the checked lines' embeddings.
Nothing in it is code, so loading a file from someone else runs nothing; a damaged or foreign
file is one :class:`CheckworthyModelError` line. Writes are whole or absent (temp file + rename).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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
CHECKED_WEIGHT = 10.0  # logit per unit of cosine similarity to the nearest checked line (docs/evaluation.md)
MAX_CHECKED = 5_000  # lines kept in the memory: bounds the model file (~3 KB a line) and the cost per line
# The readable columns a model file holds: the features as they were when the file format was fixed. Later
# features (checkworthy_structure) reach a model through the default logit only, so files written before
# them keep their columns and load unchanged.
READABLE = ("number", "figure", "long", "intent", "record", "past", "modal", "belief", "proper_noun", "reporting",
            "event", "comparative", "assessment", "negation", "length_ok", "short", "question",
            "first_person_opinion", "imperative", "newsroom_note", "ceremonial")
HAND = (*READABLE, "default_logit")

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
    checked: list[list[float]] = field(default_factory=list)  # embeddings of transcript lines labelled 1
    checked_weight: float = CHECKED_WEIGHT

    def to_json(self) -> dict[str, object]:
        return {"format": FORMAT, "version": VERSION, **vars(self)}

    @classmethod
    def from_json(cls, data: object, shown: str = "model") -> CheckworthyModel:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise CheckworthyModelError(f"{shown}: not a workbench check-worthiness model")
        if data.get("version") != VERSION:
            raise CheckworthyModelError(f"{shown}: model format version {data.get('version')!r} is not {VERSION}")
        try:
            optional = ("checked", "checked_weight")  # absent from files written before the memory existed
            model = cls(**{k: data[k] for k in cls.__dataclass_fields__ if k not in optional or k in data})
            n, m = len(model.columns), len(model.columns) - len(CONTEXT_COLUMNS)
            numbers = [*model.weights, *model.sentence_weights, model.bias, model.sentence_bias, model.checked_weight]
            ok = (len(model.weights) == n and len(model.sentence_weights) == m
                  and all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in numbers)
                  and isinstance(model.dim, int) and model.columns[model.dim:] == [*HAND, *CONTEXT_COLUMNS]
                  and len(model.columns) == model.dim + len(HAND) + len(CONTEXT_COLUMNS)
                  and isinstance(model.checked, list) and len(model.checked) <= MAX_CHECKED
                  and (not model.checked or model.dim > 0))
            if ok and model.checked:
                bank = np.array(model.checked, dtype=np.float64)  # ValueError when ragged or not numbers
                ok = bank.shape == (len(model.checked), model.dim) and bool(np.isfinite(bank).all())
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
        texts = [t for _, t in lines]
        vectors = _vectors(texts, encode, self.dim) if self.dim else None
        x = design(texts, (lambda _: vectors) if self.dim else None, [s for s, _ in lines], self.dim)
        z = self._logits(x, True)
        if self.checked and vectors is not None:
            z += self.checked_weight * nearest_similarity(vectors, np.array(self.checked, dtype=np.float64))
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


def _vectors(texts: list[str], encode: Encode | None, dim: int) -> np.ndarray:
    if encode is None:
        raise CheckworthyModelError("this model needs the sentence embedding it was trained with")
    vectors = np.asarray(encode(texts), dtype=np.float64).reshape(len(texts), -1)
    if vectors.shape[1] != dim:
        raise CheckworthyModelError(f"the embedding gives {vectors.shape[1]} numbers per line; the model needs {dim}")
    return vectors


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def nearest_similarity(vectors: np.ndarray, checked: np.ndarray) -> np.ndarray:
    """Per row of ``vectors``: the cosine similarity to the nearest row of ``checked`` (0 with none)."""
    if not len(checked) or not len(vectors):
        return np.zeros(len(vectors))
    return (_unit(vectors) @ _unit(checked).T).max(axis=1)


def design(texts: list[str], encode: Encode | None, speakers: Sequence[str] | None, dim: int = 0) -> np.ndarray:
    """Rows of [embedding (dim), readable features, default logit, context]; lone sentences get zero context."""
    hand = []
    for text in texts:
        values = features(text)
        hand.append([values[k] for k in READABLE] + [BIAS + sum(WEIGHTS[k] * values[k] for k in WEIGHTS)])
    h = np.array(hand, dtype=np.float64).reshape(len(texts), len(HAND))
    if speakers is None:
        around = np.zeros((len(texts), len(CONTEXT_COLUMNS)))
    else:
        around = np.array(context(list(zip(speakers, texts, strict=True)), h[:, -1].tolist()),
                          dtype=np.float64).reshape(len(texts), len(CONTEXT_COLUMNS))
    parts = [h, around]
    if dim:
        parts.insert(0, _vectors(texts, encode, dim))
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
    return CheckworthyModel(columns, weights.tolist(), bias, sentence_weights.tolist(), sentence_bias,
                            embedding if dim else None, dim, len(y), checked_memory(lines, encode) if dim else [])


def checked_memory(lines: Sequence[LabelledLine], encode: Encode) -> list[list[float]]:
    """Unit embeddings (4 decimals) of the distinct transcript lines labelled 1, the first ``MAX_CHECKED``."""
    texts = list(dict.fromkeys(item.text for item in lines if item.label == 1 and item.transcript is not None))
    texts = texts[:MAX_CHECKED]
    if not texts:
        return []
    return np.round(_unit(np.asarray(encode(texts), dtype=np.float64).reshape(len(texts), -1)), 4).tolist()
