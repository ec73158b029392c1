"""An OPTION, not the default: a check-worthiness scorer a user trains on labelled sentences of their own.

    python -m benchmarks.eval_checkworthy --data ../shared/eval/data --trained

The shipped scorer (:mod:`workbench.extract.checkworthy`) is a handful of readable features with
rounded weights; it runs at ingest and imports nothing heavy. This option adds what a sentence
embedding knows about wording (the bundled all-MiniLM-L6-v2, through ``analyze.embed``) to
those same features and fits an L2 logistic regression (classes balanced) on labelled sentences
**at evaluation time**. Nothing is saved and nothing ships: ClaimBuster and CLEF-2019 are
research/evaluation data, so a model fitted on them may be measured but never be a default.

ClaimBuster's lone sentences are scored by a model fitted on the same rows without the context
columns; for transcript lines the design adds the context CLEF allows (:func:`context`: the same speaker's
neighbouring lines, one-line turns, answers to a moderator, turn length). Speaker roles stay a rule: lines of a moderator or a stage direction
(:func:`workbench.extract.transcripts.moderators`) go to the bottom, as in the default ranking.

Training data (never a test file): ClaimBuster ``kfold_25ncs.csv`` minus the ``test.json`` ids
and the CLEF-2019 ``training`` transcripts. The development figures come from a grouped
cross-validation (a transcript is never split between folds) on that same training side.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from workbench.extract.checkworthy import BIAS, WEIGHTS, features
from workbench.extract.transcripts import NON_SPEAKERS, moderators

C = 1.0  # L2 strength of the fit (sklearn's inverse convention); chosen on the dev side among 0.1, 1, 10


class Vectors:
    """Embeds each distinct text once (the same sentence recurs across transcripts and splits)."""

    def __init__(self, embedder: Any = None) -> None:
        if embedder is None:
            from workbench.analyze.embed import get_embedder

            embedder = get_embedder("onnx")
        self._embedder = embedder
        self._cache: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self._cache})
        if todo:
            for text, vector in zip(todo, self._embedder.encode(todo), strict=True):
                self._cache[text] = vector
        return np.array([self._cache[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)


def design(texts: Sequence[str], vectors: Vectors, speakers: Sequence[str] | None = None,
           with_context: bool = True) -> np.ndarray:
    """One row per text: the embedding, the readable features, the default score's logit and, for
    transcript lines (``speakers`` given), the line's context (:func:`context`); lone sentences get zeros."""
    names = list(WEIGHTS)
    hand = []
    for text in texts:
        values = features(text)
        hand.append([values[k] for k in names] + [BIAS + sum(WEIGHTS[k] * values[k] for k in names)])
    h = np.array(hand, dtype=np.float32).reshape(len(texts), -1)
    around = context(list(zip(speakers, texts, strict=True)), h[:, -1]) if speakers is not None else (
        np.zeros((len(texts), CONTEXT_COLUMNS), dtype=np.float32))
    return np.hstack([vectors(texts), h, around] if with_context else [vectors(texts), h])


CONTEXT_COLUMNS = 4


def context(lines: Sequence[tuple[str, str]], z: np.ndarray) -> np.ndarray:
    """What a transcript adds around a line: the mean default logit of the same speaker's lines just
    before and after, whether the line is a one-line turn (an interjection), whether it answers a
    moderator's line, and the length of its turn (capped at 20 lines). (A fifth column marking "a
    transcript line" was tried on the dev side and lowered both figures.)"""
    n = len(lines)
    turn = [0] * n
    for i in range(1, n):
        turn[i] = turn[i - 1] + (lines[i][0] != lines[i - 1][0])
    size: dict[int, int] = {}
    for t in turn:
        size[t] = size.get(t, 0) + 1
    asking = moderators(list(lines))
    out = np.zeros((n, CONTEXT_COLUMNS), dtype=np.float32)
    for i, (speaker, _) in enumerate(lines):
        near = [z[j] for j in (i - 1, i + 1) if 0 <= j < n and lines[j][0] == speaker]
        out[i] = (float(np.mean(near)) if near else 0.0, size[turn[i]] == 1,
                  i > 0 and lines[i - 1][0] in asking, min(size[turn[i]], 20) / 20)
    return out


def fit(x: np.ndarray, y: Sequence[int]) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, class_weight="balanced", max_iter=1000).fit(x, np.asarray(y))


def rank_transcript(model: Any, lines: Sequence[tuple[str, str]], vectors: Vectors) -> list[float]:
    """The option's score per (speaker, text) line; moderators and stage lines at the bottom."""
    z = model.decision_function(design([text for _, text in lines], vectors, [speaker for speaker, _ in lines]))
    asking = moderators(list(lines))
    for i, (speaker, _) in enumerate(lines):
        if speaker in asking or speaker.strip().upper() in NON_SPEAKERS:
            z[i] -= 100.0
    return [float(v) for v in z]


def grouped_folds(names: Sequence[str], k: int = 4) -> list[list[str]]:
    """Transcripts dealt round-robin into k folds (whole transcripts, so no line leaks across)."""
    return [list(names[i::k]) for i in range(k)]


def _clef(folder: Any) -> dict[str, list[tuple[str, str, int]]]:
    from benchmarks.eval_checkworthy import _read_clef

    return {path.stem: _read_clef(path) for path in sorted(folder.glob("*.tsv"))}


def _map(model: Any, transcripts: dict[str, list[tuple[str, str, int]]], vectors: Vectors) -> dict[str, float]:
    from benchmarks.eval_checkworthy import _ranking_metrics

    per = {}
    for name, rows in transcripts.items():
        ranked = rank_transcript(model, [(s, t) for s, t, _ in rows], vectors)
        per[name] = _ranking_metrics([y for _, _, y in rows], ranked)
    keys = ("avg_precision", "r_precision", "p@10")
    return {k: round(sum(p[k] for p in per.values()) / len(per), 4) for k in keys} | {"transcripts": len(per)}


def _lines(transcripts: dict[str, list[tuple[str, str, int]]], names: Sequence[str],
           vectors: Vectors) -> tuple[np.ndarray, list[int]]:
    """The design rows (with each line's context) and labels of whole transcripts."""
    parts = [design([t for _, t, _ in transcripts[n]], vectors, [s for s, _, _ in transcripts[n]]) for n in names]
    return np.vstack(parts), [y for n in names for _, _, y in transcripts[n]]


def option_dev(cb: Any, clef: Any) -> dict[str, Any]:
    """Development figures: grouped 4-fold CV on CLEF training, 5-fold CV on ClaimBuster's dev side."""
    from benchmarks.calibrate_checkworthy import dev_rows
    from benchmarks.eval_checkworthy import _view

    vectors = Vectors()
    train = _clef(clef / "training")
    rows = dev_rows(cb)
    cb_texts, cb_labels = [r["text"] for r in rows], [int(r["label"]) for r in rows]
    cb_x = design(cb_texts, vectors)
    maps = []
    for fold in grouped_folds(list(train)):
        x, labels = _lines(train, [n for n in train if n not in fold], vectors)
        model = fit(np.vstack([x, cb_x]), labels + cb_labels)
        maps.append((len(fold), _map(model, {n: train[n] for n in fold}, vectors)))
    clef_map = {k: round(sum(w * m[k] for w, m in maps) / len(train), 4) for k in ("avg_precision", "r_precision", "p@10")}
    all_x, all_y = _lines(train, list(train), vectors)
    sentence_x, all_x = cb_x[:, :-CONTEXT_COLUMNS], all_x[:, :-CONTEXT_COLUMNS]  # lone sentences: no context
    scores = np.empty(len(rows))
    for part in range(5):
        held = np.arange(len(rows)) % 5 == part
        model = fit(np.vstack([sentence_x[~held], all_x]),
                    [y for y, h in zip(cb_labels, held, strict=True) if not h] + all_y)
        scores[held] = model.decision_function(sentence_x[held])
    view = _view(cb_labels, scores.tolist(), [bool(s >= 0) for s in scores])
    return {"clef2019_train_grouped_cv": clef_map, "claimbuster_dev_5fold": view}


def option_test(cb: Any, clef: Any) -> dict[str, Any]:
    """Fitted once on the whole training side, then scored on ClaimBuster test and CLEF-2019 test."""
    import json

    from benchmarks.calibrate_checkworthy import dev_rows
    from benchmarks.eval_checkworthy import _view

    vectors = Vectors()
    train = _clef(clef / "training")
    rows = dev_rows(cb)
    x, labels = _lines(train, list(train), vectors)
    cb_x, cb_y = design([r["text"] for r in rows], vectors), [int(r["label"]) for r in rows]
    model = fit(np.vstack([cb_x, x]), cb_y + labels)  # transcript lines with their context
    sentence_model = fit(np.vstack([cb_x, x])[:, :-CONTEXT_COLUMNS], cb_y + labels)  # lone sentences
    test = json.loads((cb / "test.json").read_text(encoding="utf-8"))
    scores = sentence_model.decision_function(design([r["text"] for r in test], vectors, with_context=False))
    view = _view([int(r["label"]) for r in test], scores.tolist(), [bool(s >= 0) for s in scores])
    return {"claimbuster_test": view, "clef2019_test": _map(model, _clef(clef / "test_annotated"), vectors)}
