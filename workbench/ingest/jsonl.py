"""JSON Lines: one article per line, read as a stream.

A scraper's export can hold thousands of articles, so the file is never loaded whole
(the per-input size cap applies to each line instead). A broken line becomes one
IngestProblem naming ``file:line`` and the other lines still land.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from workbench.ingest.encoding import InputRefused, decode_bytes, max_input_bytes, too_large_message
from workbench.models import IngestProblem

_CHUNK = 1 << 20


def bounded_lines(fh: IO[bytes], limit: int | None = None) -> Iterator[bytes]:
    """The lines of a binary stream, none held longer than ``limit`` + 1 bytes.

    ``for line in fh`` would read a 2 GB file without a newline into memory before the
    size check could refuse it; here the rest of an oversized line is skipped in chunks
    and the line arrives cut at ``limit + 1`` bytes, which the size check then refuses.
    """
    cap = max_input_bytes() if limit is None else limit
    while True:
        line = fh.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            while (rest := fh.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
        yield line


def parse_line(raw: bytes) -> dict[str, Any]:
    """One line -> the article's fields; raises ValueError/InputRefused with a one-line reason."""
    limit = max_input_bytes()
    if len(raw) > limit:
        raise InputRefused(too_large_message(None, limit))
    text = decode_bytes(raw).text
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:  # "[[[[..." a hundred thousand deep: the parser recurses per level
        raise ValueError("invalid JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise ValueError('no "text" field with the article text')
    return obj


def iter_records(lines: Iterable[bytes], display: str) -> Iterator[tuple[int, dict[str, Any]] | IngestProblem]:
    """(line number, object) for each good line, an IngestProblem for each bad one; blank lines skipped."""
    any_line = False
    for lineno, raw in enumerate(lines, start=1):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        any_line = True
        where = f"{display}:{lineno}"
        try:
            yield lineno, parse_line(raw)
        except (InputRefused, ValueError) as exc:
            yield IngestProblem(where, str(exc))
    if not any_line:
        yield IngestProblem(display, "empty")
