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

from workbench.extract.lines import units as _units
from workbench.extract.memo import SENTENCES, cached

CLOSING_MARKS = '"”’»)]'
# "LIMA, Feb 24 (Meridian Wire) - ", "WASHINGTON (Reuters) — ", "SPRINGFIELD, Ill., Feb. 20, 2023 -- "
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


BASES = ("nupunkt", "pysbd")
DEFAULT_BASE = "nupunkt"
# Longest text handed to the base segmenter at once, and longest sentence passed on: both
# bound the per-piece work, so segmentation and attribution stay linear in paragraph length.
WINDOW = 4000
MAX_SENTENCE = 1500
# Abbreviations after which a sentence never ends: titles ("Sen.", "Gov.", "Mr.") and
# party-state tags ("R-Ariz.", "D-Calif."). Initials ("J.") and dotted forms ("U.S.") are
# the base segmenter's business; these are the ones news capitalises *before* a name.
TITLES = (
    "mr|mrs|ms|messrs|dr|prof|sen|sens|rep|reps|gov|govs|lt|gen|col|maj|capt|cmdr|adm|sgt|cpl|pvt|"
    "rev|sr|jr|st|hon|pres|supt|det|insp|amb|atty|gens|ft|mt"
)
NO_SPLIT_AFTER = re.compile(rf"(?:(?<![\w.])(?:{TITLES})|(?<![\w-])[A-Z]-[A-Z][a-z]{{1,5}}|(?<![\w.])[A-Z])\.$", re.I)
PARTY_STATE_END = re.compile(r"(?<![\w-])[A-Z]-[A-Z][A-Za-z]{1,5}\.$")
# Lowercase abbreviations that do not end a sentence even before a capital ("vs. Trump").
LOWER_ABBREV = frozenset("vs etc al approx e.g i.e a.m p.m ca cf esp incl est dept".split())
# A stop after a lowercase word, then an optional closing quote, space and a capital: a boundary
# wherever the base segmenter left one (pysbd never splits inside quotation marks).
INNER_BOUNDARY = re.compile(r"(?<=[a-z%)\d])([.!?]+[\"”’]?)(\s+)(?=[\"“‘]?[A-Z])")
WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
# A piece that is only a dotted abbreviation ("U.S.") opens the sentence after it.
DOTTED_ONLY = re.compile(r"^(?:[A-Z]\.){2,4}$")
GLUE_START = re.compile(r"^[,;:)\]]")
# '“You want to pet him?” | Mr. Obama asked.': a quote ending in ?/! followed by its speech tag.
QUOTE_END = re.compile(r"[?!…][\"”’]$")
SPEECH_TAG = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|continued|replied|wrote|told|shouted|"
    r"yelled|tweeted|responded|recalled|insisted|declared|exclaimed)\b"
)


@lru_cache(maxsize=1)
def _pysbd():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _base_pieces(chunk: str, base: str) -> list[str]:
    if base == "pysbd":
        return list(_pysbd().segment(chunk))
    import nupunkt

    return list(nupunkt.sent_tokenize(chunk))


def _windows(chunk: str) -> list[tuple[int, int]]:
    """Cut a long chunk into pieces of at most ~WINDOW chars, at a sentence-looking stop or a space."""
    out: list[tuple[int, int]] = []
    pos = 0
    while len(chunk) - pos > WINDOW:
        limit = pos + WINDOW
        cut = max(chunk.rfind(". ", pos + WINDOW // 2, limit), chunk.rfind("? ", pos + WINDOW // 2, limit))
        cut = cut + 2 if cut > 0 else chunk.rfind(" ", pos + 1, limit) + 1
        if cut <= pos:
            cut = limit
        out.append((pos, cut))
        pos = cut
    out.append((pos, len(chunk)))
    return out


def _split_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A run-on sentence beyond MAX_SENTENCE is cut at spaces, so later steps see bounded pieces."""
    out: list[tuple[int, int]] = []
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        out.append(_strip_span(text, s, cut))
        s = _strip_span(text, cut, e)[0]
    out.append((s, e))
    return out


def _inner_splits(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a piece at stops the base missed (inside quotations, after a lowercase word)."""
    out: list[tuple[int, int]] = []
    cur = s
    for m in INNER_BOUNDARY.finditer(text, s, e):
        word = WORD_BEFORE.search(text, max(cur, m.start(1) - 40), m.start(1))
        if word and word.group(1).lower().rstrip(".") in LOWER_ABBREV:
            continue
        out.append((cur, m.end(1)))
        cur = m.end(2)
    out.append((cur, e))
    return out


def _repair(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The repair layer over any base segmenter; every rule is local to two neighbouring pieces."""
    fine: list[tuple[int, int]] = []
    for s, e in spans:
        fine.extend(_inner_splits(text, s, e))
    repaired: list[tuple[int, int]] = []
    for s, e in fine:
        piece = text[s:e]
        if repaired and len(piece) > 2 and piece[0] in CLOSING_MARKS and piece[1].isspace():
            # '...there.' + '" The war goes on.': the quote mark closes the sentence before.
            repaired[-1] = (repaired[-1][0], s + 1)
            s, e = _strip_span(text, s + 1, e)
            piece = text[s:e]
        if not piece:
            continue
        glue = False
        if repaired:
            prev = text[repaired[-1][0] : repaired[-1][1]]
            glue = (
                not any(ch.isalnum() for ch in piece)
                or piece[0].islower()
                or bool(GLUE_START.match(piece))
                or (bool(NO_SPLIT_AFTER.search(prev)) and not PARTY_STATE_END.search(prev))
                or (bool(QUOTE_END.search(prev)) and bool(SPEECH_TAG.match(piece)))
                or bool(DOTTED_ONLY.match(prev))
            )
        if glue:
            repaired[-1] = (repaired[-1][0], e)
        else:
            repaired.append((s, e))
    # Second pass: a title may have been glued to its name only now ("Mr." + "Obama asked").
    tagged: list[tuple[int, int]] = []
    for s, e in repaired:
        if tagged and QUOTE_END.search(text[tagged[-1][0] : tagged[-1][1]]) and SPEECH_TAG.match(text[s:e]):
            tagged[-1] = (tagged[-1][0], e)
        else:
            tagged.append((s, e))
    return tagged


def dateline_end(sentence: str) -> int:
    """Length of a wire dateline ("LIMA, Feb 24 (Meridian Wire) - ") opening the sentence, else 0."""
    match = DATELINE.match(sentence)
    if not match:
        return 0
    rest = sentence[match.end() :]
    # The dateline is followed by a real sentence that starts with a capital, a digit or a quote.
    return match.end() if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in '"“' else 0


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _spans(text: str, start: int, end: int, base: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (a unit, which opens a line), as offsets into ``text``.

    The spans are a pure function of the unit's own text: every step below reads only inside
    ``[start, end)`` except INNER_BOUNDARY's one-character look-behind at ``start``, and there a unit
    (it opens a line, stripped) has whitespace or the text's start, which the look-behind treats alike.
    So a unit is split once and a repeat (syndicated wire copy repeats whole paragraphs across outlets)
    is served from a bounded memo, shifted to its offset (issue 12). Only units up to MAX_SENTENCE
    characters are kept (news paragraphs; repeats are wire copy), so the memo holds a few MB at most.
    """
    if end - start > MAX_SENTENCE:
        return _split_unit(text, start, end, base)
    return [(start + s, start + e) for s, e in _unit_spans(text[start:end], base)]


@cached(maxsize=SENTENCES)
def _unit_spans(unit: str, base: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split_unit(unit, 0, len(unit), base))


def _split_unit(text: str, start: int, end: int, base: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``: base segmenter per window, located by a cursor, repaired."""
    # Single newlines inside a unit are wrapping, not boundaries; replacing them one-for-one
    # keeps every offset valid.
    chunk = text[start:end].replace("\n", " ")
    spans: list[tuple[int, int]] = []
    for w_start, w_end in _windows(chunk):
        window = chunk[w_start:w_end]
        cursor = 0
        for piece in _base_pieces(window, base):
            core = piece.strip()
            if not core:
                continue
            found = window.find(core, cursor)
            if found < 0:  # the base altered the text (neither does)
                continue
            cursor = found + len(core)
            spans.append((start + w_start + found, start + w_start + cursor))
    out: list[tuple[int, int]] = []
    for s, e in _repair(text, spans):
        out.extend(_split_long(text, s, e))
    return out


def split_sentences(text: str, base: str = DEFAULT_BASE) -> list[Sentence]:
    """Split a document into sentences whose offsets index ``text`` (stripped, never empty).

    ``base`` picks the base segmenter under the repair layer (benchmarks compare them)."""
    sentences: list[Sentence] = []
    for u_start, u_end, para, heading in _units(text):
        u_start, u_end = _strip_span(text, u_start, u_end)
        if u_start >= u_end:
            continue
        spans = _spans(text, u_start, u_end, base)
        # A "heading" line that the segmenter splits is a line of prose that lost its final stop.
        heading = heading and len(spans) == 1
        for s, e in spans:
            s, e = _strip_span(text, s, e)
            if s < e:
                sentences.append(Sentence(len(sentences), s, e, text[s:e], para, heading))
    return sentences
