"""``Lowered``: a case-insensitive pattern run case-sensitively over the lower-cased text gives the same spans.

The character facts the module's exactness rests on are checked over all of Unicode (outside the four
folding characters ``gates.words_of`` refuses), and every pattern check-worthiness runs this way is
compared with its plain case-insensitive search on probes in every case, with non-ASCII letters,
upper-case digits' neighbours and the folding characters.
"""

from __future__ import annotations

import re
import sys

import pytest

from workbench.extract import checkworthy
from workbench.extract.gates import words_of
from workbench.extract.lowered import Lowered, lowerable

FOLDS = "\u0130\u0131\u017f\u212a"


def _all_chars() -> str:
    return "".join(chr(cp) for cp in range(sys.maxunicode + 1)
                   if not 0xD800 <= cp <= 0xDFFF and chr(cp) not in FOLDS)


def test_lower_keeps_length_and_classes_outside_the_folding_characters():
    chars = _all_chars()
    low = chars.lower()
    assert len(low) == len(chars)  # every other code point lowers to one code point
    for cls in (r"\w", r"\d", r"\s", r"\b"):
        pattern = re.compile(cls)
        assert [m.start() for m in pattern.finditer(chars)] == [m.start() for m in pattern.finditer(low)], cls


def test_an_ascii_literal_matches_case_insensitively_exactly_where_the_lowered_char_equals_it():
    chars = _all_chars()
    low = chars.lower()
    for code in range(128):
        if "A" <= chr(code) <= "Z":
            continue
        literal = re.escape(chr(code))
        folded = [m.start() for m in re.finditer(literal, chars, re.I)]
        assert folded == [m.start() for m in re.finditer(literal, low)], repr(chr(code))
    for span in ("[a-z]", "[0-9]", "[a-f]"):
        assert [m.start() for m in re.finditer(span, chars, re.I)] == [m.start() for m in re.finditer(span, low)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(?:said|told)\b", True),
        (r"\b[a-z]{3,}ed\b", True),
        (r"\bI think\b", False),  # an upper-case literal
        (r"caf\u00e9", False),  # a non-ASCII literal
        (r"[^a-z]x", False),  # a negated class
        (r"(?-i:said)", False),  # an inline flag
        (r"[A-Z]\w+", False),
    ],
)
def test_lowerable_reads_the_pattern(source, expected):
    assert lowerable(re.compile(source, re.I)) is expected


def test_a_case_sensitive_pattern_is_never_lowered():
    assert not lowerable(re.compile(r"\bsaid\b"))


PROBES = [
    "Officials said 1,200 people were killed and 31 wounded; forces withdrew, he told reporters.",
    "No more than half the troops held the line, according to the ministry, which denied it.",
    "Thoughts and prayers to the families; thank you, God bless. We mourn.",
    "The council VOTED and PASSED the budget; it was signed, approved and funded.",
    "He didn't immediately respond to a request for comment. The claim was not verified.",
    "Caf\u00e9 owners in Z\u00fcrich \u00c9TATS-UNIS reported a STRATEGIC setback, crucially.",
    "\u0130stanbul officials SA\u0130D the \u017fhelling killed ſeven; the \u212aey city held.",
    "Seven thousand, twenty percent, a quarter, per cent, dozens, twice as many.",
    "It outnumbered and exceeded the forecasts at least three times over.",
    "Ordinary words with no features whatsoever here.",
    "",
]
PATTERNS = ["NUMBER", "REPORTING", "EVENT", "COMPARATIVE", "ASSESSMENT", "NEGATION", "NEWSROOM_NOTE", "RECORD",
            "CEREMONIAL", "PAST_FORM"]


@pytest.mark.parametrize("name", PATTERNS)
@pytest.mark.parametrize("text", PROBES + [p.upper() for p in PROBES] + [p.title() for p in PROBES])
def test_lowered_search_matches_the_plain_search(name, text):
    pattern = getattr(checkworthy, name)
    assert lowerable(pattern)
    lowered = Lowered(pattern)
    words = words_of(text)
    low = text.lower() if words is not None else None
    plain = [m.span() for m in pattern.finditer(text)]
    found = lowered.search(text, low, words)
    assert (found.span() if found else None) == (plain[0] if plain else None)
    assert len(lowered.findall(text, low, words)) == len(pattern.findall(text))
    if low is not None and lowered.twin is not None:
        assert [m.span() for m in lowered.twin.pattern.finditer(low)] == plain


def test_a_literal_without_case_is_lowerable_and_only_itself_lowers_onto_it():
    """speed14: a curly quote or a dash no longer keeps a pattern from its twin. Exact because a character without
    case is matched as itself under re.I, and no other code point (outside the folding four) lower-cases onto it."""
    assert lowerable(re.compile(r"\bfive\s+o['’]clock\b", re.I))
    assert lowerable(re.compile(r"\s[-–—]\s", re.I))
    assert not lowerable(re.compile(r"\bstra\u00dfe\b", re.I))  # "ß" has case ("SS"): still no twin
    chars = _all_chars()
    onto: dict[str, list[str]] = {}
    for ch in chars:
        onto.setdefault(ch.lower(), []).append(ch)
    for ch in chars:
        if ord(ch) >= 128 and ch.lower() == ch == ch.upper():
            assert onto[ch] == [ch], repr(ch)
    low = chars.lower()
    for source in ("’", "–", "[-–—]", "[\"“”«»]", "°"):
        assert [m.start() for m in re.finditer(source, chars, re.I)] == [m.start() for m in re.finditer(source, low)]
