"""Which group of a counted noun a figure counts: the act done to it or by it, or the state it is in.

Why a module of its own: one story counts one population in many ways -- "medics treated 610 runners",
"62 runners were taken to hospital", "about 4,000 runners still on the course", "18,500 runners started".
The noun is the same; the verb or the state that picks the group out is what is measured. Stored once per
figure at extraction (``Frame.measures[...]["group"]``) so analysis compares a field
(``analyze.count_groups``) and never re-reads the sentence.

Only closed-class words are listed here (auxiliaries, approximators, prepositions, a few adverbs); the
group word itself is whatever content word stands in the verb's or the state's place.
"""

from __future__ import annotations

import re

from workbench.extract.words import STOPWORDS, content_stems
from workbench.models import Quantity

# words between a governing verb and its figure: "treated more than 600", "insured for 900 million", "worth about 30"
_APPROX = frozenset(
    "about around some nearly almost over more than less fewer at least most up to for only just roughly an a "
    "estimated approximately close another further additional".split()
)
_AUX = frozenset("were was are is have has had been being be will would may might could".split())
_ADVERBS = frozenset("still now already also all yet then later reportedly even thus since".split())
_PREPOSITIONS = frozenset(
    "on in at along inside outside across near off under behind without aboard onboard around within".split()
)
# a noun phrase head before the figure ("a total of", "the number of") is no verb governing it
_HEAD_LINK = frozenset({"of"})
# a level a figure is put at or reaches ("has risen to 87", "put its value at 400,000") is no group of the noun;
# "up to", "at least" and "at most" only bound it
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# verbs whose noun object names the act ("needed treatment", "received care", "underwent surgery"): closed class
_LIGHT = frozenset("need needs needed require requires required receive receives received undergo underwent undergone "
                   "sought seek seeks got get".split())
_CLAUSE_END = re.compile(r"[,;:.!?]\s|\s(?:and|but|while|whereas|who|which|that)\s")


def _clause_before(text: str, start: int) -> str:
    cut = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    return text[cut[-1] if cut else 0 : start]


def _clause_after(text: str, end: int) -> str:
    m = _CLAUSE_END.search(text, end)
    return text[end : m.start() if m else len(text)]


def _verb_before(text: str, q: Quantity) -> str | None:
    """"Medics treated more than 600 runners" -> treated: the lower-case content word that governs the figure."""
    clause = _clause_before(text, q.start)  # once: the unit test below reads the same clause
    words = _WORD.findall(clause)
    skipped: list[str] = []
    while words and words[-1].lower() in _APPROX:
        skipped.append(words.pop().lower())
    level = ("to" in skipped and "up" not in skipped) or ("at" in skipped and not {"least", "most"} & set(skipped))
    if not words or level or any(w in _HEAD_LINK for w in skipped):
        return None
    w = words[-1]
    if not w[:1].islower() or w in STOPWORDS or w in _PREPOSITIONS or not content_stems(w):
        return None
    if re.search(rf"\d\s*{re.escape(w)}\W*(?:\w+\W+){{0,{len(skipped)}}}$", clause):
        return None  # the unit of a figure before ("in 2 hours 14 minutes"): no verb
    return f"object:{w}"


def _predicate_after(text: str, q: Quantity) -> str | None:
    """"62 runners were taken to hospital" -> taken; "4,000 runners still on the course" -> on course.

    A place after the noun ("two people in the city have died") only qualifies it: the verb after it is read.
    A state is read only where nothing follows it or a state adverb ("still", "now") introduces it."""
    after = _clause_after(text, q.end)
    if after.lstrip()[:1].isdigit():
        return None  # another figure follows ("2 hours 14 minutes"): its unit is no predicate
    words = _WORD.findall(after)
    k, adverb = 0, False
    while k < len(words):
        low = words[k].lower()
        if low in _AUX or low in _ADVERBS or low.endswith("ly"):
            adverb = adverb or low in _ADVERBS
            k += 1
        elif low in _PREPOSITIONS and not adverb:
            aux = next((j for j in range(k + 1, min(len(words), k + 6)) if words[j].lower() in _AUX), None)
            if aux is None:
                break
            k = aux
        else:
            break
    if k >= len(words) or not words[k][:1].islower():
        return None
    w = words[k]
    if w in _PREPOSITIONS:
        thing = next((x for x in words[k + 1 : k + 4] if content_stems(x)), None)
        return f"state:{w} {thing}" if thing else None
    if w in STOPWORDS or not content_stems(w):
        return None
    noun = words[k + 1] if k + 1 < len(words) and w.lower() in _LIGHT else ""
    if noun[:1].islower() and noun not in STOPWORDS and noun not in _PREPOSITIONS and content_stems(noun):
        return f"predicate:{noun}"  # "needed treatment" counts those treated: the noun is the act
    return f"predicate:{w}"  # "still live" and "remain" may be one state in two verbs: both predicates


# a count standing at a later time than the event it follows: "still waiting", "now in hospital", "brought out by
# Tuesday afternoon" (closed class: two state adverbs, the aspect verb "remain", "by" before a calendar word or a clock)
_STANDING_ADVERB = frozenset({"still", "now", "remain", "remains", "remained", "remaining"})  # "remain" is "still are"
_BY_TIME = re.compile(r"\bby\s+(?:the\s+end\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:noon|midnight|midday|"
                      r"dawn|nightfall|morning|afternoon|evening|tonight|then)\b|\d)", re.IGNORECASE)


def _standing(text: str, q: Quantity) -> bool:
    """The figure counts those in a state at a later time ("4,000 homes were still waiting", "by Tuesday afternoon
    eleven had been brought out"), not those the event itself touched: another measure than the event's count."""
    after = _clause_after(text, q.end)
    if any(w.lower() in _STANDING_ADVERB for w in _WORD.findall(after)[:4]):
        return True
    return bool(_BY_TIME.search(after) or _BY_TIME.match(_clause_before(text, q.start).lstrip())
                or _BY_TIME.match(text[: q.start].lstrip()))  # "By Wednesday, 118,000 birds had been culled"


def _counted_predicate(text: str, q: Quantity, counted: str) -> str | None:
    """"the number of vehicles crossing on a weekday at 52,000" -> predicate:crossing: the participle right after the
    counted noun of a "number of" phrase before the figure picks out the group, as "52,000 vehicles cross" would."""
    # the participle, or the verb of a relative clause ("the number of homes that lost power"): one group either way
    found = list(re.finditer(rf"\b{re.escape(counted)}\s+(?:(?:that|who|which)\s+(?:(?:have|has|had|were|was)\s+)?"
                             rf"(?:been\s+)?(?P<r>[a-z]+)|(?P<v>[a-z]+(?:ing|ed|en)))\b", text[: q.start], re.IGNORECASE))
    verb = (found[-1].group("v") or found[-1].group("r")).lower() if found else ""
    if not verb or verb in STOPWORDS or not content_stems(verb):
        return None
    return f"predicate:{verb}"


def counted_group(text: str, q: Quantity, unit: str | None, counted: str | None = None) -> str | None:
    """The act or state that defines the group a count of ``unit`` counts, or None (no unit, or nothing read).

    The verb that governs the figure comes first ("treated 610 runners on the course": treated); else the
    predicate after the counted noun ("runners were taken", "runners started", "runners still on the course").
    A figure stated as "the number of" a noun (``counted``) has its group in that phrase: a participle after the noun
    ("the number of vehicles crossing"), else none.

    The result names its construction, "object:treated", "predicate:taken", "standing:waiting" (a count of a state
    at a later time: ``_standing``) or "state:on course" (a place after a
    state adverb, or with no verb after it): sources reword one act with another verb of the same construction ("contained" /
    "held"), so analysis sets apart only groups read in different constructions, or two different states."""
    if counted and q.kind == "count" and q.value is not None:
        return _counted_predicate(text, q, counted)
    if not unit or q.kind != "count" or q.value is None:
        return None
    group = _verb_before(text, q) or _predicate_after(text, q)
    if group and _standing(text, q):  # "standing:waiting": the construction says when the group is counted
        return "standing:" + group.partition(":")[2]
    return group
