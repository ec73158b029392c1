"""``workbench checkworthy train``: a desk trains the check-worthiness ranking on its own labelled lines.

The model file it writes is used by ``workbench ingest --checkworthy-model PATH`` (or the
``checkworthy_model`` setting). The embedding model is loaded inside the command only: the CLI
starts without model libraries (tests/test_heavy_imports.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.text import Text

from workbench.cli.common import console, err_console, friendly_errors, plural, settings, shown

DEFAULT_OUT = "checkworthy-model.json"


def embedding_encoder(cache_dir: Path | None) -> tuple[Any, str]:
    """(encode function, model id) of the bundled sentence embedding (heavy: imported here, on demand)."""
    from workbench.analyze.embed import get_embedder

    embedder = get_embedder("onnx", cache_dir=cache_dir)
    return (lambda texts: embedder.encode(list(texts))), embedder.model_id


def train_file(labels: str | Path, out: str | Path, encode: Any = None, embedding: str | None = None,
               c: float | None = None) -> tuple[Any, list[Any], list[Any]]:
    """Read ``labels``, train, write the model to ``out``: (model, lines used, problems). What the command runs."""
    from workbench.extract.checkworthy_labels import read_labels
    from workbench.extract.checkworthy_model import C, train

    lines, problems = read_labels(labels)
    model = train(lines, encode, embedding, C if c is None else c)
    model.save(out)
    return model, lines, problems


class ModelScorer:
    """Re-scores a document's extracted claims with the model at ``path``.

    Picklable (it carries the path, not the model): worker processes of ``workbench ingest
    --workers N`` and Ray tasks of ``--engine ray`` each load the model, and the embedding when it
    uses one, once per process (``_LOADED``) and score exactly as the local ingest does.
    """

    def __init__(self, path: str | Path, cache_dir: Path | None) -> None:
        self.path, self.cache_dir = str(path), cache_dir

    def load(self) -> tuple[Any, Any]:
        """(model, encode function or None), loaded at the first call in this process."""
        key = (self.path, str(self.cache_dir))
        if key not in _LOADED:
            from workbench.extract.checkworthy_model import CheckworthyModel

            model = CheckworthyModel.load(self.path)
            _LOADED[key] = (model, embedding_encoder(self.cache_dir)[0] if model.dim else None)
        return _LOADED[key]

    def __call__(self, claims: list[Any]) -> None:
        model, encode = self.load()
        model.rescore(claims, encode)


_LOADED: dict[tuple[str, str], tuple[Any, Any]] = {}


def model_scorer(path: str | Path, cache_dir: Path | None) -> ModelScorer:
    """The scorer for the model at ``path``, loaded here so a damaged file stops the command before any work."""
    scorer = ModelScorer(path, cache_dir)
    scorer.load()
    return scorer


def _memory(remembered: int) -> str:
    """The memory of checked lines (a transcript line close to one of them ranks higher), when there is one."""
    return f", remembering {plural(remembered, 'checked transcript line')}" if remembered else ""


@click.group()
def checkworthy() -> None:
    """Check-worthiness: train the ranking on your own labelled lines."""


@checkworthy.command()
@click.option("--labels", "labels", required=True, metavar="FILE",
              help="CSV or JSONL: text, label (1/0, yes/no); optional speaker, transcript, line.")
@click.option("--out", default=DEFAULT_OUT, show_default=True, metavar="PATH", help="Where to write the model (JSON).")
@click.option("--no-embedding", is_flag=True,
              help="Readable features and transcript context only (no sentence embedding: faster ingest).")
@friendly_errors
def train(labels: str, out: str, no_embedding: bool) -> None:
    """Train the check-worthiness ranking on labelled lines and write a model file.

    Use it with: workbench ingest --checkworthy-model PATH ...
    """
    encode, embedding = (None, None) if no_embedding else embedding_encoder(settings().cache_dir)
    model, lines, problems = train_file(labels, out, encode, embedding)
    for problem in problems:
        err_console.print(Text("skipped ", style="yellow").append_text(shown(problem)), highlight=False,
                          soft_wrap=True)
    positives = sum(line.label for line in lines)
    transcripts = len({line.transcript for line in lines if line.transcript is not None})
    line = shown(f"trained on {plural(len(lines), 'line')} ({positives} worth checking, "
                 f"{plural(transcripts, 'transcript')}), {'with' if model.dim else 'without'} the sentence "
                 f"embedding{_memory(len(model.checked))}; model written to {out}")
    console.print(line, highlight=False, soft_wrap=True)


COMMANDS: list[click.Command] = [checkworthy]
