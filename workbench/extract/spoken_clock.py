"""Times of day told in words ("half past ten", "twenty to four", "12 minutes past seven", "eight o'clock"), and
the mark of what bounds a clock time ("shortly after", "about").

Why a module of its own: :mod:`daytimes` reads every clock time of a claim and :mod:`numbers` must know which
numbers are parts of a time (no counts of anything); a time told in words is one closed-class grammar shared by
both. A count of minutes is any minute of the hour only where the word "minutes" says so ("ten minutes to eight",
"12 minutes past seven"); with no such word only the round minutes of spoken time are read ("twenty past nine"),
so a range ("from two to four") stays a range; "N minutes to" is a time only after a preposition of time, as
"ten to four" is ("it took ten minutes to eight stations" is no time)."""

from __future__ import annotations

import re

# what stands just before a clock time: "shortly after" / "just before" (within the next three quarters of an hour),
# "after" / "before" / "by" (one side only), "about" / "around" (either side, a little); closed-class words
_NEAR = re.compile(r"\b(?:(?P<soon>shortly|just|soon|moments|minutes)\s+)?(?P<rel>after|before|by|about|around|"
                   r"approximately|roughly|circa)\s+(?:at\s+)?$", re.IGNORECASE)
_MARK = {"after": ">>", "before": "<<", "by": "<<", "about": "~", "around": "~", "approximately": "~",
         "roughly": "~", "circa": "~"}


def near_mark(text: str, start: int) -> str:
    """The mark of what bounds a clock time ("~", ">" shortly after, ">>" after, "<" shortly before, "<<" before), or ""."""
    m = _NEAR.search(text, max(0, start - 32), start)
    if m is None:
        return ""
    mark = _MARK[m.group("rel").lower()]
    return mark[0] if m.group("soon") and mark != "~" else mark


_HOURS = "one two three four five six seven eight nine ten eleven twelve".split()
_ONES = _HOURS[:9]
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_MINUTE_WORDS = {**{w: i + 1 for i, w in enumerate(_ONES)}, **{w: i + 10 for i, w in enumerate(_TEENS)},
                 "twenty": 20, "quarter": 15, "half": 30}
_ROUND = r"twenty[- ]five|twenty|quarter|half|ten|five"  # the minutes spoken time uses with no "minutes"
_ANY = (r"twenty(?:[- ](?:" + "|".join(_ONES) + r"))?|" + "|".join(sorted([*_TEENS, *_ONES], key=len, reverse=True))
        + r"|[1-5]?\d")
_HOUR = r"(?:" + "|".join(_HOURS) + r")(?![-\w])"
_SPOKEN = re.compile(r"\b(?:(?:a\s+)?(?:(?P<min>" + _ROUND + r")|(?P<mins>" + _ANY + r")\s+minutes?)\s+(?P<dir>past|to)"
                     r"\s+(?P<h>" + _HOUR + r")|(?P<h2>" + _HOUR + r")\s+o['’]clock\b)", re.IGNORECASE)
SPOKEN_CLOCK = re.sub(r"\(\?P<\w+>", "(?:", _SPOKEN.pattern)  # the same, without its groups (``extract.act_phrases``)
_HALF_DAY = re.compile(r"\b(morning|afternoon|evening|night|tonight)\b", re.IGNORECASE)
# a time told in words with no part of the day times an act only after a preposition of time ("at about half past
# five"), not as a modifier ("two o'clock lessons")
_AT_TIME = re.compile(r"\b(?:at|about|around|by|after|before|until|till|from)\s+(?:(?:about|around|just|shortly)\s+)?$",
                      re.IGNORECASE)


def _hint(text: str) -> bool:
    return "past" in text or " to " in text or "clock" in text


def spoken_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the times told in words ("five past six", "eight o'clock", "at ten to four", "12 minutes past
    seven"): their numbers count nothing (``extract.numbers.clock_hour``). "Five to six" with no preposition of time
    may be a range ("five to six weeks", "ten minutes to eight stations") and is left to the counts."""
    if not _hint(text):
        return []
    return [(m.start(), m.end()) for m in _SPOKEN.finditer(text) if (m.group("dir") or "").lower() != "to"
            or _AT_TIME.search(text, max(0, m.start() - 24), m.start())]


def _minute(m: re.Match[str]) -> int:
    word = " ".join((m.group("min") or m.group("mins") or "").lower().replace("-", " ").split())
    if word.isdigit():
        return int(word)
    return sum(_MINUTE_WORDS.get(w, 0) for w in word.split())


def spoken_clock(text: str) -> str | None:
    """ "HH:MM" of a time told in words, set on the day's clock by the part of the day the claim names ("half past
    nine on Sunday evening" is 21:30); where it names none, both readings ("half past five" alone is "05:30/17:30":
    ``daytimes.clock_span`` reads no interval from it, and analysis sets it beside another account's time,
    ``half_days``)."""
    if not _hint(text):
        return None
    m = _SPOKEN.search(text)
    if m is None:
        return None
    part = _HALF_DAY.search(text, m.end())
    h = _HOURS.index((m.group("h") or m.group("h2")).lower()) + 1
    minute = _minute(m) if m.group("dir") else 0
    if not 0 <= minute < 60:
        return None
    if m.group("dir") and m.group("dir").lower() == "to":
        h, minute = h - 1, (60 - minute) % 60
    past = (m.group("dir") or "").lower() == "past"
    if part is None and (m.group("mins") and past or _AT_TIME.search(text, max(0, m.start() - 24), m.start())):
        return f"{near_mark(text, m.start())}{h % 12:02d}:{minute:02d}/{h % 12 + 12:02d}:{minute:02d}"
    if part is None:
        return None
    half = part.group(1).lower()  # the small hours of a night are a.m.: "two o'clock at night" is 02:00
    h = h % 12 + (12 if half in ("afternoon", "evening") or half in ("night", "tonight") and 5 <= h % 12 else 0)
    return f"{near_mark(text, m.start())}{h % 24:02d}:{minute:02d}"
