"""Claim frames: what a claim asserts, as slots analysis can compare without re-reading words.

Why: relations built from sentence wording ("denial:", "negation:") fire on whatever two
sentences share. A fact-checker compares *slots*: what is measured (and in which role:
killed vs injured, a part vs the total), its value, the time the figure refers to, the place,
whether it is asserted as done, planned, expected, denied, hedged or quoted, its direction,
and who says it through whom. The frame is computed once at extraction and stored
(``claim_frames``); ``workbench.analyze`` reads these fields and never re-parses the text.

The vocabulary here is general news structure (modal verbs, reporting verbs, direction
verbs, calendar words), not any one story's names.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.assessment import assess
from workbench.extract.measure_keys import measure_keys
from workbench.extract.reftime import parse_published, resolve_time
from workbench.models import Attribution, Frame, Quantity

MODALITIES = ("done", "planned", "expected", "denied", "hedged", "quoted")

# What role a counted figure plays: outcomes of one incident are different measures.
ROLES = {
    "killed": r"kill\w*|dead|deaths?|died|die|fatalit\w*|slain|lives|bod(?:y|ies)|(?:death )?toll",
    "injured": r"injur\w*|wounded|hurt",
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
_ROLE_RES = {k: re.compile(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in ROLES.items()}
_CHANGE = re.compile(
    r"\b(?:rose|risen|rise|rises|fell|fallen|falls|increase[ds]?|decrease[ds]?|up|down|"
    r"grew|grown|dropped|declined|jumped|climbed|slid|change[ds]?)\b(?= (?:by\b|from\b|\d))",
    re.I,
)
_PERIOD_BASE = re.compile(
    r"\b(?:month-on-month|month on month|year-on-year|year on year|annual(?:ly)?|"
    r"quarter-on-quarter|quarterly|from a year earlier|compared with)\b",
    re.IGNORECASE,
)
_PART = re.compile(r"\b(?:including|among them|of whom|of them|additional|another|further|new|alone)\b|^of the \w+,", re.I)
_TOTAL = re.compile(r"\b(?:total|in all|altogether|overall|combined|cumulative|so far|to date)\b", re.IGNORECASE)

_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes|disputed|disputes)\b"
    r"|\b(?:is|was|are|were) (?:false|untrue|not true)\b",
    re.IGNORECASE,
)
_AFFIRM = re.compile(
    r"\bthere (?:is|was|can be) (?:no|little) (?:question|doubt)\b|\bno doubt\b|"
    r"\bundeniabl[ey]\b|\bnobody (?:denies|disputes)\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|apparently|purportedly|is (?:believed|thought|said) to|"
    r"are (?:believed|thought|said) to|was (?:believed|thought|said) to|may have|might have|"
    r"could have|unconfirmed|it is unclear|possibly|perhaps|rumou?red)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|shall|plans? to|planned to|planning to|intends? to|is to|are to|"
    r"is set to|are set to|scheduled|due to (?!the)|aims? to|going to|would (?:be|take))\b",
    re.IGNORECASE,
)
_EXPECTED = re.compile(
    r"\b(?:expected|forecast|projected|predicted|likely to|could rise|may rise|estimated to reach|"
    r"anticipated)\b",
    re.IGNORECASE,
)
_DIRECTIONS = (
    (
        "up",
        re.compile(
            r"\b(?:rose|risen|rising|rises|increased|increases|grew|grown|climbed|jumped|surged|"
            r"soared|up|higher|doubled|tripled|accelerated|gained)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "down",
        re.compile(
            r"\b(?:fell|fallen|falling|falls|decreased|decreases|dropped|declined|slid|plunged|"
            r"down|lower|halved|slowed|shrank|lost)\b",
            re.IGNORECASE,
        ),
    ),
)
_SCOPE = (
    ("country", re.compile(r"\b(?:nationwide|national(?:ly)?|country(?:wide)?|nation)\b", re.IGNORECASE)),
    ("region", re.compile(r"\b(?:region(?:al|s)?|provinc(?:e|ial)|state-wide|statewide|county|district|oblast)\b", re.I)),
    ("city", re.compile(r"\b(?:city|town|village|municipal\w*|downtown)\b", re.IGNORECASE)),
    ("site", re.compile(r"\b(?:plant|factory|mill|depot|refinery|site|facility|mine|hospital|school|"
                       r"building)\b", re.IGNORECASE)),
)
_ALL_SITES = re.compile(
    r"\b(?:all|every|across|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of)\b(?: \S+){0,2}? ?"
    r"(?:plants|factories|mills|depots|refineries|sites|facilities|mines|hospitals|schools)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?:in|at|near|outside|from) (?P<p>(?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+)?)")
_NOT_PLACES = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "I",
    "It",
    "He",
    "She",
    "They",
    "We",
}

_CLOCK = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d) ?(?P<ap>a\.?m\.?|p\.?m\.?)?(?: (?P<tz>[A-Z]{2,4}))?\b|"
    r"\b(?P<h2>1[0-2]|[1-9]) ?(?P<ap2>a\.?m\.?|p\.?m\.?)(?: (?P<tz2>[A-Z]{2,4}))?",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")


_INFLATION = re.compile(r"\binflation\b", re.IGNORECASE)
_MONTH_BACK = re.compile(
    r"\b(?:from|since|than in|compared with) (?:January|February|March|April|May|June|July|August|September|October|"
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
        if w.startswith(("year", "annual", "from a year")):
            return "year-on-year"
        if w.startswith("quarter"):  # quarter-on-quarter, quarterly
            return "quarter-on-quarter"
    if _MONTH_BACK.search(text):
        return "month-on-month"
    return None


def role_of(text: str) -> str | None:
    hits = [(m.start(), k) for k, r in _ROLE_RES.items() for m in [r.search(text)] if m]
    return min(hits)[1] if hits else None


_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[-–—]+\s")  # not the comma of "1,100"


def figure_role(text: str, q: Quantity, width: int = 50) -> str | None:
    """The role word that belongs to a figure: the nearest one in its clause, in its own words first
    ("300 bodies", "430 injured people"), then after it ("4,000 workers took part in the strike"),
    then before it ("turnout ... was 58%"). A role word behind a comma belongs to another clause."""
    after = text[q.start : q.end + width]
    before = text[max(0, q.start - width) : q.start]
    found = []
    for k, r in _ROLE_RES.items():
        for m in r.finditer(after):
            if not _CLAUSE_END.search(after[: m.start()]):
                found.append((max(0, m.start() - (q.end - q.start)), k))
        for m in r.finditer(before):
            if not _CLAUSE_END.search(before[m.end() :]):
                found.append((len(before) - m.end() + 5, k))
    return min(found)[1] if found else None


def _near(text: str, q: Quantity, width: int = 40) -> str:
    return text[max(0, q.start - width) : min(len(text), q.end + width)]


def measures_of(text: str, quantities: list[Quantity]) -> list[dict[str, Any]]:
    """One slot per numeric quantity: its kind, role, unit and whether it is a change or a part."""
    out = []
    for q in quantities:
        if q.kind == "date" or q.value is None:
            continue
        near = _near(text, q)
        role = figure_role(text, q)  # the role words must sit next to the figure, not anywhere in the sentence
        if role == "price" and _INFLATION.search(text):
            role = "price change"  # inflation is the change of prices
        if (_CHANGE.search(near) or _PERIOD_BASE.search(near)) and not (role or "").endswith(" change"):
            role = f"{role or q.unit or q.kind} change"
        base = period_base(text)
        part = "part" if _PART.search(near) else "total" if _TOTAL.search(near) else None
        out.append(
            {
                k: v
                for k, v in {
                    "kind": q.kind,
                    "role": role,
                    "unit": q.unit,
                    "text": q.text,
                    "part": part,
                    "base": base,
                }.items()
                if v
            }
        )
    return out


def _clock(text: str) -> str | None:
    m = _CLOCK.search(text)
    if not m:
        return None
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
    return f"{h:02d}:{minute:02d}" + (f" {tz.upper()}" if tz else "")


def modality_of(text: str, attribution: Attribution | None = None) -> tuple[str, bool]:
    """(modality, affirmed). A reporting frame ("X said") does not make a claim hedged."""
    affirmed = bool(_AFFIRM.search(text))
    if _DENIED.search(text) and not affirmed:
        return "denied", affirmed
    if _HEDGED.search(text):
        return "hedged", affirmed
    if _EXPECTED.search(text):
        return "expected", affirmed
    if _PLANNED.search(text):
        return "planned", affirmed
    if _QUOTE.search(text) and attribution is not None and attribution.speaker_kind != "none":
        return "quoted", affirmed
    return "done", affirmed


def direction_of(text: str) -> str | None:
    found = {name for name, r in _DIRECTIONS if r.search(text)}
    return found.pop() if len(found) == 1 else None


def scope_of(text: str) -> str | None:
    if _ALL_SITES.search(text):
        return "all-sites"
    for name, r in _SCOPE:
        if r.search(text):
            return name
    return None


def place_of(text: str) -> str | None:
    for m in _PLACE.finditer(text):
        if m.group("p").split()[0] not in _NOT_PLACES:
            return m.group("p")
    return None


def claim_frame(
    text: str, quantities: list[Quantity], attribution: Attribution | None = None, published: str | None = None
) -> Frame:
    """The frame of one claim; ``published`` (ISO) resolves "on Wednesday", "last month"."""
    pub = parse_published(published)
    time_iso, time_text = resolve_time(text, quantities, pub)
    modality, affirmed = modality_of(text, attribution)
    quote = _QUOTE.search(text)
    a = attribution or Attribution()
    judged = assess(text)
    return Frame(
        measures=measures_of(text, quantities),
        time=time_iso,
        time_text=time_text,
        clock=_clock(text),
        place=place_of(text),
        scope=scope_of(text),
        modality=modality,
        affirmed=affirmed,
        direction=direction_of(text),
        speaker=a.speaker,
        speaker_kind=a.speaker_kind or "none",
        via=a.via,
        quote=" ".join(quote.group(1).split()) if quote else None,
        keys=measure_keys(text, quantities) + (["assessment:importance"] if judged else []),
        assessment={"sign": judged.sign, "phrase": judged.phrase} if judged else None,
    )
