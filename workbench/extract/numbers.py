"""Numbers as news copy writes them: "500,000", "1.8 million", "half a million", "twenty-five".

This is the shared lexer for :mod:`workbench.extract.quantities` and
:mod:`workbench.extract.ratios`. It offers regex *fragments* (strings, so callers can embed
them in bigger patterns) and :func:`parse_number`, which turns a matched fragment into a value.

Why hand-written: no maintained, light library normalises the mix of digits, number words,
scale words and vague plurals ("tens of thousands") that war reporting uses, and the result
must be deterministic and cheap enough to run on 100k sentences.

Conventions (documented because comparison code depends on them):

* Vague plurals give the smallest value they imply, with ``bound="lower"`` and
  ``approx=True``: "dozens" -> 12, "hundreds" -> 100, "thousands" -> 1,000,
  "tens of thousands" -> 10,000, "hundreds of thousands" -> 100,000.
* "a few <scale>" -> 2 x scale, "several <scale>" -> 3 x scale, both lower bounds.
* "half a million" and friends are exact (500,000); modifiers ("roughly") add approx.
* Short scale suffixes ("m", "k") are only read in money ("€50m"), never for counts, where
  "50m" is usually metres. "bn" and "mln" are unambiguous and read everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.extract.daytimes import spoken_spans

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_ABBREV = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_VAGUE = {"dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}

_WORD = r"(?:" + "|".join(sorted([*_UNITS, *_TENS, "hundred", *_SCALES], key=len, reverse=True)) + r")"
SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|bn|mln)"
# Digits: "500,000", "1,800,000", "1.8", "52". Not part of a code ("T-72", "F-16", "M777"),
# a date ("2023-02-07" is the date pattern's), a time ("10:30") or an ordinal ("93rd").
DIGITS_CORE = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
DIGITS = rf"(?<![\w.,:/$£€₴₽-]){DIGITS_CORE}(?!(?:st|nd|rd|th)\b)(?![\d:/])"
WORDNUM = rf"\b{_WORD}(?:(?:[ -]|(?<=hundred) and ){_WORD})*\b"
_FRACTION_OF_SCALE = (
    rf"(?:half|(?:a|one|two|three)[ -](?:quarters?|thirds?))(?: of)? (?:a )?(?:{SCALE_WORD})\b"
)

# A number with its scale, most specific alternative first (the regex engine takes the first
# alternative that matches at a position). Use with re.IGNORECASE.
NUMBER = (
    r"(?:"
    rf"{_FRACTION_OF_SCALE}"
    r"|\b(?:tens|hundreds|dozens) of (?:thousands|millions|billions)\b"
    r"|\b(?:a few|several|a couple of) (?:dozen|hundred|thousand|million|billion)\b"
    rf"|(?:{DIGITS}|{WORDNUM}) and a half\b(?: {SCALE_WORD}\b)?"  # "nine and a half", "two and a half million"
    rf"|{DIGITS}(?: ?{SCALE_WORD}\b)?"
    rf"|\ba (?:dozen|hundred|thousand|million|billion)\b(?: {SCALE_WORD}\b)?"
    rf"|{WORDNUM}(?: dozen\b)?"
    r"|\b(?:dozens|scores|hundreds|thousands|millions|billions)\b"
    r")"
)
# Every NUMBER match with no digit in it holds one of these as a whole word (its number, scale or
# vague word: "a few hundred", "tens of thousands", "half a million", "twenty-five"), so a text with
# neither a digit nor one of these (as lower-case letter runs, see ``extract.gates``) holds no NUMBER.
NUMBER_WORDS = frozenset([*_UNITS, *_TENS, "hundred", *_SCALES, "bn", "mln", "dozen", *_VAGUE])

# Fractions of something, as shares: "half", "a third", "two-thirds", "three-quarters".
FRACTION = r"\b(?:half|(?:a|one|two|three|four)[ -](?:half|thirds?|quarters?|fifths?|tenths?))\b"
# The words a FRACTION match must hold (as whole words): its fraction word.
FRACTION_WORDS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths".split())

# Words that qualify a number. Longest first so "just over" wins over "over".
_MODIFIERS: dict[str, tuple[bool, str | None]] = {
    "about": (True, None), "around": (True, None), "roughly": (True, None), "approximately": (True, None),
    "nearly": (True, None), "almost": (True, None), "some": (True, None), "an estimated": (True, None),
    "estimated": (True, None), "close to": (True, None), "an approximate": (True, None), "approx.": (True, None),
    "more than": (True, "lower"), "over": (True, "lower"), "at least": (True, "lower"), "upwards of": (True, "lower"),
    "in excess of": (True, "lower"), "just over": (True, "lower"), "well over": (True, "lower"),
    "just above": (True, "lower"), "above": (True, "lower"), "no fewer than": (True, "lower"),
    "no less than": (True, "lower"), "up to": (True, "upper"), "less than": (True, "upper"),
    "fewer than": (True, "upper"), "under": (True, "upper"), "no more than": (True, "upper"),
    "at most": (True, "upper"), "as many as": (True, "upper"), "just under": (True, "upper"),
    "below": (True, "upper"), "not more than": (True, "upper"),
}
_MODIFIER_ALTS = "|".join(re.escape(m) for m in sorted(_MODIFIERS, key=len, reverse=True))
# A modifier ending right before a number: search it in the ~20 characters before a match
# (cheaper than an optional prefix group tried at every position of every sentence).
MODIFIER_BEFORE = re.compile(rf"\b(?P<mod>{_MODIFIER_ALTS}) $", re.IGNORECASE)


# what follows the hour of a clock time ("4.30am", "7.45 a.m.", "7 pm"): the hour is no count (``daytimes`` reads it)
_CLOCK_REST = re.compile(r"(?:[.:][0-5]\d)?\s?[ap]\.?m\b\.?", re.IGNORECASE)


def clock_hour(text: str, raw: str, end: int) -> bool:
    """The number ``raw`` ending at ``end`` is the hour of a clock time ("about 4" in "about 4.30am"), or a part of a
    time told in words ("five" and "six" in "five past six", "12" in "12 minutes past seven": no count of anything)."""
    if raw[-1:].isdigit() and _CLOCK_REST.match(text, end) is not None:
        return True  # a digit may also count the minutes of a time told in words: "12 minutes past seven"
    return any(lo < end <= hi for lo, hi in spoken_spans(text))


_DIGITS_SCALE = re.compile(r"(\d[\d,]*(?:\.\d+)?) ?([a-z]+)?")  # compiled once (issue 12)

# A verb of motion whose particle "up" runs into "up to": the figure is where it went, not an upper bound (closed class).
_MOVED_UP = re.compile(r"\b(?:go|goes|went|gone|going|move[sd]?|moving|shot|creep|crept|edged?|inched|ticked|climbed|"
                       r"jumped|rose|risen|rises|rising|rounded|put|puts|putting|push(?:ed|es|ing)?) up$", re.IGNORECASE)


def modifier_before(text: str, start: int) -> re.Match[str] | None:
    """The modifier ending right before a number at ``start`` ("about", "fewer than"), if any; not the "up" of
    "went up to 3.20 marks" (a verb of motion's particle: where the figure went, not "at most")."""
    mod = MODIFIER_BEFORE.search(text, max(0, start - 20), start)
    return None if mod and _MOVED_UP.search(text, max(0, mod.start() - 12), mod.start() + 2) else mod


def modifier_flags(modifier: str | None) -> tuple[bool, str | None]:
    """(approx, bound) for a matched modifier phrase; (False, None) when there is none."""
    if not modifier:
        return False, None
    return _MODIFIERS.get(" ".join(modifier.lower().split()), (False, None))


def _words_value(tokens: list[str]) -> float | None:
    """Value of a run of number words ("two hundred and fifty thousand")."""
    total = 0.0
    current = 0.0
    seen = False
    for tok in tokens:
        if tok in ("and",):
            continue
        if tok == "a":
            current = 1.0
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok in _SCALES:
            total += (current or 1.0) * _SCALES[tok]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


_AND_A_HALF = re.compile(r"(?P<whole>.+) and a half(?: (?P<scale>thousand|million|billion|trillion))?")


def parse_number(raw: str, allow_short_scale: bool = False) -> tuple[float, bool, str | None] | None:
    """Value of a :data:`NUMBER` match as ``(value, approx, bound)``; None if it is not a number.

    ``allow_short_scale`` reads a trailing "m"/"k"/"bn" suffix (money only: "€50m").
    """
    text = " ".join(raw.lower().replace("-", " ").split())
    if not text:
        return None
    tokens = text.split(" ")
    half = _AND_A_HALF.fullmatch(text)  # "nine and a half", "two and a half million": the whole plus a half, scaled
    if half:
        whole = parse_number(half.group("whole"))
        return ((whole[0] + 0.5) * _SCALES.get(half.group("scale") or "", 1.0), False, None) if whole else None
    # Vague amounts: "dozens", "tens of thousands", "a few hundred".
    if text in _VAGUE:
        return _VAGUE[text], True, "lower"
    if len(tokens) == 3 and tokens[1] == "of" and tokens[0] in ("tens", "hundreds", "dozens"):
        head = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}[tokens[0]]
        return head * _VAGUE[tokens[2]], True, "lower"
    few = {"a few": 2.0, "several": 3.0, "a couple of": 2.0}
    for phrase, factor in few.items():
        if text.startswith(phrase + " "):
            scale = text[len(phrase) + 1:]
            unit = 12.0 if scale == "dozen" else 100.0 if scale == "hundred" else _SCALES.get(scale)
            return (factor * unit, True, "lower") if unit else None
    # Fractions of a scale: "half a million", "three quarters of a million".
    if tokens[-1] in _SCALES and any(t in _FRACTIONS for t in tokens):
        frac_word = next(t for t in tokens if t in _FRACTIONS)
        count = 1.0 if tokens[0] in ("a", "one", "half") else float(_UNITS.get(tokens[0], 1))
        return count * _FRACTIONS[frac_word] * _SCALES[tokens[-1]], False, None
    # Digits with an optional scale: "1.8 million", "500,000", "3bn", "50m".
    m = _DIGITS_SCALE.fullmatch(text)
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if scale is None:
            return value, False, None
        if scale == "hundred":
            return value * 100, False, None
        if scale in _SCALES:
            return value * _SCALES[scale], False, None
        if scale in ("bn", "mln") or (allow_short_scale and scale in _SCALE_ABBREV):
            return value * _SCALE_ABBREV[scale], False, None
        return None
    value = _words_value(tokens)
    return (value, False, None) if value is not None else None


def parse_fraction(raw: str) -> float | None:
    """Share in percent for a :data:`FRACTION` match: "three-quarters" -> 75.0, "a third" -> 33.33."""
    tokens = raw.lower().replace("-", " ").split()
    if not tokens or tokens[-1] not in _FRACTIONS:
        return None
    count = 1 if len(tokens) == 1 or tokens[0] in ("a", "one") else _UNITS.get(tokens[0], 1)
    return round(100.0 * count * _FRACTIONS[tokens[-1]], 2)


_DIGIT = re.compile(r"\d")


def number_led_matches(
    pattern: re.Pattern[str], text: str, runs: frozenset[str] | None, lead: str = ""
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with a NUMBER; ``runs``: ``words_of(text)``.

    Why: a NUMBER alternation tried at every letter of every claim was the costliest scan of
    ingest (issue 12). A text with no NUMBER_WORDS among its runs can only hold NUMBERs made of
    digits, so only its digits are tried, left to right, each from the end of the last match:
    the same matches as the full scan. ``lead``: a lower-case literal (no letter that case-folds
    specially) a match may open with right before its NUMBER ("between "); it is tried first there.
    """
    if runs is None or not NUMBER_WORDS.isdisjoint(runs):
        yield from pattern.finditer(text)
        return
    end, width = 0, len(lead)
    for d in _DIGIT.finditer(text):
        at = d.start()
        led = width and at >= width and text[at - width : at].lower() == lead
        for start in (at - width, at) if led else (at,):
            if start >= end and (m := pattern.match(text, start)) is not None:
                end = m.end()
                yield m
                break


_LIST_MARK = re.compile(r"[.)]\s")


def is_list_number(text: str, m: re.Match[str]) -> bool:
    """ "2. The second point": a number opening a line and followed by "." or ")" numbers a list item."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start:m.start()].strip() and _LIST_MARK.match(text[m.end():m.end() + 2]) is not None
