"""Times of day and the days of the acts a claim names: "today at 11am", "Tuesday afternoon", "late Tuesday",
"in the Senate on Wednesday, followed by the House on Thursday".

Why a module of its own: a claim's frame has one reference time, but news copy often dates several
acts in one sentence (one chamber's vote on one day, the other's on the next); a later report of one
of those acts must be compared with *its* day, not the first day the sentence names. And a clock
time or a part of the day is only comparable as an hour interval (``clock_span``), in the zone it
names. The words here are calendar and clock words (closed class); actors are whatever capitalised
names the clause holds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from workbench.extract.act_kinds import act_verb
from workbench.extract.gates import Gated, words_of
from workbench.extract.reftime import resolve_time
from workbench.extract.spoken_clock import SPOKEN_CLOCK as SPOKEN_CLOCK
from workbench.extract.spoken_clock import near_mark as _near
from workbench.extract.spoken_clock import spoken_clock as _spoken_clock
from workbench.extract.spoken_clock import spoken_spans as spoken_spans
from workbench.extract.words import REPORTING, STOPWORDS, content_stems, inside_name, stem
from workbench.models import Quantity

_CLOCK = re.compile(
    r"(?<![$€£\d.,])\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\d|[.,]\d| ?(?:million|billion|trillion|percent|%))"
    r" ?(?P<ap>a\.?m\.?|p\.?m\.?)?(?: (?P<tz>(?-i:[A-Z]{2,4})))?\b|"
    r"\b(?P<h2>1[0-2]|[1-9]) ?(?P<ap2>a\.?m\.?|p\.?m\.?)(?: (?P<tz2>(?-i:[A-Z]{2,4}))\b)?",
    re.IGNORECASE,
)
# Every _CLOCK match holds "9:30"/"9.30" or "9 pm"/"9a.m."; this digit-first scan is cheap (no \b to try first).
_CLOCKISH = re.compile(r"\d[:.][0-5]\d|\d ?[ap]\.?m", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|tonight|midday|noon|midnight|dawn|daybreak|first light)\b",
                          re.IGNORECASE)
_DAWN = ("daybreak", "first light")  # other words for dawn: one part of the day
# "late Tuesday", "early on Friday": the part of a named day
_DAY_EDGE = re.compile(r"\b(late|early)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                       re.IGNORECASE)
_G_PART_OF_DAY, _G_DAY_EDGE = Gated(_PART_OF_DAY), Gated(_DAY_EDGE)
_UNSET: frozenset[str] = frozenset({"<unset>"})

# hour intervals of the parts of a day (a night runs past midnight)
DAY_PARTS = {"morning": (5.0, 12.0), "midday": (11.5, 13.5), "noon": (11.5, 12.5), "afternoon": (12.0, 18.0),
             "evening": (17.0, 22.0), "night": (20.0, 29.0), "midnight": (23.5, 24.5), "late": (17.0, 29.0),
             "early": (0.0, 10.0), "dawn": (4.0, 8.0)}
# parts of the day narrow enough to time one act, as a clock time does ("at noon", "at first light")
POINT_PARTS = frozenset({"noon", "midnight", "midday", "dawn"})


def clock_of(text: str, words: frozenset[str] | None = _UNSET) -> str | None:
    """"14:30 EST", or the part of the day ("afternoon", "late" for "late Tuesday") when no clock time is given.

    A figure is no clock time: "$13.17 million" and "4.25 percent" are not 13:17 and 4:25."""
    words = words_of(text) if words is _UNSET else words
    m = _CLOCK.search(text) if _CLOCKISH.search(text) else None
    if not m:
        spoken = _spoken_clock(text)
        if spoken:
            return spoken
        part = _G_PART_OF_DAY.search(text, words)
        while part and inside_name(text, part.start(), part.end()):  # "the ferry Kelby Dawn": a name, no time
            part = _PART_OF_DAY.search(text, part.end())
        if part:
            low = part.group(1).lower().replace("tonight", "night")
            low = "dawn" if low in _DAWN else low
            mark = _near(text, part.start()) if low in POINT_PARTS else ""
            if low == "dawn" and mark[:2] in ("<<", ">>"):  # "by dawn": a bound on an hours-wide part, no time
                return None
            return mark + low
        edge = _G_DAY_EDGE.search(text, words)
        return edge.group(1).lower() if edge else None
    first = _hhmm(m)
    if first is None:
        return None
    join = _RANGE_JOIN.match(text, m.end())
    opener = _RANGE_OPEN.search(text, max(0, m.start() - 9), m.start())
    # "and" / "to" join a range only after "between" / "from" ("at 11am and 2pm" are two times); a dash always does
    ranged = join is not None and (join.group(0).strip() in "-–" or (opener is not None and (
        opener.group(1).lower() == "between") == (join.group(0).strip().lower() == "and")))
    end = _CLOCK.match(text, join.end()) if ranged and join is not None else None
    second = _hhmm(end) if end else None
    if second is not None and second[0] > first[0]:  # "between 3am and 4am", "from 9.30 to 11.00": an interval
        return f"{first[1]}-{second[1]}" + (f" {second[2]}" if second[2] else "")
    return _near(text, m.start()) + first[1] + (f" {first[2]}" if first[2] else "")


# "between 3am and 4am", "3am-4am", "from 9.30 to 11.00": two clock times that bound one interval
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|-|–)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(between|from)\s+$", re.IGNORECASE)


def _hhmm(m: re.Match[str]) -> tuple[float, str, str | None] | None:
    """(hours, "HH:MM", zone) of one clock match; None for a bare number without am/pm or minutes."""
    h = int(m.group("h") or m.group("h2"))
    minute = int(m.group("m") or 0)
    ap = (m.group("ap") or m.group("ap2") or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    tz = m.group("tz") or m.group("tz2")
    if not ap and not m.group("m"):
        return None
    return h + minute / 60, f"{h:02d}:{minute:02d}", tz.upper() if tz else None


def clock_span(clock: str) -> tuple[tuple[float, float], str | None] | None:
    """An hour interval and a time zone: "11:00" is the quarter hour either side of it, "14:10" the half of the five
    minutes it is told to either side (``_told_to``), "afternoon" 12-18h, "03:00-04:00" the hour it names."""
    head, _, tz = clock.partition(" ")
    mark = head[:len(head) - len(head.lstrip("~<>"))]
    if mark:  # "~20:00" about 8pm, ">18:40" shortly after, "<<" before: a point and how far from it the act may lie
        point = clock_span(head[len(mark):])
        if point is None or "-" in head:
            return None
        t = (point[0][0] + point[0][1]) / 2
        lo, hi = _AROUND[mark]
        if mark == "~":  # "about 8pm" within half an hour of it, "about 1.45pm" within the quarter it is told to
            width = max(_told_to(head[len(mark):]) / 2, ABOUT_AT_LEAST)
            lo, hi = -width, width
        return (t + lo, t + hi), tz or None
    if head in DAY_PARTS:
        return DAY_PARTS[head], None
    if "-" in head:  # "03:00-04:00": the interval itself
        spans = [clock_span(part) for part in head.split("-", 1)]
        if spans[0] is None or spans[1] is None:
            return None
        return (spans[0][0][0] + 0.25, spans[1][0][1] - 0.25), tz or None
    h, _, m = head.partition(":")
    if not (h.isdigit() and m.isdigit()):
        return None
    t = int(h) + int(m) / 60
    half = min(0.25, _told_to(head) / 2)
    return (t - half, t + half), tz or None


def _told_to(hhmm: str) -> float:
    """Hours one step of a stated time covers: "20:00" is told to the hour, "21:30" to the half hour, "13:45" to the
    quarter, "14:10" to five minutes, "21:47" to the minute. A time told to the minute is no rounding of one a
    quarter of an hour away ("9.47pm" / "9.30pm"), as one told to the hour may be ("about 8pm" / "8.20pm")."""
    minutes = hhmm.partition(":")[2][:2]
    if not minutes.isdigit():
        return 1.0
    return next((step / 60 for step in (60, 30, 15, 5) if int(minutes) % step == 0), 1 / 60)


# hours either side of a marked clock time's point (``_near``)
# ("shortly before 9pm" is within half an hour of it: not 8.15pm)
ABOUT_AT_LEAST = 5 / 60  # "about 9.40pm" is still a rounding: five minutes either side at the least
_AROUND = {"~": (-0.5, 0.5), ">": (0.0, 0.5), ">>": (0.0, 6.0), "<": (-0.5, 0.0), "<<": (-6.0, 0.0)}


def clocks_apart(a: str | None, b: str | None) -> bool:
    """Two clock slots that cannot both hold: hour intervals that do not meet (zones, when both named, alike)."""
    sa, sb = (clock_span(c) if c else None for c in (a, b))
    if sa is None or sb is None or (sa[1] and sb[1] and sa[1] != sb[1]):
        return False
    (lo1, hi1), (lo2, hi2) = sa[0], sb[0]
    return not (lo1 < hi2 and lo2 < hi1)


# a clause boundary inside a sentence: a comma or semicolon, or a coordinating word between two dated acts
_CLAUSE = re.compile(r"[,;]\s+|\s+(?:followed by|and then|then|and|while|whereas|before|after)\s+", re.IGNORECASE)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today tomorrow yesterday tonight".split()
)
_TITLES = frozenset("mr mrs ms dr sen rep gov president".split())
_NAME = re.compile(r"\b[A-Z][\w'’-]{2,}")
_CONTRACTION = re.compile(r"['’](?:ll|s|re|ve|d|m)?$")


# a clause that goes on with the sentence's subject after an apposition: it opens on the verb's auxiliary
_CONTINUES = re.compile(r"(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b")
_SAYS = re.compile(r"\b(?:said|says|say|told|tells|announced|announces|added|adds|stated|states|noted|tweeted|wrote|"
                   r"insisted|argued|claimed|reported)\b", re.IGNORECASE)


def _says(clause: str) -> bool:
    """A reporting clause ("Trump announced Thursday", "said Monday"): its day is when it was said, not the act's."""
    return _SAYS.search(clause) is not None


def _names(clause: str) -> list[str]:
    """Stems of the capitalised words of a clause that name someone or something (not calendar or function words)."""
    out = []
    for m in _NAME.finditer(clause):
        low = _CONTRACTION.sub("", m.group(0).lower())  # "He'll", "House's"
        if low not in STOPWORDS and low not in REPORTING and low not in _CALENDAR and low not in _TITLES:
            out.append(stem(low))
    return list(dict.fromkeys(out))


def _leads(clause: str, first: str) -> bool:
    """The clause opens on its first name ("Ola Berg was ...", "On Monday, Berg ..."): that name is the act's subject,
    not a place or body named further in ("met on Sunday at the White House")."""
    m = _NAME.search(clause)
    return m is not None and not clause[: m.start()].strip(" ,") and stem(_CONTRACTION.sub("", m.group(0).lower())) == first


def _acts(clause: str) -> list[str]:
    """Stems of the clause's words written in lower case: what is done and to what ("voted on a bill that
    reaffirmed the motto"), without the names that do it."""
    return list(dict.fromkeys(content_stems(" ".join(w for w in clause.split() if w[:1].islower()))))


def dated_acts(text: str, quantities: list[Quantity], published: date | None, future: bool = False) -> list[dict]:
    """[{"day": ISO day, "who": [name stems, first first], "acts": [stems], "clock": ..., "recurs": True when its verb
    is one of saying or stance (``extract.act_kinds``), "lead": True when the clause opens on its first name}] for
    each clause that names
    its own day and an actor (a clause holding only a day, "On Wednesday, the House voted", dates the next one).

    ``future``: the claim is a plan or forecast (a bare weekday is the coming one, ``extract.reftime``).
    Stored so that analysis can set a later report of one act against the day given for that act
    ("followed by the House on Thursday" / "the House voted on Wednesday") without re-reading words."""
    low = text.lower()
    if published is None or not (("day" in low or "tonight" in low) or any(q.kind == "date" for q in quantities)):
        return []  # nothing can name a day: every weekday and "today"/"yesterday" holds "day"; dates are quantities
    out: list[dict] = []
    start = 0
    fronted: dict | None = None  # "On Wednesday, the House voted ...": a day with no actor dates the next clause
    bounds = [m for m in _CLAUSE.finditer(text)] + [None]
    first = ""  # the sentence's first clause: its names are the subject an apposition interrupts (read when needed)
    for m in bounds:
        end = m.start() if m else len(text)
        clause = text[start:end]
        own = [replace(q, start=q.start - start, end=q.end - start) for q in quantities
               if q.kind == "date" and start <= q.start and q.end <= end]
        low = clause.lower()  # as for the whole text: a clause without these names no day
        day = resolve_time(clause, own, published, future=future)[0] if own or "day" in low or "tonight" in low else None
        says = _says(clause)
        # names only where they are read: a dated clause, or the clause after a fronted day
        who = _names(clause) if not says and ((day and len(day) == 10) or fronted is not None) else []
        lead = bool(who) and _leads(clause, who[0])
        if start == 0:
            first = clause
        elif not who and day and len(day) == 10 and _CONTINUES.match(clause) and not _says(first):
            # "Ola Berg, the port's director, was charged on Monday": the apposed subject
            who = _names(first)
            lead = bool(who) and _leads(first, who[0])
        if day and len(day) == 10 and not says:
            clock = clock_of(clause)
            fronted = {"day": day, **({"clock": clock} if clock else {})}
        elif fronted is not None and who and start > 0:
            day = fronted["day"]
        if day and len(day) == 10 and who:
            entry = {**fronted, "who": who} if fronted and fronted["day"] == day else {"day": day, "who": who}
            verb = act_verb(clause)  # a refusal or a denial recurs; one act done on two days must not
            out.append({**entry, "acts": _acts(clause), **({"recurs": True} if verb and verb[1] else {}),
                        **({"lead": True} if lead else {})})
            fronted = None
        elif who or not day:
            fronted = None
        start = m.end() if m else len(text)
    return out
