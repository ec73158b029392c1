"""Ratios in the wordings news uses for two sides, normalised to numerator / denominator.

"five Kenyan runners finish for every Syrian", "for every Syrian, five Kenyans", "5:1", "five to
one", "a ratio of 7-to-1", "three times higher than", "twice as many ... as" all become one
:class:`~workbench.models.Quantity` of kind "ratio" whose ``value`` is numerator / denominator
and whose ``numerator``/``denominator`` are normalised side words ("Kenyan", "Syrian"): a state
becomes its demonym by regular endings, a plural becomes singular. Comparing claims then needs
no knowledge of the wording or of the story.

Orientation: when both sides are known and the value is below 1 ("one Syrian for every five
Kenyans"), the sides are swapped so that ``value >= 1`` (5.0, Kenyan over Syrian). The
written form stays in ``text``. Without sides the value is kept as written ("1:3" -> 0.333).

For "A to B" and "A:B" the sides come from the sentence around the figure: the first two
distinct side mentions, in order ("Kenyan losses outnumber Syrian losses five to one"),
swapped for passives ("are outnumbered ... by").
"""

from __future__ import annotations

import re

from workbench.extract.numbers import DIGITS_CORE, MODIFIER_BEFORE, NUMBER, modifier_flags, parse_number
from workbench.extract.places import COUNTRIES, demonym
from workbench.models import Quantity

# Entity words, normalised to a singular demonym, with no vocabulary of any one story: a state's
# name becomes its demonym by the regular English endings ("Syria" -> "Syrian", "Kenya" ->
# "Kenyan", "Italy" -> "Italian"), a demonym loses its plural ("Syrians" -> "Syrian"), and any
# other capitalised side ("Poles", a city, a group) keeps its own name, singular.
_SIDE_NOUNS = {"attackers": "attacker", "attacker": "attacker", "defenders": "defender", "defender": "defender"}
_COUNTRY_ALT = "|".join(sorted((c.title() for c in COUNTRIES), key=len, reverse=True))
_ENTITY = re.compile(
    rf"\b(?:{_COUNTRY_ALT}|NATO|attackers?|defenders?|[A-Z][a-z]+(?:ians?|ese))(?:'s|’s)?\b"
)


_NUM = rf"(?:{NUMBER}|an?|one)"
_EVERY = rf"\bfor (?:every|each)(?: (?P<dnum>{_NUM}))? (?P<dside>[^.;,!?]{{1,60}}?)"
# "for every Syrian runner, five Kenyan runners finish"
_FOR_EVERY_FIRST = re.compile(
    _EVERY + rf",? (?:(?:there (?:are|were|is|was)|\w+ (?:lose|loses|lost)) )?(?P<nnum>{NUMBER})"
    r"(?P<nside>(?: (?:(?-i:[A-Z])[\w'’-]*|soldiers?|troops?|fighters?|men|servicemen|people|lives))*)",
    re.IGNORECASE,
)
# "five Kenyan runners finish for every Syrian", "seven Kenyans for each Syrian runner"
_FOR_EVERY_LAST = re.compile(
    rf"(?P<nnum>{NUMBER}) (?P<nside>[^.;,!?]{{0,50}}?)\bfor (?:every|each)(?: (?P<dnum>{_NUM}))?"
    r" (?P<dside>[\w'’-]+(?: (?:(?-i:[A-Z])[\w'’-]*|soldiers?|troops?|fighters?|servicemen|killed|lost))*)",
    re.IGNORECASE,
)
_SMALL = r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
# "5:1", "5-to-1", "five to one", "seven-to-one"
_A_TO_B = re.compile(
    rf"(?<![\w:.-])(?P<a>{_SMALL})(?P<sep> ?: ?| to |-to-|–to–)(?P<b>{_SMALL})(?![\w:]|\.\d)", re.IGNORECASE
)
_TIMES = re.compile(
    rf"(?P<n>(?:{NUMBER}|{DIGITS_CORE}) times|twice|half|double|triple)"
    r"(?: (?P<cmp>higher|greater|more|larger|bigger|lower|fewer|smaller|less)\b(?:[^.;,!?]{0,40}? than)?"
    r"| as (?P<as>many|much|high|large|great|big|heavy)(?P<mid>[^.;!?]{0,50}?) as"
    r"|(?: that of| those of)?(?= (?-i:[A-Z][a-z]+)(?:'s|’s|ians?)\b))"
    r"(?P<dside> [^.;,!?]{1,60}|)",
    re.IGNORECASE,
)
_RATIO_WORDS = re.compile(r"\b(?:ratio|outnumber\w*|odds)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:outnumbered|outgunned)\b[^.;]*?\bby\b", re.IGNORECASE)
_HAS_EVERY = re.compile(r"\bfor (?:every|each)\b", re.IGNORECASE)
_HAS_TO = re.compile(r":|\bto\b", re.IGNORECASE)
_HAS_TIMES = re.compile(r"\b(?:times|twice|half|double|triple)\b", re.IGNORECASE)
_SHARE_WORDS = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|between) $", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;!?](?=\s)|\n")
_SMALL_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_MULTIPLIER_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "half": 0.5}


def normalize_entity(word: str) -> str:
    """"Syrians" -> "Syrian", "Kenya's" -> "Kenyan", "Poles" stays capitalised but singular."""
    bare = re.sub(r"(?:'s|’s)$", "", word)
    if bare.lower() in _SIDE_NOUNS:
        return _SIDE_NOUNS[bare.lower()]
    if bare.lower() in COUNTRIES:
        return demonym(bare.title())
    return bare[:-1] if bare.endswith("s") and not bare.endswith("ss") else bare


def _entities(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Normalised entity words in ``text[start:end]``, in order, duplicates removed."""
    found: list[str] = []
    for m in _ENTITY.finditer(text, start, len(text) if end is None else end):
        word = normalize_entity(m.group(0))
        if word not in found:
            found.append(word)
    return found


def _sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, looking at most ``reach`` characters each way."""
    left = max(0, start - reach)
    for m in _SENTENCE_BREAK.finditer(text, left, start):
        left = m.end()
    right_match = _SENTENCE_BREAK.search(text, end, min(len(text), end + reach))
    return left, right_match.start() if right_match else min(len(text), end + reach)


def _value(raw: str | None) -> float | None:
    if raw is None:
        return 1.0
    low = raw.lower()
    if low in ("a", "an"):
        return 1.0
    parsed = parse_number(raw)
    return parsed[0] if parsed else None


def _ratio(text: str, start: int, end: int, value: float | None, num: str | None, den: str | None) -> Quantity | None:
    if value is None or value <= 0:
        return None
    if num and den and value < 1:
        num, den, value = den, num, 1.0 / value
    if not (num and den):
        num = den = None
    mod = MODIFIER_BEFORE.search(text, max(0, start - 20), start)
    approx, bound = modifier_flags(mod.group("mod") if mod else None)
    start = mod.start() if mod else start
    return Quantity(kind="ratio", text=text[start:end], start=start, end=end, value=round(value, 4),
                    approx=approx, bound=bound, numerator=num, denominator=den)


def _trim_end(text: str, start: int, end: int) -> int:
    """End of a span without trailing spaces."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _for_every(text: str) -> list[Quantity]:
    found = []
    for m in _FOR_EVERY_FIRST.finditer(text):
        nv, dv = _value(m.group("nnum")), _value(m.group("dnum"))
        if nv is None or not dv:
            continue
        dents, nents = _entities(text, m.start("dside"), m.end("dside")), _entities(text, *m.span("nside"))
        if not nents:
            nents = _entities(text, m.end("nside"), min(len(text), m.end("nside") + 40))[:1]
        if not nents:
            continue  # "for every Syrian, one official said" is no ratio
        end = _trim_end(text, m.start(), m.end())
        found.append(_ratio(text, m.start(), end, nv / dv, nents[0] if nents else None, dents[0] if dents else None))
    for m in _FOR_EVERY_LAST.finditer(text):
        nv, dv = _value(m.group("nnum")), _value(m.group("dnum"))
        if nv is None or not dv or _SHARE_WORDS.search(m.group("nside")):
            continue  # "one per cent for every age group" is a share, not a ratio
        nents = _entities(text, *m.span("nside")) or _entities(text, *_before(text, m.start()))[-1:]
        dents = _entities(text, *m.span("dside"))
        if not (nents or dents):
            continue  # "173 rupees for every ATM transaction" is a price, not a ratio
        end = _trim_end(text, m.start(), m.end())
        found.append(_ratio(text, m.start(), end, nv / dv, nents[0] if nents else None, dents[0] if dents else None))
    return [q for q in found if q]


def _before(text: str, pos: int) -> tuple[int, int]:
    left, _ = _sentence_bounds(text, pos, pos)
    return left, pos


def _a_to_b(text: str) -> list[Quantity]:
    found = []
    for m in _A_TO_B.finditer(text):
        a, b = m.group("a").lower(), m.group("b").lower()
        av = float(_SMALL_WORDS.get(a, 0) or (a.replace(",", "") if a[0].isdigit() else 0))
        bv = float(_SMALL_WORDS.get(b, 0) or (b.replace(",", "") if b[0].isdigit() else 0))
        left, right = _sentence_bounds(text, m.start(), m.end())
        sentence = text[left:right]
        sep = m.group("sep").strip()
        explicit = sep in ("-to-", "–to–") or bool(_RATIO_WORDS.search(sentence))
        if sep == ":" and not explicit and len(b) > 1:
            continue  # "10:30" is a time
        ents = list(dict.fromkeys(_entities(text, left, m.start()) + _entities(text, m.end(), right)))
        if sep == "to" and not explicit and (1.0 not in (av, bv) or len(ents) < 2 or _FROM.search(text, left, m.start())):
            continue  # "five to ten soldiers", "from one to three days" are ranges
        if not av or not bv:
            continue
        num, den = (ents[0], ents[1]) if len(ents) >= 2 else (None, None)
        if num and _PASSIVE.search(sentence):
            num, den = den, num
        found.append(_ratio(text, m.start(), m.end(), av / bv, num, den))
    return [q for q in found if q]


def _times(text: str) -> list[Quantity]:
    found = []
    for m in _TIMES.finditer(text):
        raw = m.group("n").lower()
        if raw in _MULTIPLIER_WORDS:
            if raw != "twice" and not m.group("as"):
                continue  # "double" / "half" with "than" is not a ratio wording we trust
            factor = _MULTIPLIER_WORDS[raw]
        else:
            parsed = _value(re.sub(r"\s*times$", "", raw))
            if parsed is None:
                continue
            factor = parsed
        if m.group("cmp") and m.group("cmp").lower() in ("lower", "fewer", "smaller", "less"):
            factor = 1.0 / factor
        mid = _entities(text, *m.span("mid")) if m.group("mid") else []
        num = (mid or _entities(text, *_before(text, m.start()))[-1:] or [None])[0]
        dents = [e for e in _entities(text, *m.span("dside")) if e != num] or _entities(text, *m.span("dside"))
        den = dents[0] if dents else None
        end = m.start("dside")
        if den:
            dm = next(x for x in _ENTITY.finditer(text, m.start("dside"), m.end("dside"))
                      if normalize_entity(x.group(0)) == den)
            end = dm.end()
        found.append(_ratio(text, m.start(), _trim_end(text, m.start(), end), factor, num, den))
    return [q for q in found if q]


def extract_ratios(text: str) -> list[Quantity]:
    """Every ratio wording found in ``text``; spans may overlap (the caller picks)."""
    found: list[Quantity] = []
    if _HAS_EVERY.search(text):
        found += _for_every(text)
    if _HAS_TO.search(text):
        found += _a_to_b(text)
    if _HAS_TIMES.search(text):
        found += _times(text)
    return found
