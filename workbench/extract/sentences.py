"""Sentence segmentation with offsets: pysbd plus the fixes news text needs.

pysbd does the hard part (abbreviations such as "U.S.", "Gen.", "Feb.", decimals such as
"1.8 million", thousands such as "500,000"). Around it we add what a claim list needs:

* offsets into the original text, found with a moving cursor (pysbd's own ``char_span``
  mode re-finds each sentence with a regex search and can land on an earlier duplicate);
* paragraph structure: a blank line always ends a sentence, and a line without final
  punctuation (a headline, a markdown heading, a masthead) is a unit of its own, flagged
  ``heading`` so the claim filter can drop it;
* repairs of pysbd's rare bad splits: a piece that is only (or starts with) a closing quote
  (``there.`` + ``" The``) and a piece that starts in lowercase are glued to the sentence before;
* single newlines inside a paragraph are line wrapping, never a boundary by themselves.

Quotations that run over several sentences are NOT merged: each sentence stays its own
claim (a three-sentence quote holds three checkable statements). Instead every sentence
keeps its ``paragraph`` number, and :mod:`workbench.extract.attribution` re-reads the
quote marks sentence by sentence to give every sentence inside a quote run the speaker
named where the quote closes (or where it opened).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
# Characters that end a sentence line, ignoring closing quotes/brackets and emphasis marks.
LINE_END_TRAILERS = "\"'”’)]*_ \t\u00a0"
TERMINAL = ".!?:;…"
CLOSING_MARKS = '"”’»)]'
# A line ending in one of these is a hard-wrapped sentence, not a headline.
CONTINUATION_WORDS = frozenset(
    "a an the of to in on at by for with and or but from as that which who than into over under about "
    "his her its their our your this these those".split()
)
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
# "KYIV, Feb 24 (Meridian Wire) - ", "WASHINGTON (Reuters) — ", "BAKHMUT, Ukraine, Feb. 20, 2023 -- "
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'\- ]{1,30})(?:,\s*[A-Z][A-Za-z.]+)*(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^()]{1,40}\))?\s*(?:-{1,2}|–|—)\s+"
)


@dataclass
class Sentence:
    """One sentence (or heading line) of a document; ``text == document[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    heading: bool = False


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def dateline_end(sentence: str) -> int:
    """Length of a wire dateline ("KYIV, Feb 24 (Meridian Wire) - ") opening the sentence, else 0."""
    match = DATELINE.match(sentence)
    if not match:
        return 0
    rest = sentence[match.end() :]
    # The dateline is followed by a real sentence that starts with a capital, a digit or a quote.
    return match.end() if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in '"“' else 0


def _is_heading_line(line: str, next_line: str | None) -> bool:
    """A line that cannot be part of a longer sentence: heading, headline, masthead, byline."""
    stripped = line.strip()
    if not stripped:
        return False
    if MARKDOWN_HEADING.match(line) or BULLET.match(line):
        return True
    core = stripped.rstrip(LINE_END_TRAILERS)
    if not core or core[-1] in TERMINAL or core[-1] == ",":
        return False
    words = core.split()
    if words[-1].lower() in CONTINUATION_WORDS:
        return False
    if next_line is None or len(words) <= 3:
        return True
    nxt = next_line.strip()
    return not nxt or not nxt[0].islower()


def _units(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, paragraph, heading) spans that no sentence may cross."""
    units: list[tuple[int, int, int, bool]] = []
    pos = 0
    para = 0
    blocks: list[tuple[int, int]] = []
    for brk in PARAGRAPH_BREAK.finditer(text):
        blocks.append((pos, brk.start()))
        pos = brk.end()
    blocks.append((pos, len(text)))
    for b_start, b_end in blocks:
        block = text[b_start:b_end]
        if not block.strip():
            continue
        lines = block.split("\n")
        offset = b_start
        run_start: int | None = None
        for i, line in enumerate(lines):
            line_start, line_end = offset, offset + len(line)
            offset = line_end + 1
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if _is_heading_line(line, nxt):
                if run_start is not None:
                    units.append((run_start, line_start, para, False))
                    run_start = None
                units.append((line_start, line_end, para, True))
            elif run_start is None:
                run_start = line_start
        if run_start is not None:
            units.append((run_start, b_end, para, False))
        para += 1
    return units


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pysbd_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` located by a cursor, then repaired."""
    # Single newlines inside a unit are wrapping, not boundaries (pysbd would split there);
    # replacing them one-for-one keeps every offset valid.
    chunk = text[start:end].replace("\n", " ")
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().segment(chunk):
        core = piece.strip()
        if not core:
            continue
        found = chunk.find(core, cursor)
        if found < 0:  # pysbd altered the text (should not happen with clean=False)
            continue
        spans.append((start + found, start + found + len(core)))
        cursor = found + len(core)
    repaired: list[tuple[int, int]] = []
    for s, e in spans:
        piece = text[s:e]
        if repaired and len(piece) > 2 and piece[0] in CLOSING_MARKS and piece[1].isspace():
            # '...there.' + '" The war goes on.': the quote mark closes the sentence before.
            repaired[-1] = (repaired[-1][0], s + 1)
            s, e = _strip_span(text, s + 1, e)
            piece = text[s:e]
        glue = repaired and (not any(ch.isalnum() for ch in piece) or piece[0].islower())
        if glue:
            repaired[-1] = (repaired[-1][0], e)
        else:
            repaired.append((s, e))
    return repaired


def split_sentences(text: str) -> list[Sentence]:
    """Split a document into sentences whose offsets index ``text`` (stripped, never empty)."""
    sentences: list[Sentence] = []
    for u_start, u_end, para, heading in _units(text):
        u_start, u_end = _strip_span(text, u_start, u_end)
        if u_start >= u_end:
            continue
        spans = _pysbd_spans(text, u_start, u_end)
        # A "heading" line that pysbd splits is a line of prose that lost its final stop.
        heading = heading and len(spans) == 1
        for s, e in spans:
            s, e = _strip_span(text, s, e)
            if s < e:
                sentences.append(Sentence(len(sentences), s, e, text[s:e], para, heading))
    return sentences
