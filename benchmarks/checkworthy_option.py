"""The trained ranking as a desk with the data's rights would train it: ``workbench checkworthy train``.

    python -m benchmarks.eval_checkworthy --data ../shared/eval/data --trained

The shipped scorer (:mod:`workbench.extract.checkworthy`) is readable features with rounded
weights. ``workbench checkworthy train`` (:mod:`workbench.extract.checkworthy_model`) lets a desk
fit the ranking on lines it labelled itself. Here the same command's code (:func:`train_file`, what
the command runs: read the label file, train, write the JSON model) is run on the development
side of the public data, as a desk with those rights could, and the written model file is loaded
and scored on the test side. Every figure from it is "trained by the user on ClaimBuster dev +
CLEF-2019 training". No such model ships: ClaimBuster and CLEF-2019 are research data.

Training data (never a test file): ClaimBuster ``kfold_25ncs.csv`` minus the ``test.json`` ids
(lone sentences) and the CLEF-2019 ``training`` transcripts (speaker, transcript, line order). The
development figures come from a grouped cross-validation (a transcript is never split between
folds) on CLEF training and a 5-fold one on ClaimBuster's dev side, each fold trained on the rest
of the whole training side.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from workbench.extract.checkworthy_labels import LabelledLine


class Vectors:
    """The bundled embedding as an ``encode`` function, embedding each distinct text once."""

    def __init__(self, embedder: Any = None) -> None:
        if embedder is None:
            from workbench.analyze.embed import get_embedder

            embedder = get_embedder("onnx")
        self._embedder = embedder
        self.model_id = str(getattr(embedder, "model_id", "embedding"))
        self._cache: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self._cache})
        if todo:
            for text, vector in zip(todo, self._embedder.encode(todo), strict=True):
                self._cache[text] = vector
        return np.array([self._cache[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)


Transcripts = dict[str, list[tuple[str, str, int]]]


def clef(folder: Path) -> Transcripts:
    from benchmarks.eval_checkworthy import _read_clef

    return {path.stem: _read_clef(path) for path in sorted(folder.glob("*.tsv"))}


def transcript_lines(transcripts: Transcripts, names: Sequence[str]) -> list[LabelledLine]:
    return [LabelledLine(text, label, speaker, name, i)
            for name in names for i, (speaker, text, label) in enumerate(transcripts[name])]


def sentence_lines(rows: Sequence[dict[str, str]]) -> list[LabelledLine]:
    return [LabelledLine(r["text"], int(r["label"])) for r in rows]


def write_labels(lines: Sequence[LabelledLine], path: Path) -> None:
    """The label file a desk would hand to ``workbench checkworthy train`` (JSONL)."""
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            record: dict[str, Any] = {"text": line.text, "label": line.label}
            if line.transcript is not None:
                record.update(speaker=line.speaker, transcript=line.transcript, line=line.line)
            fh.write(json.dumps(record) + "\n")


def grouped_folds(names: Sequence[str], k: int = 4) -> list[list[str]]:
    """Transcripts dealt round-robin into k folds (whole transcripts, so no line leaks across)."""
    return [list(names[i::k]) for i in range(k)]


def mean_ranking(model: Any, transcripts: Transcripts, vectors: Any) -> dict[str, float]:
    """MAP, R-precision and P@10 of the model's ranking, averaged over transcripts."""
    from benchmarks.eval_checkworthy import _ranking_metrics

    per = [_ranking_metrics([y for _, _, y in rows], model.rank([(s, t) for s, t, _ in rows], vectors))
           for rows in transcripts.values()]
    keys = ("avg_precision", "r_precision", "p@10")
    return {k: round(sum(p[k] for p in per) / len(per), 4) for k in keys} | {"transcripts": len(per)}


def option_dev(cb: Path, clef_folder: Path, vectors: Any = None) -> dict[str, Any]:
    """Development figures: grouped 4-fold CV on CLEF training, 5-fold CV on ClaimBuster's dev side."""
    from benchmarks.calibrate_checkworthy import dev_rows
    from benchmarks.eval_checkworthy import _view
    from workbench.extract.checkworthy_model import train

    vectors = vectors or Vectors()
    transcripts = clef(clef_folder / "training")
    sentences = sentence_lines(dev_rows(cb))
    maps = []
    for fold in grouped_folds(list(transcripts)):
        rest = transcript_lines(transcripts, [n for n in transcripts if n not in fold])
        model = train(rest + sentences, vectors, vectors.model_id)
        maps.append((len(fold), mean_ranking(model, {n: transcripts[n] for n in fold}, vectors)))
    clef_map = {k: round(sum(w * m[k] for w, m in maps) / len(transcripts), 4)
                for k in ("avg_precision", "r_precision", "p@10")}
    every_line = transcript_lines(transcripts, list(transcripts))
    scores = np.empty(len(sentences))
    part_of = np.arange(len(sentences)) % 5
    for part in range(5):
        model = train([s for s, p in zip(sentences, part_of, strict=True) if p != part] + every_line, vectors,
                      vectors.model_id)
        scores[part_of == part] = model.score([s.text for s, p in zip(sentences, part_of, strict=True) if p == part],
                                              vectors)
    view = _view([s.label for s in sentences], scores.tolist(), [bool(s >= 0.5) for s in scores])
    return {"clef2019_train_grouped_cv": clef_map, "claimbuster_dev_5fold": view}


def option_test(cb: Path, clef_folder: Path, vectors: Any = None) -> dict[str, Any]:
    """Trained once by the command's code on the whole training side; the written model scored on the tests."""
    from benchmarks.calibrate_checkworthy import dev_rows
    from benchmarks.eval_checkworthy import _view
    from workbench.cli.checkworthy import train_file
    from workbench.extract.checkworthy_model import CheckworthyModel

    vectors = vectors or Vectors()
    transcripts = clef(clef_folder / "training")
    lines = transcript_lines(transcripts, list(transcripts)) + sentence_lines(dev_rows(cb))
    with tempfile.TemporaryDirectory() as tmp:
        labels, out = Path(tmp) / "labels.jsonl", Path(tmp) / "model.json"
        write_labels(lines, labels)
        train_file(labels, out, vectors, vectors.model_id)
        size = out.stat().st_size
        model = CheckworthyModel.load(out)
    test = json.loads((cb / "test.json").read_text(encoding="utf-8"))
    scores = model.score([r["text"] for r in test], vectors)
    view = _view([int(r["label"]) for r in test], scores, [s >= 0.5 for s in scores])
    return {"trained_by_user_on": "ClaimBuster dev side + CLEF-2019 training", "model_file_bytes": size,
            "claimbuster_test": view, "clef2019_test": mean_ranking(model, clef(clef_folder / "test_annotated"),
                                                                      vectors)}
