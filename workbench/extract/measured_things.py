"""What a figure in a unit of measure measures: the noun its "of" phrase names ("18 km of coastline" -> coastline).

Why: a length, area, mass or volume is a measure of a thing, and the thing is said after "of" ("4.2 tonnes of
dead fish", "3,800 hectares of vines"); two such figures of one thing (or of two words for it: "coastline" /
"shoreline") are one measure that analysis may compare, while two of one unit without it may be anything
(``analyze.one_measure``). Stored once with the figure's slot (``Frame.measures[*]["thing"]``).
"""

from __future__ import annotations

import re

from workbench.extract.acts import act_subject
from workbench.extract.words import STOPWORDS, content_stems
from workbench.models import Quantity

# "of (the|its) (new|dead ...)? noun": up to two modifiers, the head noun last
_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|this|that)\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_AUX = frozenset("had has have was were is are been be also already then just".split())
_STOP = frozenset("which what whom whose it them this that these those".split())
# closed-class words that end the noun phrase ("45 km of shoreline had been fouled", "of vines in the valley")
_END = frozenset("""had has have was were is are be been being will would could can may might should must shall do does
    did and or but in on at by from to for with into onto over under across along near after before since as than""".split())

# after the noun, the opening of its rate ends it: "900 cubic metres of water a second" measures water
_RATE_OPEN = frozenset("a an per each every".split())


def measured_thing(text: str, q: Quantity) -> str | None:
    """The lower-case noun phrase after a measured figure's "of", or None (no unit, or no "of" right after it)."""
    if q.kind != "count" or not q.unit:
        return None
    m = _OF.match(text, q.end)
    if m is None:
        return None
    words = m.group(1).split()
    cut = next((i for i, w in enumerate(words) if w in _END or (i and w in _RATE_OPEN)), len(words))
    words = words[:cut]
    return None if not words or words[-1] in _STOP else " ".join(words)


# verbs that state a measure of their subject (closed class): "weighs 2.1 kg", "measures 55 cm", "costs 9 marks"
_MEASURE_VERBS = frozenset("weigh weighs weighed weighing measure measures measured measuring cost costs costing "
                           "total totals totalled totaled totalling number numbers numbered amount amounts amounted".split())


def figure_agent(text: str, q: Quantity, group: str | None) -> dict[str, list[str]]:
    """``{"agent": stems}``: who did the deed a figure is the object of ("Workers removed 4.2 tonnes" -> worker;
    "Volunteers from the association had pulled 9 tonnes" -> volunteer), {} where the figure is no deed's object.
    Why: two groups' removals are two measures however alike the deed and what is removed."""
    if not group or not group.startswith(("object:", "standing:")):
        return {}
    verb = group.split(":", 1)[1].split()[0] if group.split(":", 1)[1] else ""
    if verb.lower() in _MEASURE_VERBS:  # "the stone weighs 1.3 kg": its subject is what is measured, no doer
        return {}
    at = text.rfind(verb, 0, q.start) if verb else -1
    if at <= 0 or len(text[at + len(verb):q.start].split()) > 2:  # the figure is the verb's object: "pulled nearly 9"
        return {}
    before = [w for w in re.findall(r"[A-Za-z'’-]+", text[:at]) if w.lower() not in _AUX][-6:]
    stems = act_subject(text, False, at=at)
    # the agent's head stands just before the verb (auxiliaries aside: "Divers from the harbour police had lifted");
    # an infinitive has none ("is enough to lay 35 miles")
    near = {s for w in before for s in content_stems(w)}
    passive = re.search(r"\b(?:was|were|been|is|are|be)\s+$", text[:at], re.IGNORECASE)  # "has been banned": a patient
    if not stems or not before or before[-1].lower() == "to" or passive or stems[-1].lower() not in near:
        return {}
    return {"agent": stems}


# "Sixty homes on Cooper Street", "40 stalls along Market Row": a locative preposition right after the counted noun,
# then one to three capitalised words (a named place the counted things are in)
_PLACED = re.compile(r"\s+(?:on|in|at|along|near|off)\s+(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})")


def figure_place(text: str, q: Quantity) -> dict[str, str]:
    """``{"where": name}``: the named place a count's things are in ("Sixty homes on Cooper Street" -> Cooper
    Street), read right after the counted noun; {} otherwise. Why: two counts of one noun in two named places are
    two groups ("homes on Cooper Street" / "homes on Ashlin Row"), however alike their predicates."""
    if q.kind != "count" or not q.unit or not q.text.endswith(q.unit.split()[-1]):
        return {}
    m = _PLACED.match(text, q.end)
    return {"where": m.group(1)} if m and m.group(1).split()[0].lower() not in _CALENDAR_NAMES else {}


# "7 batches on Tuesday", "40 stalls in March": a day or a month after the noun is when, not a place
_CALENDAR_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split())


# Words before a measure's noun that do not narrow whom it is of: the whole measure ("overall", "national", "consumer"
# prices: the general index), its period or base ("second-quarter", "annual"), what it is as a figure ("new",
# "latest") -- closed class
_WHOLE = frozenset("""overall total national official headline general average current latest new record final consumer
    provisional revised preliminary annual annualised annualized monthly quarterly yearly weekly daily""".split())
_PERIOD_WORD = re.compile(r"(?:first|second|third|fourth|final|last|next|this|\d+(?:st|nd|rd|th)?)-(?:quarter|half|"
                          r"year|month|week)|(?:year|month|quarter|week)(?:-on-|-to-).+|q[1-4]", re.IGNORECASE)
_MODIFIER = re.compile(r"(?<![\w'’-])([A-Za-z][A-Za-z-]*)\s+$")  # a possessive ("Osterlund's") ends them


def role_qualifier(text: str, q: Quantity, role_name: str | None, roles: dict[str, re.Pattern[str]]) -> list[str] | None:
    """The words right before the noun a rate or a sum is of that narrow whom it measures ("Youth unemployment
    stood at 18.2%" -> ["youth"]; "food prices rose 4%" -> ["food"]); None when none stands there.

    Why: a sub-population's rate ("youth", "long-term", "female" unemployment) is another measure than the plain
    one, however close the role word; the words are read once here, next to the role word nearest the figure in its
    sentence (``roles``: each role's pattern), and compared in analysis (``analyze.qualified``). A name inside a sentence is a place or a holder
    (``holders``, ``places``), not a qualifier; determiners, possessives and period words end the modifiers."""
    role = roles.get((role_name or "").removesuffix(" change"))
    if role is None or q.kind not in ("percent", "money"):
        return None
    lo = max(text.rfind(".", 0, q.start), text.rfind(";", 0, q.start)) + 1
    end = text.find(".", q.end)
    hits = [m for m in role.finditer(text, lo, end if end >= 0 else len(text))
            if not (m.start() < q.end and m.end() > q.start)]
    if not hits:
        return None
    hit = min(hits, key=lambda m: min(abs(m.start() - q.end), abs(q.start - m.end())))
    words: list[str] = []
    at = hit.start()
    while len(words) < 2 and (m := _MODIFIER.search(text, lo, at)) is not None:
        w = m.group(1)
        low = w.lower()
        inside = m.start(1) > lo and text[lo:m.start(1)].strip() != ""  # not the sentence's first word
        if low in STOPWORDS or low in _WHOLE or _PERIOD_WORD.fullmatch(low) or (w[0].isupper() and inside) \
                or role.fullmatch(w):
            break
        words.insert(0, low)
        at = m.start(1)
    if words and not _opens_phrase(text[lo:at]):  # "they expected unemployment to": a verb, not a modifier
        return None
    return words or None


# what may stand before a noun phrase's first modifier: a determiner, a preposition or a conjunction (closed class)
_OPENERS = frozenset("""the a an its their his her our your this that these those of in for among on at by from with
    and or but while whereas as than""".split())


def _opens_phrase(before: str) -> bool:
    """The modifiers begin a noun phrase: the sentence's start, a possessive, punctuation or an opener before them."""
    last = before.rstrip()
    if not last or not last[-1].isalpha() or re.search(r"['’]s?$", last):
        return True
    return last.split()[-1].lower() in _OPENERS


# "will cost 1,100 jobs", "costing some 40 posts": a cost verb right before a head count
_COST_VERB = re.compile(r"\bcost(?:s|ing)?\s+(?:(?:about|around|some|nearly|almost|up to|at least|more than|over)\s+)?$",
                        re.IGNORECASE)
# what a head count of a workforce or a population is counted in (closed class); "90 million crowns" after "cost" is
# money in a currency the extractor does not know, and stays a price
_HEADS = frozenset("jobs job posts post positions roles places seats lives workers employees staff people persons "
                   "members personnel".split())


def counted_loss(text: str, q: Quantity, role: str | None) -> str | None:
    """``role``, save that a head count after a cost verb is what the act loses, not a price: "the cuts will cost 1,100
    jobs" counts jobs lost (role "lost"), while "the ticket costs 40 euros" (money) stays a price."""
    if role == "price" and q.kind == "count" and str(q.unit or "").casefold().split()[-1:] and \
            str(q.unit).casefold().split()[-1] in _HEADS and _COST_VERB.search(text, 0, q.start):
        return "lost"
    return role
