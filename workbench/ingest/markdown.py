"""Markdown articles: YAML front matter for metadata, markup stripped to plain paragraphs.

markdown-it-py (already installed with rich) parses the markup, so emphasis, links,
images, code and HTML blocks are handled the way any CommonMark renderer would: claims
must not carry ``**`` or ``[text](url)`` noise, and offsets must index plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from workbench.errors import WorkbenchError
from workbench.ingest.meta import canonical_meta

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

FRONT_MATTER_FENCE = "---"
FRONT_MATTER_END = ("---", "...")
SKIPPED_BLOCKS = {"fence", "code_block", "html_block", "hr"}

# Front matter is a handful of short fields. A larger block is a dump or an attack, and an
# anchor/alias lets 447 bytes expand into a 156 MB title (a "billion laughs"): refuse both.
MAX_FRONT_MATTER_BYTES = 64 * 1024


# markdown-it and PyYAML are imported at the first Markdown file, not by every ingest (a JSONL or HTML
# ingest never needs them: 0.045 CPU-s of start-up, issue 12).
@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


@cache
def _no_alias_loader() -> type:
    import yaml

    class _NoAliasLoader(yaml.SafeLoader):
        """SafeLoader that refuses aliases (``*name``), so parsed size stays linear in the text."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", event.start_mark)
            return super().compose_node(parent, index)

    return _NoAliasLoader


class FrontMatterError(WorkbenchError, ValueError):
    """Front matter that is not valid YAML mapping; the message names the line."""


@dataclass
class MarkdownDoc:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def split_front_matter(source: str) -> tuple[dict[str, Any], str, int]:
    """(metadata, body, line number where the body starts); no front matter -> ({}, source, 1)."""
    lines = source.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return {}, source, 1
    for end in range(1, len(lines)):
        if lines[end].strip() in FRONT_MATTER_END:
            break
    else:
        raise FrontMatterError("line 1: front matter opened with --- but never closed")
    block = "\n".join(lines[1:end])
    if len(block.encode("utf-8", errors="replace")) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(f"front matter is over {MAX_FRONT_MATTER_BYTES // 1024} KB, refused")
    import yaml

    try:
        data = yaml.load(block, Loader=_no_alias_loader()) or {}  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise FrontMatterError(f"{where}front matter is not valid YAML ({problem})") from None
    except RecursionError:  # "[[[[..." thousands deep: the composer recurses per level
        raise FrontMatterError("front matter is nested too deeply") from None
    except ValueError as exc:  # YAML timestamps that are not dates ("2023-02-30")
        raise FrontMatterError(f"front matter has a bad value ({exc})") from None
    if not isinstance(data, dict):
        raise FrontMatterError("line 2: front matter must be a mapping of key: value lines")
    return canonical_meta(data), "\n".join(lines[end + 1 :]), end + 2


def _inline_text(token: Token) -> str:
    """Plain text of an inline token: link text kept, images and raw HTML dropped."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return re.sub(r"[ \t]+", " ", "".join(parts)).strip()


def markdown_to_text(body: str) -> tuple[str, str | None]:
    """(plain text with one paragraph per block, text of the first level-1 heading)."""
    blocks: list[str] = []
    first_h1: str | None = None
    row: list[str] | None = None
    heading_level = 0
    for token in _parser().parse(body):
        if token.type in SKIPPED_BLOCKS:
            continue
        if token.type == "heading_open":
            heading_level = int(token.tag[1:])
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(" | ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
            elif text:
                if heading_level == 1 and first_h1 is None and not blocks:
                    first_h1 = text
                blocks.append(text)
        elif token.type == "heading_close":
            heading_level = 0
    return "\n\n".join(b for b in blocks if b.strip()), first_h1


def parse_markdown(source: str) -> MarkdownDoc:
    """Front matter + plain text. The leading H1 becomes the title when none was given and
    is dropped from the text when it repeats the title (headline is metadata, not a claim)."""
    meta, body, _ = split_front_matter(source)
    text, first_h1 = markdown_to_text(body)
    title = meta.get("title")
    if first_h1 and (title is None or " ".join(str(title).split()).casefold() == first_h1.casefold()):
        meta.setdefault("title", first_h1)
        text = text[len(first_h1) :].lstrip("\n")
    return MarkdownDoc(text=text, meta=meta)
