"""The time a claim refers to, resolved against its published date ("on Tuesday", "last month").

Why a module of its own: news copy says "on Wednesday" and "as of Monday"; only with the
published date can two outlets' times be compared (see ``extract.frames``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from workbench.extract.act_kinds import verb_form
from workbench.extract.gates import words_of
from workbench.extract.verbs import ONE_WORD_FORMS
from workbench.models import Quantity

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"\b(?:(?P<rel>last|next|this|on|as of|since|by|until) )?(?P<day>Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b(?!['’]s\b)"  # "Sunday's derailment" names the happening, not the figure's time
)
_RELATIVE = re.compile(
    r"\b(?P<w>yesterday|today|tonight|tomorrow|last (?:week|month|year)|next (?:week|month|year)|"
    r"this (?:week|month|year)|(?:by|in|next|this|last) (?:the )?(?:spring|summer|autumn|fall|winter)"
    r"|(?:at )?the end of (?:the|this|next) (?:month|year|week))\b",
    re.IGNORECASE,
)

_RELATIVE_NOUNS = frozenset("yesterday today tonight tomorrow week month year spring summer autumn fall winter".split())

# "since May", "since late May", "from mid-2026": a part of the unit may stand between (closed class)
_SPAN_START = re.compile(r"\b(?:since|from)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _weekday_date(pub: date, day: str, rel: str | None, future: bool = False, past: bool = False) -> date:
    """A bare weekday is the last one in a report of what happened, the next one in a plan ("will close on Friday");
    "by Friday" is a deadline ahead, unless the claim is told in the past ("had refused overtime by Wednesday")."""
    target = _WEEKDAYS.index(day.lower())
    delta = (pub.weekday() - target) % 7
    if future and delta and not (rel and rel.lower() in ("last", "since")):
        return pub + timedelta(days=(target - pub.weekday()) % 7)
    if rel and rel.lower() == "next":
        return pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
    if rel and rel.lower() in ("by", "until") and delta and not (past and rel.lower() == "by"):
        return pub + timedelta(days=(target - pub.weekday()) % 7)
    return pub - timedelta(days=delta)


def _relative_date(pub: date, words: str) -> str:
    w = words.lower()
    if w == "yesterday":
        return (pub - timedelta(days=1)).isoformat()
    if w in ("today", "tonight"):
        return pub.isoformat()
    if w == "tomorrow":
        return (pub + timedelta(days=1)).isoformat()
    shift = -1 if re.search(r"\blast\b", w) else 1 if re.search(r"\bnext\b", w) else 0  # "the end of next year"
    if "month" in w:
        m = pub.month - 1 + shift
        return f"{pub.year + m // 12}-{m % 12 + 1:02d}"
    if "year" in w:
        return str(pub.year + shift)
    if "week" in w:
        year, week, _ = (pub + timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}"
    season = next(s for s in ("spring", "summer", "autumn", "fall", "winter") if s in w)
    return f"{pub.year + (shift if shift else 0)}-{season.replace('fall', 'autumn')}"


def _months_back(month_day: str, published: date) -> float:
    """How far back this year's "MM-DD" (or "MM") lies from the published date, in months (0 when ahead)."""
    parts = month_day.split("-")
    try:
        month, day = int(parts[0]), int(parts[1]) if len(parts) > 1 and parts[1] else 1
    except ValueError:
        return 0.0
    back = (published.month - month) + (published.day - day) / 31
    return max(back, 0.0)


# "last September('s)", "next March": which occurrence of a month the words before it name
_WHICH = re.compile(r"\b(?P<w>last|next|this)\s+(?:(?:early|late|mid)[- ])?$", re.IGNORECASE)
# closed-class tense cues: a modal or going-to future, and the finite past auxiliaries
_FUTURE_CUE = re.compile(r"\b(?:will|shall|would|won['’]t|going to|(?:is|are|was|were) (?:due |set |expected )?to)\b"
                         r"|['’]ll\b", re.IGNORECASE)
_PAST_CUE = re.compile(r"\b(?:was|were|had|did)(?:n['’]t)?\b|\b(?:rose|fell|grew|shrank|sank|began|became|took|made|went|"
                       r"came|lost|won|paid|sold|spent|left|held|led|met|fought|broke|struck|ran|drew|gave|kept)\b",
                       re.IGNORECASE)
# a date a thing is moved or extended *to* is its new target, ahead whatever the tense ("was postponed to October")
_TARGET = re.compile(r"\b(?:to|until|till)\s+(?:(?:early|late|mid)[- ]|the (?:end|start|middle) of )?$", re.IGNORECASE)
# a regular past form ("-ed") is a past tense unless a determiner, a be-form or "to" makes it an adjective or passive
_ED = re.compile(r"\b(?P<before>[A-Za-z']+)?\s*\b(?P<verb>[a-z]{2,}ed)\b")
_NOT_FINITE = frozenset("a an the this that these those its their his her our be been being is are am will to "
                        "would can could may might must should".split())
# reporting and stance verbs say when something was *said*, not when the figure or act is
_SAYING = ONE_WORD_FORMS
# words ending in "-ed" that are no past form
_NOT_PAST = frozenset("need needs exceed proceed succeed speed feed seed bleed breed heed indeed hundred red bed shed "
                      "embed naked wicked sacred hatred kindred".split())


def _past_told(text: str) -> bool:
    """The claim is told in the past tense (closed-class cues: past auxiliaries, common irregular pasts, a
    finite "-ed" verb other than the verb of saying)."""
    if _PAST_CUE.search(text):
        return True
    return any(m.group("verb") not in _SAYING and m.group("verb") not in _NOT_PAST
               and (m.group("before") or "").lower() not in _NOT_FINITE
               for m in _ED.finditer(text))


def _ahead(month_day: str, published: date) -> bool:
    """This year's "MM-DD" (or "MM") lies after the published date."""
    parts = month_day.split("-")
    try:
        month, day = int(parts[0]), int(parts[1]) if len(parts) > 1 and parts[1] else None
    except ValueError:
        return False
    return (month, day or 0) > (published.month, published.day if day else 0)


def _year_of(text: str, q: Quantity, month_day: str, published: date, future: bool) -> int:
    """The year of a date written without one: the occurrence its words and tense point at.

    "last September" is the latest September before the published date, "next March" the first after;
    a plan or forecast means the nearest ("will be Feb. 28" written in December: next year's); a sentence
    told in the past tense ("were waiting at the end of December", in a January report) means the last
    occurrence, unless the date is the target something was moved to ("was postponed to October")."""
    which = _WHICH.search(text, 0, q.start)
    ahead = _ahead(month_day, published)
    if which:
        w = which.group("w").lower()
        return published.year - (w == "last" and ahead) + (w == "next" and not ahead)
    if future or _FUTURE_CUE.search(text):
        return published.year + (1 if future and _months_back(month_day, published) > 6 else 0)
    if ahead and not _TARGET.search(text, 0, q.start) and _past_told(text):
        return published.year - 1
    return published.year


# "the 2027 budget", "a 2019 law": a year between a determiner and a noun names the thing, not when it happened
_LABEL_YEAR_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.IGNORECASE)
_LABEL_YEAR_AFTER = re.compile(r"^\s+[a-z]")


def _label_year(text: str, q: Quantity) -> bool:
    return len(q.iso or "") == 4 and bool(_LABEL_YEAR_BEFORE.search(text[: q.start])) \
        and bool(_LABEL_YEAR_AFTER.match(text[q.end :]))


# "the ferry, built in 1998, had passed ...", "the mill, which closed in 1998, burned ...": a date inside an aside
# between commas that opens with a past form dates what the aside says of the noun before it, not the claim's act
_ASIDE_BEFORE = re.compile(r",\s+(?:(?:which|who)\s+(?:(?:was|were|had been)\s+)?)?(?P<verb>[a-z]+)\s+(?:in|on)\s+$")
_ASIDE_AFTER = re.compile(r"^\s*,")


def _aside(text: str, q: Quantity) -> bool:
    m = _ASIDE_BEFORE.search(text, max(0, q.start - 40), q.start)
    return m is not None and bool(_ASIDE_AFTER.match(text[q.end:])) and verb_form(m.group("verb"), ["was"]) is not None


def resolve_time(
    text: str, quantities: list[Quantity], published: date | None, future: bool = False
) -> tuple[str | None, str | None]:
    """(ISO time the claim refers to, the words saying so); partial dates get the published year.

    ``future``: the claim is a plan or forecast, so a bare weekday is the coming one, and a date
    without a year is the nearest one (more than half a year back: next year's; "the Sept. 11
    attacks" named a fortnight later stay this year's)."""
    # "since July 20" / "since Sunday" opens the span a figure covers: the time of the figure is elsewhere
    # ("... since July 20, the authority said on Tuesday"), or the published date
    dates = [q for q in quantities if q.kind == "date" and q.iso and not _SPAN_START.search(text[: q.start])
             and not _label_year(text, q) and not _aside(text, q)]
    if dates:
        q = max(dates, key=lambda d: len(d.iso or ""))
        iso = q.iso or ""
        if iso.startswith("--") and published:
            iso = f"{_year_of(text, q, iso[2:], published, future)}-{iso[2:]}"
        return iso, q.text
    if published is None:
        return None, None
    # every weekday name ends in "day" (the pattern is case-sensitive): without it there is nothing to scan
    weekdays = _WEEKDAY.finditer(text) if "day" in text else ()
    m = next((w for w in weekdays if (w.group("rel") or "").lower() != "since"), None)
    if m:
        past = not future and _past_told(text)  # "had been called off by Monday": a day gone by
        return _weekday_date(published, m.group("day"), m.group("rel"), future, past).isoformat(), m.group(0)
    words = words_of(text)  # every _RELATIVE match holds one of its nouns as a whole word (issue 12)
    r = _RELATIVE.search(text) if words is None or not _RELATIVE_NOUNS.isdisjoint(words) else None
    if r:
        return _relative_date(published, r.group("w")), r.group(0)
    return None, None
