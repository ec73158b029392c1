"""What sort of figure a number is when it is no measure of the story: a person's age, a rank, a threshold.

Why a module of its own: a count is compared with other counts as one measure at one or two times (a conflict, an
update). Some sorts of number look like counts and are not: an **age** is an attribute of its holder ("the
67-year-old", "Ada Brenn, 58,", "aged 40"), never a running count or a toll; a **rank** ("the No. 3 post") counts
nothing; a **threshold** ("needs 60 votes to pass", "the 41 votes necessary to block it", "if it cannot reach 30
signatures") is what a measure must reach, not what it reached; an **increment** ("an extra 50 million", "a further
300") is an amount added to a level, never a rival of the level; a **margin** ("finished 312 votes ahead", "won by 40
votes", "a lead of 289 votes", "a 12-seat majority") is the difference between two counts, never a rival of either; a
**tenure** ("a welder who had worked there for 42 years") is, like an age, an attribute of its holder. Each is read
from a few words right next to the figure (closed-class words only: no sentence scan), stored in the figure's measure
slot (``sort``; a threshold's goal verb in ``goal``, an age's holder in ``whose``) and compared in
``analyze.figure_sorts``.
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated, words_of
from workbench.extract.numbers import WORDNUM
from workbench.models import Quantity

# "67-year-old", "67 years old", "67 years of age"
_AGE_AFTER = re.compile(r"^(?:[- ]years?[- ]old\b|-year-old\b| years? of age\b)", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age of|ages? of|at the age of)\s+$", re.IGNORECASE)
# "died at 67", "retired at 60": a life event at a bare number
_LIFE_AT = re.compile(r"\b(?:died|dies|retired|retires|retiring|married|widowed)\s+(?:at|aged)\s+$", re.IGNORECASE)
# "Ada Brenn, 58, ..." / "Mr. Lewis, now 77.": a bare number set off by commas right after a capitalised name
_NAME_COMMA = re.compile(r"\b([A-Z][\w'.-]*[a-z])\s*,\s+(?:now\s+)?$")
_APPOSITION_END = re.compile(r"^\s*(?:,|\.|;|\)|$|\s(?:and|who|was|is|has|had|said|says|stared)\b)")
_RANK_BEFORE = re.compile(r"\b(?:No\.|Nos?\.|number|#)\s*$", re.IGNORECASE)
# what must be reached: a requirement word before the figure in its clause, or right after it
_NEED_BEFORE = re.compile(
    r"\b(?:needs?|needed|needing|requires?|required|requiring|requirement|threshold|minimum|must (?:\w+ ){0,2}"
    r"(?:win|get|earn|reach|secure|have|gather|collect)|(?:if|unless|cannot|can[’']t|could not|couldn[’']t|won[’']t|fails? to|"
    r"failed to) (?:\w+ ){0,2}(?:achieve|reach|get|win|muster|secure|earn|hit|clear|gather|collect))\b[^,;:.!?]{0,40}$",
    re.IGNORECASE,
)
_NEED_AFTER = re.compile(r"^(?:\s+[a-z][\w-]*){0,2}?\s+(?:needed|necessary|required)\b", re.IGNORECASE)
# "60 people needed treatment", "20 patients required surgery": the verb of the counted subject, with its own object
# (a word that is no preposition), counts those who needed something; "the 41 votes needed to block it" is a goal
_NEEDED_SOMETHING = re.compile(r"^(?:\s+[a-z][\w-]*){0,2}?\s+(?:needed|required)\s+(?!(?:to|for|by|in|if|at|on|under|"
                               r"before|after|so|as|than|and|or)\b)[a-z]", re.IGNORECASE)
_TIME_UNIT = re.compile(r"(?:second|minute|hour|day|night|week|month|year|decade)s?$", re.IGNORECASE)
_GOAL = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}?\s+to\s+([a-z]+)\b")
_NOT_GOALS = frozenset({"be", "the", "a", "an", "date", "its", "their", "his", "her"})


def _bare(text: str, q: Quantity) -> bool:
    """A whole number with no unit, in a plausible range of a human age."""
    return q.kind == "count" and not q.unit and q.value is not None and float(q.value).is_integer() \
        and 0 < q.value < 125 and q.text.strip().isdigit()


def _age(text: str, q: Quantity) -> dict[str, str] | None:
    before, after = text[max(0, q.start - 40) : q.start], text[q.end : q.end + 30]
    if _AGE_AFTER.match(after) or (q.unit and q.unit.lower().startswith("year") and
                                   re.match(r"^[- ]?old\b", after, re.IGNORECASE)):
        return {"sort": "age"}
    if not _bare(text, q):
        return None
    aged = _AGE_BEFORE.search(before)
    if aged and (name := _NAME_COMMA.search(before, 0, aged.start())):  # "Ada Brenn, aged 58"
        return {"sort": "age", "whose": name.group(1).rstrip(".")}
    if aged or _LIFE_AT.search(before):
        return {"sort": "age"}
    name = _NAME_COMMA.search(before)
    if name and _APPOSITION_END.match(after):
        return {"sort": "age", "whose": name.group(1).rstrip(".")}
    return None


# "a welder who had worked at the yard for 42 years", "Lund, who has run the shop for 12 years": the years of the
# holder's working life told in a relative clause (closed class: relative pronoun, perfect auxiliary, "for")
_TENURE_BEFORE = re.compile(r"\b([\w'’.-]+),?\s+who\s+(?:has|had|have)\s+(?:[\w'’-]+\s+){1,6}?for\s+$", re.IGNORECASE)
_LIFE_SPANS = re.compile(r"(?:year|decade)s?$", re.IGNORECASE)


def _tenure(text: str, q: Quantity) -> dict[str, str] | None:
    """Years a person has spent at something, in a relative clause about that person: an attribute of its holder
    (like an age), no measure of the story; ``whose``: the word the clause describes. Hours and days ("who had
    been trapped for three days") may time the event itself and are left as they are."""
    if not _LIFE_SPANS.match(q.unit or ""):
        return None
    m = _TENURE_BEFORE.search(text, max(0, q.start - 90), q.start)
    return {"sort": "tenure", "whose": m.group(1)} if m else None


def _threshold(text: str, q: Quantity) -> dict[str, str] | None:
    before, after = text[max(0, q.start - 80) : q.start], text[q.end : q.end + 60]
    if not (_NEED_BEFORE.search(before) or (_NEED_AFTER.match(after) and not _NEEDED_SOMETHING.match(after))):
        return None
    goal = _GOAL.match(after)
    word = goal.group(1).lower() if goal else None
    return {"sort": "threshold", **({"goal": word} if word and word not in _NOT_GOALS else {})}


# "That will buy ...", "This would bring ...": the subject is a thing an earlier sentence named
_DEMONSTRATIVE = re.compile(r"^\W*(?:That|This)\s+(?:will|would|could|can|may|might|should|is|was|buys?|brings?|"
                            r"means?|puts?|leaves?|makes?|adds?)\b")


# a bare numeral right after a capitalised noun names a thing ("Line 4", "Gate 7", "Terminal 2"): no count; the
# capitalised words that stand before counts (a sentence's opening preposition, a month, a day) are left out
_NAMED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_NOT_NAMES = frozenset("""in on at by of for to from since until till between about around over under after before
    during some nearly almost only just all another and but or the a an its their his her this these those every each
    january february march april may june july august september october november december monday tuesday wednesday
    thursday friday saturday sunday""".split())


def _headline(text: str) -> bool:
    """Most words capitalised ("It Would Take 228 Years for ..."): capitals there mark no names."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 2 > len(words)


def _named_number(text: str, q: Quantity) -> bool:
    """"Velsborg's Line 4", "Gate 7 was opened": a numeral in digits with no unit, right after a capitalised noun."""
    return not q.unit and q.text.isdigit() and names_a_thing(text, q.start)


def names_a_thing(text: str, start: int) -> bool:
    """The digits at ``start`` follow a capitalised noun that they number ("Line 4"): a name, no figure."""
    if _headline(text):
        return False
    m = _NAMED_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).lower() not in _NOT_NAMES


# "a maximum of three years", "the maximum sentence is 20 years", "a maximum fine of 5,000": the most a rule allows
# (what a charge carries, what a hall holds), not what was given or done: a limit is no rival of a value under it
_LIMIT = re.compile(r"\b(?:maximum|max\.?)(?:\s+[a-z]+){0,2}?(?:\s+(?:of|is|was|at))?\s+(?:[$€£¥]\s?)?$", re.IGNORECASE)


def is_limit(text: str, q: Quantity) -> bool:
    """True when "maximum" stands right before the figure (its own clause, a few words): the most allowed."""
    return q.kind in ("count", "money") and _LIMIT.search(text, max(0, q.start - 40), q.start) is not None


def figure_sort(text: str, q: Quantity) -> dict[str, str]:
    """The sort slots of one figure (empty for an ordinary measure); ``whose`` is "(earlier sentence)" for a
    figure of a claim whose subject is a demonstrative: what it counts was named before the claim."""
    sort = {"sort": "increment"} if q.kind in ("count", "money") and is_increment(text, q) else \
        {"sort": "limit"} if is_limit(text, q) else {"sort": "margin"} if is_margin(text, q) else _sort(text, q)
    return {"whose": "(earlier sentence)", **sort} if _DEMONSTRATIVE.match(text) and q.kind != "date" else sort


def _sort(text: str, q: Quantity) -> dict[str, str]:
    if q.kind == "percent":  # "turnout must reach at least 30 per cent": what a share must reach
        return _threshold(text, q) or {}
    if q.kind not in ("count", "duration") and not (q.unit or "").lower().startswith("year"):
        return {}
    age = _age(text, q)
    if age:
        return age
    if q.kind == "count" and (_RANK_BEFORE.search(text[max(0, q.start - 6) : q.start]) or _named_number(text, q)):
        return {"sort": "rank"}
    if q.kind == "count" and (tenure := _tenure(text, q)):
        return tenure
    if q.kind != "count" or _TIME_UNIT.match(q.unit or ""):
        return {}  # "needed six hours to bring it under control": how long it took, not what must be reached
    return _threshold(text, q) or _restated_threshold(text, q)


def _restated_threshold(text: str, q: Quantity) -> dict[str, str]:
    """"If it cannot reach 60 votes, could anyone pass with 60 or more votes?": a figure repeating an earlier
    threshold's number and unit in one claim restates that threshold."""
    if q.value is None or not float(q.value).is_integer() or str(int(q.value)) not in text[: q.start]:
        return {}  # the usual case: the number stands once in its claim
    unit = rf"\s+{re.escape(q.unit)}\b" if q.unit else r"\b"  # "60 or more" names no unit: any earlier 60
    for hit in re.finditer(rf"(?<![\d.,]){int(q.value)}{unit}", text[: q.start]):
        if _NEED_BEFORE.search(text[max(0, hit.start() - 80) : hit.start()]):
            return {"sort": "threshold"}
    return {}


# "an extra 50 million", "a further 300", "another 12", "an additional 2,000": the figure is added to a level
# (closed-class words right before it), so it is the amount of a change, never a rival of the level itself
# and "increase output by 1.5 million", "cut spending by 300 million": the amount a change verb moves a level by
_INCREMENT = re.compile(r"(?:\b(?:extra|additional|further|another)|\b(?:increas|rais|rose|risen|cut|reduc|lift|boost|"
                        r"lower|expand|grow|grew|fell|fall|drop|declin|decreas|shr[iau]nk|slash|trim)\w*\b[^,.;]{0,30}"
                        r"\bby)\s+(?:[$€£¥]\s?)?$", re.IGNORECASE)


# Speed (ingest18): the window search runs only when the claim's letter runs (memoised) hold a word that can start a
# match. Exact for a window given as pos/endpos (not a slice): ``\b`` at pos still sees the character before it.
_G_INCREMENT = Gated(_INCREMENT)


# a margin: "312 votes ahead (of)", "40 points clear", "a 12-seat majority" (words right after the figure); "a lead of",
# "Vollan's lead stood at", "the gap narrowed to" (a difference noun after a determiner or possessor, in the figure's
# clause; "majority" only with a verb, since "the majority of 300 residents" is most of them, no margin); "won by",
# "beat ... by", "leads by" (a verb of winning or leading, then "by" right before the figure)
# ("ahead"/"behind" only at the clause's end or before a rival named or pronoun: "200 jobs ahead of the merger" is a time)
_MARGIN_AFTER = re.compile(r"(?:\s+(?:ahead|clear|behind)(?=\s*(?:[,.;:)]|$)|\s+of\s+(?:[A-Z]|(?:his|her|their|its)\b))|"
                           r"[- ](?:[a-z]+[- ])?(?:lead|majority|margin|advantage|gap)\b)")
_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|[\w’'-]+['’]s)\s+(?:[\w-]+\s+)?(?:(?:lead|margin|advantage|gap)\b[^,.;:]{0,25}?"
    r"\b(?:of|at|to|was|is|by)|majority\b[^,.;:]{0,25}?\b(?:at|to|was|is|by))|"
    r"\b(?:won|wins?|winning|beat|beats|beaten|defeated|lost|loses?|losing|leads?|leading|led|trail(?:s|ed|ing)?|"
    r"(?:re-?)?elected|carried|passed)\b"
    r"[^,.;:]{0,40}?\bby)\s+(?:(?:just|only|about|nearly|almost|some|around|roughly|a)\s+)?$", re.IGNORECASE)


_TALLY_TO = re.compile(rf"\s*(?:-|to)\s*(?:\d+\b|{WORDNUM})", re.IGNORECASE)


def is_margin(text: str, q: Quantity) -> bool:
    """True when the figure is a difference between two counts (module docstring): closed-class words next to it."""
    if q.kind not in ("count", "percent") or _TALLY_TO.match(text, q.end) or " of " in q.text:
        return False  # "passed by 88 votes to 71": a tally; "carried by eight of the eleven judges": who carried it
    if _MARGIN_AFTER.match(text, q.end):
        return True
    return _MARGIN_BEFORE.search(text, max(0, q.start - 60), q.start) is not None  # a 60-character window: linear


# "two more bodies", "three more gates": "more" between the number and its noun adds to a count ("seven more were
# missing", with no noun, is as often a count of its own beside another: left as a count)
_MORE = re.compile(r"\s+more\s+(?!than\b)[a-z]", re.IGNORECASE)


def is_increment(text: str, q: Quantity) -> bool:
    """True when an increment word stands right before the figure, or "more" between its number and its noun (an
    amount added, not a level)."""
    number = re.match(r"[\w,.-]+", q.text)
    if number and _MORE.match(q.text, number.end()):
        return True
    return _G_INCREMENT.may_match(words_of(text)) and _INCREMENT.search(text, max(0, q.start - 60), q.start) is not None

