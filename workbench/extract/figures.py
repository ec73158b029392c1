"""Figures in a claim: what each counts (its role), whether it is a change or a level, its base and part.

Why separate from ``frames``: a figure's role is the heart of comparing two claims (killed vs injured, a level vs a
change, a part vs the total), read off the words *next to the figure*, never anywhere in the sentence; general news
structure (outcomes of an incident, participation, turnout, prices), not any one story's names.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.count_groups import counted_group
from workbench.extract.durations import changed_base, duration_of, span_unit
from workbench.extract.figure_levels import is_level
from workbench.extract.figure_parts import governing_noun, part_of
from workbench.extract.figure_purposes import purpose_slots
from workbench.extract.figure_sorts import figure_sort
from workbench.extract.figure_states import figure_state
from workbench.extract.figure_subjects import (
    _CLAUSE_END,
    _NORM,
    DEVIATION,
    amount_for,
    counted_noun,
    role_thing,
    subject_of,
)
from workbench.extract.gates import Gated, words_of
from workbench.extract.holders import act_of
from workbench.extract.measured_things import counted_loss, figure_agent, figure_place, measured_thing, role_qualifier
from workbench.extract.memo import cached
from workbench.extract.periods import period_of
from workbench.extract.words import content_stems
from workbench.models import Quantity

# What role a counted figure plays: outcomes of one incident are different measures.
ROLES = {
    "killed": r"kill\w*|dead|deaths?|died|die|fatalit\w*|slain|lives|bod(?:y|ies)|(?:death )?toll",
    # harmed: hurt, or taken to hospital for it ("31 hurt" / "31 taken to hospital" count one outcome)
    "injured": r"injur\w*|wounded|hurt|burns|hospitali[sz]ed|taken to (?:a |the )?hospitals?",
    # ill: the cases of a disease, however worded ("42 cases" / "42 people infected")
    "ill": r"cases|infect(?:ed|ions?)|fell ill|sickened|illness(?:es)?|ill",
    "missing": r"missing|unaccounted",
    "evacuated": r"evacuat\w*|displaced|fled|homeless",
    "arrested": r"arrest\w*|detain\w*|custody",
    "rescued": r"rescued|saved",
    "striking": r"strik(?:e|ers?|ing)|walk(?:ed)? out|walkouts?|stayed (?:away|home)",
    "protesting": r"protest\w*|march\w*|demonstrat\w*|rall(?:y|ies)",
    "turnout": r"turnout",
    "price": r"prices?|inflation|cost",
    "unemployment": r"unemploy\w*|jobless\w*",
    "rate": r"(?<!unemployment )(?<!jobless )rate",
}
# A role word that opens a hyphenated compound modifies the word after it ("a rate-setting committee", "the strike-hit
# port"): the compound's head says what the figure is, so the role word is not the figure's role.
_ROLE_RES = {k: re.compile(rf"\b(?:{v})\b(?!-[A-Za-z])", re.IGNORECASE) for k, v in ROLES.items()}
# Speed: every role word in one pattern; where it finds nothing no role pattern can, so no window is scanned twelve times.
_ANY_ROLE = re.compile(r"\b(?:" + "|".join(f"(?:{v})" for v in ROLES.values()) + r")\b(?!-[A-Za-z])", re.IGNORECASE)
# and each role pattern behind a gate on the window's words (workbench.extract.gates; same matches)
_G_ROLES = tuple((k, Gated(r)) for k, r in _ROLE_RES.items())
# _ANY_ROLE's words: every role's heads and prefixes. A role whose leading look-behinds hide its head ("rate") is read
# without them: dropping a condition only widens what it matches, so the gate stays exact.
_ROLE_GATES = [g if g.heads is not None else
               Gated(re.compile(rf"\b(?:{re.sub(r'^(?:[(][?]<!.*?[)])+', '', ROLES[k])})\b", re.IGNORECASE))
               for k, g in _G_ROLES]
_ANY_ROLE_GATED = all(g.heads is not None for g in _ROLE_GATES)
_ANY_ROLE_HEADS = frozenset().union(*(g.heads for g in _ROLE_GATES if g.heads is not None))
_ANY_ROLE_PREFIXES = tuple(sorted({p for g in _ROLE_GATES if g.prefixes for p in g.prefixes}))
_ANY_ROLE_SPACED = tuple(" " + p for p in _ANY_ROLE_PREFIXES)


def _may_hold_role(words: frozenset[str] | None) -> bool:
    """False only when no role word can be in the text whose letter runs are ``words``."""
    if words is None or not _ANY_ROLE_GATED or not _ANY_ROLE_HEADS.isdisjoint(words):
        return True
    joined = getattr(words, "joined", None)  # extract.gates.Words: one substring test per prefix
    if joined is not None:
        return any(p in joined for p in _ANY_ROLE_SPACED)
    return any(w.startswith(_ANY_ROLE_PREFIXES) for w in words)
_CHANGE = re.compile(
    r"\b(?:rose|risen|rise|rises|fell|fallen|falls|increase[ds]?|decrease[ds]?|up|down|"
    r"grew|grown|dropped|declined|jumped|climbed|slid|change[ds]?)\b(?= (?:by\b|from\b|\d))",
    re.I,
)
_PERIOD_BASE = re.compile(
    r"\b(?:month-on-month|month on month|year-on-year|year on year|annual(?:ly)?|"
    r"quarter-on-quarter|quarterly|from a year earlier|compared with|than a year (?:earlier|before|ago)|"
    r"(?:in|over) the (?:year|12 months|twelve months) to)\b",
    re.IGNORECASE,
)
_G_CHANGE, _G_PERIOD_BASE = Gated(_CHANGE), Gated(_PERIOD_BASE)
# "broke up 112 seconds after launch": a time unit followed by after/before/into is an offset in time (when something
# happened), not the amount of a change that an "up"/"down" particle before it would make it.
_OFFSET = re.compile(r"^\s+(?:after|before|into|later|earlier|ago)\b", re.IGNORECASE)
_TIME_UNIT = re.compile(r"^(?:second|minute|hour|day|week|month|year)s?$", re.IGNORECASE)


_INFLATION = re.compile(r"\binflation\b", re.IGNORECASE)
_QUARTER_BACK = re.compile(
    r"\b(?:from|than in|compared with|against) (?:the )?(?:previous|preceding|prior|first|second|third|fourth|last) "
    r"quarter\b|\ba quarter earlier\b",
    re.IGNORECASE,
)
_YEAR_BACK = re.compile(r"\b(?:from|than in|compared with|against) (?:a year earlier|the same (?:period|quarter|month) "
                        r"(?:of |a )?(?:last|previous|the previous)? ?year|last year)\b", re.IGNORECASE)
# "since April" opens the window a figure accumulates over (rain since April, cases since July 20): not a base.
_MONTH_BACK = re.compile(
    r"\b(?:from|than in|compared with) (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|the previous month|a month earlier|last month)\b",
    re.IGNORECASE,
)


def period_base(text: str) -> str | None:
    """The comparison base of a rate, normalised: "annual", "from a year earlier" -> year-on-year."""
    m = _PERIOD_BASE.search(text)
    if m:
        w = m.group(0).lower()
        if w.startswith("month"):
            return "month-on-month"
        if w.startswith(("year", "annual", "from a year", "than a year", "in the", "over the")):
            return "year-on-year"
        if w.startswith("quarter"):  # quarter-on-quarter, quarterly
            return "quarter-on-quarter"
    if _QUARTER_BACK.search(text):  # "compared with the second quarter": the base is the quarter before
        return "quarter-on-quarter"
    if _YEAR_BACK.search(text):
        return "year-on-year"
    if _MONTH_BACK.search(text):
        return "month-on-month"
    return None


def role_of(text: str) -> str | None:
    hits = [(m.start(), k) for k, r in _ROLE_RES.items() for m in [r.search(text)] if m]
    return min(hits)[1] if hits else None


# A subordinating conjunction after a figure opens another clause ("cancelled 140 flights as its crew walked out").
_SUBORDINATE = re.compile(r"\b(?:as|since|when|while|because|until|although|though|whereas)\s", re.IGNORECASE)
# A role word a negative determiner owns ("and no injuries", "nobody was killed") states a zero, not a figure's role.
_HEAD_PREP = re.compile(r"\s+\w+\s+(?:on|about|over|regarding|concerning|into)\b", re.IGNORECASE)  # no decision on X
_ZERO = re.compile(r"\b(?:no|nobody|no one|no-one|none|not a single|not one)\b(?P<rest>[^,;:.]{0,30})", re.IGNORECASE)
_INFINITIVE = re.compile(r"\bto\s+(?:be\s+)?(?:die|kill|\w+ed)$", re.I)  # "sending X to die": another verb's role
_OWN_CLAUSE = re.compile(r"\b(?:where|whether|what|which|who|whom|how|why|if|that)\b", re.IGNORECASE)


def zero_roles(text: str) -> list[str]:
    """The roles stated as none ("no injuries", "Nobody was killed"): a zero figure; not under a modal (a bound)."""
    out = []
    for m in _ZERO.finditer(text):
        if re.search(r"\d|\b(?:would|will|could|should|might|may|must|can)\b", m.group("rest")):
            continue  # "none of the 40 injured": a figure is stated; "no striker would lose ...": a bound, no count
        rest = _OWN_CLAUSE.split(m.group("rest"), maxsplit=1)[0]  # "nobody knew where...": no zero
        hits = [(r.search(rest), k) for k, r in _ROLE_RES.items()]
        found = sorted((h.start(), k) for h, k in hits if h and not _INFINITIVE.search(rest, 0, h.end()))
        if found and found[0][1] not in out and not (found[0][0] > 1 and _HEAD_PREP.match(rest)):
            out.append(found[0][1])
    return out


def _owned_by_zero(text: str, start: int) -> bool:
    return any(lo <= start < hi for lo, hi in _zero_rests(text))


@cached(maxsize=256)  # asked for each role word near each figure of one claim (issue 12)
def _zero_rests(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span("rest") for m in _ZERO.finditer(text))


# A figure a change verb reaches ("has risen to 58", "climbed to six") is the new level of the clause's subject.
_RISEN_TO = re.compile(r"\b(?:risen|rose|rises|climbed|climbs|increased|grown|jumped|reached|reaches)\s+(?:to\s+)?$", re.I)


# A capitalised month is the calendar, not a role word ("inflation was 2.4% in March" is no protest march).
_MONTH_NAMES = frozenset({"March", "MARCH"})


def figure_role(text: str, q: Quantity, width: int = 50) -> str | None:
    """The role word that belongs to a figure: the nearest one in its clause, in its own words first
    ("300 bodies", "430 injured people"), then after it ("4,000 workers took part in the strike"),
    then before it ("turnout ... was 58%"). A role word behind a comma belongs to another clause."""
    after = text[q.start : q.end + width]
    before = text[max(0, q.start - width) : q.start]
    if _RISEN_TO.search(before):  # "the death toll from Sunday's derailment has risen to six": the subject's role
        before = text[: q.start]
    found = []
    words_after, words_before = words_of(after), words_of(before)
    scan_after = _may_hold_role(words_after) and _ANY_ROLE.search(after) is not None
    scan_before = _may_hold_role(words_before) and _ANY_ROLE.search(before) is not None
    if not (scan_after or scan_before):
        return None
    for k, g in _G_ROLES:
        r = g.pattern
        for m in r.finditer(after) if scan_after and g.may_match(words_after) else ():
            gap = after[q.end - q.start : m.start()]
            if not _CLAUSE_END.search(after[: m.start()]) and not _SUBORDINATE.search(gap) \
                    and not _owned_by_zero(text, q.start + m.start()) and m.group(0) not in _MONTH_NAMES:
                found.append((max(0, m.start() - (q.end - q.start)), k))
        for m in r.finditer(before) if scan_before and g.may_match(words_before) else ():
            if not _CLAUSE_END.search(before[m.end() :]) and m.group(0) not in _MONTH_NAMES:
                found.append((len(before) - m.end() + 5, k))
    return min(found)[1] if found else None


# The predicate a role-less figure is the subject of: "120,000 of the kettles were sold" -> sold.
_PREDICATE = re.compile(
    r"^[^,;:]{0,40}?\b(?:were|was|are|is|have been|has been|had been)\s+(?:\w+ly\s+|still\s+|also\s+)?(?P<v>[a-z]+)\b"
)


def predicate_of(text: str, q: Quantity) -> str | None:
    """The passive predicate that follows a figure in its clause ("were sold" -> sold), when it is a content word."""
    m = _PREDICATE.match(text[q.end :])
    return m.group("v").lower() if m and content_stems(m.group("v")) else governing_noun(text, q)  # "samples from 22"


_CHANGE_VERB = re.compile(_CHANGE.pattern.split("(?=")[0], re.IGNORECASE)


def changed_of(text: str, q: Quantity) -> list[str] | None:
    """What a change figure is the change of: the words before the change verb in the figure's clause
    ("its third-quarter revenue fell 6%" -> revenue; "net profit rose 3%" -> net profit). Two changes of
    different things (revenue, profit) are different measures however close their figures."""
    clause_starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, q.start)]
    lo = clause_starts[-1] if clause_starts else 0
    verbs = list(_CHANGE_VERB.finditer(text, lo, q.start))
    if not verbs:
        return None
    before = re.findall(r"[A-Za-z][\w'-]*", text[lo : verbs[-1].start()])[-3:]
    words = [w.lower() for w in before if content_stems(w)]  # words, not stems: the reason shows them
    return words[-2:] or None


def _near(text: str, q: Quantity, width: int = 40) -> str:
    return text[max(0, q.start - width) : min(len(text), q.end + width)]


def measures_of(text: str, quantities: list[Quantity], speaker: str | None = None) -> list[dict[str, Any]]:
    """One slot per numeric quantity: its kind, role, unit, whether it is a change or a part, whose it is
    and the period it covers (``speaker`` resolves "his rate")."""
    out = []
    for q in quantities:
        if q.kind == "date" or q.value is None:
            continue
        near = _near(text, q)
        near_words = words_of(near)  # gates of the near-window patterns (extract.gates: same results)
        # a span of time ("90 years", "a six-year term") counts time whatever role word stands near it
        span = duration_of(text, q)
        role = "duration" if span is not None else counted_loss(text, q, figure_role(text, q))  # words next to it only
        norm = _NORM.match(text[q.end :]) if role is None and q.kind == "percent" else None
        if norm:  # a level against a norm: compared with other deviations of the same thing, in one direction
            below = norm.group(0).split()[0].lower() in ("below", "under", "lower", "less")
            role = f"{DEVIATION} {'below' if below else 'above'} the norm"
        if role == "price" and _INFLATION.search(text):
            role = "price change"  # inflation is the change of prices
        offset = bool(q.unit and _TIME_UNIT.match(q.unit) and _OFFSET.match(text[q.end :]))
        # "fell to 87.4%, down from 88.6%": a figure a change verb goes to (or comes from) is a level, whatever
        # change word stands near it; only a base ("year on year") still makes it a change
        level = is_level(text, q, _CHANGE)
        if ((_G_CHANGE.search(near, near_words) and not level) or changed_base(_G_PERIOD_BASE.search(near, near_words), near, q.kind, text[max(0, q.start - 40) : q.start])) \
                and span is None and not offset and not (role or "").endswith(" change"):
            role = f"{role or q.unit or q.kind} change"
        # a comparison base belongs to a change or a rate: "42 cases since July 20" is a level counted from a day
        base = period_base(text) if (role or "").endswith(" change") or q.kind == "percent" else None
        part = part_of(text, q, near, near_words)  # a part ("alone", "120 new cases") or the total ("so far")
        counted = counted_noun(text, q) if span is None else None  # "the number of customers ... at 11 million"
        unit = q.unit or (span_unit(text, q) if span is not None else counted)
        out.append(
            {
                k: v
                for k, v in {
                    "kind": q.kind,
                    "role": role,
                    "unit": unit,
                    "count_of": counted,
                    "of": span,
                    "thing": measured_thing(text, q) if span is None else None,  # "18 km of coastline"
                    "pred": predicate_of(text, q) if role is None else None,
                    "group": counted_group(text, q, unit, counted),  # "treated 610 runners" / "runners still on ..."
                    "text": q.text,
                    "part": part,
                    "base": base,
                    "subj": changed_of(text, q) if (role or "").endswith(" change")
                    else subject_of(text, q) if (role or "").startswith(DEVIATION)
                    else role_thing(text, q) if role else amount_for(text, q),
                    "period": period_of(text, q), "qual": role_qualifier(text, q, role, _ROLE_RES),
                    **act_of(text, q, speaker=speaker, priced=role == "price" or q.kind == "money"),
                    **figure_state(text, q), **purpose_slots(text, q),  # "have died", "raised ... to"; of/for, modifiers
                    **figure_sort(text, q),  # an age, a rank or a threshold: no measure of the story
                }.items()
                if v
            }
        )
        out[-1].update(figure_agent(text, q, out[-1].get("group")))  # who did the deed the figure is the object of
        out[-1].update(figure_place(text, q))  # "Sixty homes on Cooper Street": the named place its things are in
    return out
