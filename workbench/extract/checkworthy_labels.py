"""A desk's own labelled lines for ``workbench checkworthy train``: CSV or JSONL, read defensively.

Each record is one line of text a reviewer judged worth checking (1) or not (0), with optional
context: ``speaker`` (who said it), ``transcript`` (which debate, interview or article it belongs
to) and ``line`` (its order there). Lines of one transcript get the context the ranking uses
(speaker roles, neighbouring lines); a record without ``transcript`` is a lone sentence.

The file is untrusted: a bad record (no text, a label that is not yes/no, a broken JSON line, a
field over the size cap) becomes one :class:`~workbench.models.IngestProblem` naming the file and
line, and the other records still count. Reading is one pass, so cost stays linear in the file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError
from workbench.models import IngestProblem
from workbench.textnorm import printable

MAX_TEXT_CHARS = 5_000  # one line a reviewer judged; a longer "line" is a whole document pasted by mistake
MAX_FIELD_CHARS = 200  # speaker and transcript names
_YES = {"1", "true", "yes", "y", "check", "checkworthy", "check-worthy"}
_NO = {"0", "false", "no", "n", "skip"}


class LabelsError(WorkbenchError):
    """A label file that cannot be used at all (missing, unreadable, no usable record), in one line."""


@dataclass(frozen=True)
class LabelledLine:
    """One judged line: ``label`` 1 = worth checking; ``transcript`` None = a lone sentence."""

    text: str
    label: int
    speaker: str = ""
    transcript: str | None = None
    line: float | None = None  # order within the transcript (file order when absent)


def _label(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float) and value in (0, 1):
        return int(value)
    word = str(value).strip().lower()
    if word in _YES:
        return 1
    if word in _NO:
        return 0
    raise ValueError(f"label must be 1/0 or yes/no, not {printable(str(value))[:40]!r}")


def _short(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        raise ValueError(f"{key} must be text")
    text = " ".join(str(value).split())
    if len(text) > MAX_FIELD_CHARS:
        raise ValueError(f"{key} is longer than {MAX_FIELD_CHARS} characters")
    return text


def parse_record(record: dict[str, Any]) -> LabelledLine:
    """One record -> a :class:`LabelledLine`; ValueError with a one-line reason otherwise."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"text is longer than {MAX_TEXT_CHARS} characters")
    if "label" not in record or record["label"] in (None, ""):
        raise ValueError("no label")
    order = record.get("line")
    position = None
    if order not in (None, ""):
        try:
            position = float(order)
        except (TypeError, ValueError):
            raise ValueError(f"line must be a number, not {printable(str(order))[:40]!r}") from None
        if position != position or position in (float("inf"), float("-inf")):
            raise ValueError("line must be a finite number")
    transcript = _short(record, "transcript") or None
    return LabelledLine(" ".join(text.split()), _label(record["label"]), _short(record, "speaker"), transcript,
                        position)


def _records(path: Path, shown: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, record or the reason it is unreadable), one pass over the file."""
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        if path.suffix.lower() == ".jsonl":
            for number, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                if len(raw) > 4 * MAX_TEXT_CHARS:
                    yield number, "record is too long"
                    continue
                try:
                    obj = json.loads(raw)
                except (ValueError, RecursionError):  # RecursionError: brackets nested thousands deep
                    yield number, "not a JSON object"
                    continue
                yield number, obj if isinstance(obj, dict) else "not a JSON object"
            return
        if path.suffix.lower() != ".csv":
            raise LabelsError(f"{shown}: labels must be a .csv or .jsonl file")
        reader = csv.DictReader(fh)
        previous = csv.field_size_limit(4 * MAX_TEXT_CHARS)  # process-wide: put back when the file is read
        try:
            if not reader.fieldnames or "text" not in reader.fieldnames or "label" not in reader.fieldnames:
                raise LabelsError(f"{shown}: the CSV header must name the columns text and label")
            end = reader.line_num
            while True:
                start = end + 1  # a quoted field may span lines: a record is named by its first line
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield start, f"unreadable CSV ({printable(str(exc))[:80]})"
                    continue
                finally:
                    end = reader.line_num
                if None in row:
                    yield start, "more fields than the header names"
                    continue
                yield start, row
        finally:
            csv.field_size_limit(previous)


def read_labels(path: str | Path) -> tuple[list[LabelledLine], list[IngestProblem]]:
    """The usable lines of ``path`` and one problem per bad record (``file:line``); LabelsError if none."""
    path = Path(path)
    shown = printable(str(path))
    if not path.is_file():
        raise LabelsError(f"{shown}: no such file")
    lines: list[LabelledLine] = []
    problems: list[IngestProblem] = []
    try:
        for number, record in _records(path, shown):
            if isinstance(record, str):
                problems.append(IngestProblem(f"{shown}:{number}", record))
                continue
            try:
                lines.append(parse_record(record))
            except ValueError as exc:
                problems.append(IngestProblem(f"{shown}:{number}", str(exc)))
    except OSError as exc:
        raise LabelsError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    if not lines:
        raise LabelsError(f"{shown}: no usable labelled line")
    return lines, problems
