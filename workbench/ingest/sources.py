"""Turning what the user typed (files, folders, ``-``) into a list of inputs to read.

Kept apart from the readers so the pipeline knows how many inputs there are before
reading any (for the progress bar), and so path rules live in one place: folders are
walked recursively in a stable order; hidden files and folders, unknown extensions and
folder notes (README, LICENSE, ...) are skipped silently in a walk; a file named
explicitly is always tried, as plain text when its extension is unknown.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from workbench.models import IngestProblem

STDIN_NAME = "<stdin>"
FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# Files that describe a folder rather than hold an article (the samples folder has a README).
FOLDER_NOTES = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice", "authors"})


@dataclass(frozen=True)
class InputSource:
    """One input: ``path`` is absolute and resolved (None for stdin); ``display`` is what the user
    will recognise in messages (the path as given, or as found under the folder given)."""

    display: str
    fmt: str  # txt | md | html | jsonl | stdin
    path: Path | None = None

    @property
    def is_stdin(self) -> bool:
        return self.path is None


def format_for(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _resolve(path: Path, display: str, problems: list[IngestProblem]) -> Path | None:
    """``path`` resolved, or None with one problem (a symlink loop raises RuntimeError before 3.13)."""
    try:
        return path.resolve(strict=True)
    except RuntimeError:
        problems.append(IngestProblem(display, "symlink loop, skipped"))
    except OSError as exc:
        reason = "symlink loop, skipped" if exc.errno == errno.ELOOP else f"cannot read ({exc.strerror or exc})"
        problems.append(IngestProblem(display, reason))
    return None


def _walk(folder: Path, shown: str) -> tuple[list[InputSource], list[IngestProblem]]:
    found: list[InputSource] = []
    problems: list[IngestProblem] = []

    def on_error(exc: OSError) -> None:
        problems.append(IngestProblem(exc.filename or shown, f"cannot read folder ({exc.strerror or exc})"))

    for root, dirs, files in os.walk(folder, onerror=on_error, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            path = Path(root) / name
            fmt = format_for(path)
            if _hidden(name) or fmt is None or path.stem.lower() in FOLDER_NOTES:
                continue
            display = str(Path(shown) / path.relative_to(folder))
            resolved = _resolve(path, display, problems)
            if resolved is not None and not resolved.is_file():  # a FIFO would block the run forever
                problems.append(IngestProblem(display, "not a regular file, skipped"))
            elif resolved is not None:
                found.append(InputSource(display=display, fmt=fmt, path=resolved))
    return found, problems


def expand_paths(paths: list[str]) -> list[InputSource | IngestProblem]:
    """Inputs in the order given (folders expanded, duplicates dropped) and one problem per bad path."""
    out: list[InputSource | IngestProblem] = []
    seen: set[str] = set()

    def add(src: InputSource) -> None:
        key = STDIN_NAME if src.path is None else str(src.path)
        if key not in seen:
            seen.add(key)
            out.append(src)

    for given in paths:
        if given == "-":
            add(InputSource(display=STDIN_NAME, fmt="stdin"))
            continue
        path = Path(given).expanduser()
        if path.is_dir():
            found, problems = _walk(path, given)
            out.extend(problems)
            if not found and not problems:
                out.append(IngestProblem(given, "no .txt, .md, .html or .jsonl files in this folder"))
            for src in found:
                add(src)
        elif path.is_file() or path.is_symlink():  # a dangling or looping link is not is_file()
            problems: list[IngestProblem] = []
            resolved = _resolve(path, given, problems)
            out.extend(problems)
            if resolved is not None and not resolved.is_file():
                out.append(IngestProblem(given, "not a regular file"))
            elif resolved is not None:
                add(InputSource(display=given, fmt=format_for(path) or "txt", path=resolved))
        elif path.exists():
            out.append(IngestProblem(given, "not a regular file"))
        else:
            out.append(IngestProblem(given, "no such file or directory"))
    return out
