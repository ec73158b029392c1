"""Reading inputs into :class:`~workbench.models.Article` objects, one format at a time.

Every reader ends the same way (:func:`make_article`): metadata cleaned, dates as ISO,
an outlet a reviewer can tell apart, the user's overrides on top, and text normalized
with :func:`workbench.textnorm.normalize_text` so claim offsets index exactly what the
store keeps. Nothing here raises on bad input: each problem is yielded as an
:class:`~workbench.models.IngestProblem` with the file (and line) in it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import IO, Any
from urllib.parse import urlparse

from workbench.ingest.encoding import InputRefused, check_size, decode_bytes, max_input_bytes, too_large_message
from workbench.ingest.html import parse_html
from workbench.ingest.jsonl import bounded_lines, iter_records
from workbench.ingest.markdown import FrontMatterError, parse_markdown
from workbench.ingest.meta import apply_overrides, canonical_meta, clean_str, outlet_from_filename, to_iso_date
from workbench.ingest.plaintext import strip_boilerplate
from workbench.ingest.sources import STDIN_NAME, InputSource, expand_paths
from workbench.models import Article, IngestProblem
from workbench.textnorm import normalize_text, printable

Overrides = dict[str, str | None]
STDIN_OUTLET = "(stdin)"
HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|main|div|p)\b", re.I | re.S)


def url_host(url: str) -> str | None:
    """The host of ``url``; :class:`InputRefused` in one line when the url cannot be parsed.

    ``urlparse`` raises ``ValueError`` on input such as ``http://[::1`` (an unclosed IPv6
    bracket); a feed is untrusted, so that must name the record, not end the run.
    """
    try:
        return urlparse(url).hostname
    except ValueError as exc:
        raise InputRefused(f"url {printable(url)[:120]!r} cannot be parsed ({exc})") from None


def make_article(
    text: str, meta: dict[str, Any], *, fmt: str, source_path: str, fallback_outlet: str, overrides: Overrides | None
) -> Article | None:
    """The finished Article, or None when no text is left after cleaning.

    Raises :class:`InputRefused` for a url that cannot be parsed.
    """
    body = normalize_text(text)
    if not body.strip():
        return None
    url = clean_str(meta.get("url"))
    outlet = clean_str(meta.get("outlet")) or (url_host(url) if url else None) or fallback_outlet
    article = Article(
        text=body,
        outlet=outlet,
        title=clean_str(meta.get("title")),
        url=url,
        author=clean_str(meta.get("author")),
        published=to_iso_date(meta.get("published")),
        source_path=source_path,
        fmt=fmt,
    )
    return apply_overrides(article, overrides)


def parse_text(
    text: str, fmt: str, overrides: Overrides | None, known: dict[str, Any] | None = None
) -> tuple[str, dict[str, Any]]:
    """(body text, raw metadata) for one decoded input; ``fmt`` is txt, md, html or jsonl.

    Every format goes through the plain-text boilerplate rules: extractors and feeds still
    leave datelines, bylines and "ADVERTISEMENT" lines in. What those rules lift (byline,
    dateline, ...) only fills metadata the format itself did not give.
    """
    meta: dict[str, Any] = dict(known or {})
    if fmt == "md":
        doc = parse_markdown(text)
        text, meta = doc.text, doc.meta
    elif fmt == "html":
        html_doc = parse_html(text, url=(overrides or {}).get("url"))
        text, meta = html_doc.text, html_doc.meta
    cleaned = strip_boilerplate(text, find_title=not meta.get("title"))
    lifted = {
        "outlet": cleaned.outlet,
        "author": cleaned.author,
        "published": cleaned.published,
        "title": cleaned.title,
    }
    for key, value in lifted.items():
        if value and not meta.get(key):
            meta[key] = value
    return cleaned.text, meta


def sniff_format(text: str) -> str:
    """Format of text from stdin: HTML markup, Markdown front matter, JSON lines, else plain text."""
    if HTML_START.match(text):
        return "html"
    if text.lstrip("\ufeff").startswith("---\n"):
        return "md"
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        return "jsonl"
    return "txt"


def _records_to_articles(
    records: Iterator[tuple[int, dict[str, Any]] | IngestProblem],
    *,
    display: str,
    source_path: str,
    fmt: str,
    fallback_outlet: str,
    overrides: Overrides | None,
) -> Iterator[Article | IngestProblem]:
    for record in records:
        if isinstance(record, IngestProblem):
            yield record
            continue
        lineno, obj = record
        try:
            body, meta = parse_text(obj["text"], "jsonl", overrides, known=canonical_meta(obj))
            article = make_article(
                body,
                meta,
                fmt=fmt,
                source_path=f"{source_path}:{lineno}",
                fallback_outlet=fallback_outlet,
                overrides=overrides,
            )
        except InputRefused as exc:
            yield IngestProblem(f"{display}:{lineno}", str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the feed
            yield IngestProblem(f"{display}:{lineno}", f"could not be parsed ({type(exc).__name__}: {exc})")
            continue
        yield article or IngestProblem(f"{display}:{lineno}", "no article text")


def _read_jsonl_file(src: InputSource, overrides: Overrides | None) -> Iterator[Article | IngestProblem]:
    assert src.path is not None
    with src.path.open("rb") as fh:
        if b"\x00" in fh.read(8192):
            yield IngestProblem(src.display, "binary file, skipped")
            return
        fh.seek(0)
        yield from _records_to_articles(
            iter_records(bounded_lines(fh), src.display),
            display=src.display,
            source_path=str(src.path),
            fmt="jsonl",
            fallback_outlet=outlet_from_filename(src.path),
            overrides=overrides,
        )


def _from_text(
    text: str, fmt: str, *, display: str, source_path: str, fallback_outlet: str, overrides: Overrides | None
) -> Iterator[Article | IngestProblem]:
    try:
        body, meta = parse_text(text, fmt, overrides)
        article = make_article(
            body, meta, fmt=fmt, source_path=source_path, fallback_outlet=fallback_outlet, overrides=overrides
        )
    except (FrontMatterError, InputRefused) as exc:
        yield IngestProblem(display, str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - a parser bug on one file must not stop the batch
        yield IngestProblem(display, f"could not be parsed ({type(exc).__name__}: {exc})")
        return
    yield article or IngestProblem(display, "no article text found (only page furniture or markup)")


def read_file(src: InputSource, overrides: Overrides | None = None) -> Iterator[Article | IngestProblem]:
    """Articles (or problems) from one file; never raises on bad content or unreadable files."""
    assert src.path is not None
    try:
        if src.fmt == "jsonl":
            yield from _read_jsonl_file(src, overrides)
            return
        check_size(src.path.stat().st_size)
        text = decode_bytes(src.path.read_bytes()).text
    except InputRefused as exc:
        yield IngestProblem(src.display, str(exc))
        return
    except OSError as exc:
        yield IngestProblem(src.display, f"cannot read ({exc.strerror or exc})")
        return
    yield from _from_text(
        text,
        src.fmt,
        display=src.display,
        source_path=str(src.path),
        fallback_outlet=outlet_from_filename(src.path),
        overrides=overrides,
    )


def read_stream(stream: IO[Any] | None = None, overrides: Overrides | None = None) -> Iterator[Article | IngestProblem]:
    """Articles from a text stream (default ``sys.stdin``); the format is sniffed from the content.

    Reads the underlying bytes when the stream has them so encoding detection works as for
    files; reads at most the size cap plus one byte, so a runaway pipe is refused, not slurped.
    """
    stream = sys.stdin if stream is None else stream
    limit = max_input_bytes()
    raw_stream = getattr(stream, "buffer", None)
    try:
        data = raw_stream.read(limit + 1) if raw_stream is not None else stream.read(limit + 1)
        if isinstance(data, str):
            data = data.encode("utf-8", errors="replace")
        if len(data) > limit:
            raise InputRefused(too_large_message(None, limit))
        text = decode_bytes(data).text
    except InputRefused as exc:
        yield IngestProblem(STDIN_NAME, str(exc))
        return
    except (OSError, UnicodeError) as exc:
        yield IngestProblem(STDIN_NAME, f"cannot read ({exc})")
        return
    fmt = sniff_format(text)
    if fmt == "jsonl":
        records = iter_records(iter(text.encode("utf-8").splitlines(keepends=True)), STDIN_NAME)
        for item in _records_to_articles(
            records,
            display=STDIN_NAME,
            source_path=STDIN_NAME,
            fmt="stdin",
            fallback_outlet=STDIN_OUTLET,
            overrides=overrides,
        ):
            if isinstance(item, Article):
                item.source_path = STDIN_NAME  # identity by text, not by line number of a pipe
            yield item
        return
    for item in _from_text(
        text, fmt, display=STDIN_NAME, source_path=STDIN_NAME, fallback_outlet=STDIN_OUTLET, overrides=overrides
    ):
        if isinstance(item, Article):
            item.fmt = "stdin"
        yield item


def read_source(
    src: InputSource, overrides: Overrides | None = None, stdin: IO[Any] | None = None
) -> Iterator[Article | IngestProblem]:
    """Articles (or problems) from one input of :func:`expand_paths`."""
    if src.is_stdin:
        yield from read_stream(stdin, overrides)
    else:
        yield from read_file(src, overrides)


def read_inputs(
    paths: list[str], overrides: dict[str, str | None] | None = None, stdin: IO[Any] | None = None
) -> Iterator[Article | IngestProblem]:
    """Every Article (or IngestProblem) from ``paths``: files, folders (recursive) and ``-`` for stdin."""
    for item in expand_paths(paths):
        if isinstance(item, IngestProblem):
            yield item
        else:
            yield from read_source(item, overrides, stdin)
