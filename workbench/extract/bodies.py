"""Names a document shows to be bodies, not people: "Ostrel said it expected ...", "Brightwell denied that its ...".

A person who reports on themself says "he", "she" or "I"; a named subject that reports on itself as "its", or as
"it" doing something (not the "it" of "said it was unfair", which is about a thing), is a company or a body. The
document is read once before attribution, so the first mention ("Ostrel Power said on Monday") is known as a body
too; its short form ("Ostrel") and long form share the first word. A name that the text also gives a person's
pronoun ("Varga said she ...") or ends a longer name with ("Ana Varga": a surname) stays a person. Structure
only: reporting verbs and pronouns are closed classes.
"""

from __future__ import annotations

import re

from workbench.extract.given_names import is_given_name
from workbench.extract.heads import ORG_NOUNS, TITLE_WORDS
from workbench.extract.speakers import VERBISH

_NAME = r"((?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*)"
_VERB = (
    r"(?:said|says|denied|denies|confirmed|confirms|announced|announces|insisted|insists|added|adds|stated|states|"
    r"rejected|rejects|warned|warns|reported|reports|repeated|repeats|maintained|maintains|acknowledged|acknowledges|"
    r"admitted|admits|conceded|concedes|explained|explains)"
)
# "X said (on Monday) (that) it ...", "X rejected claims that its ...", "X said in its report"; each pattern is
# anchored on its closed-class words and reads the name backwards from there (no scan for names)
_STATED = re.compile(
    rf"\b{_VERB}\s+(?:on\s+[A-Z]\w+\s+)?(?:(?:[a-z]+\s+){{0,2}}?that\s+|in\s+(?=its\s))?"
    # "denied that any of its aircraft ...", "repeated that none of its planes ..."
    r"(?:(?:any|none|some|all|most|one|each|many|several|neither)\s+of\s+)?(?=its?\s)"
)
_SUBJECT = re.compile(rf"{_NAME}\s+(?:(?:[a-z]+ly|again|also|now|later|still|then|once again)\s+)?$")
# "the operator, Nordbahn, ...": a name in apposition to a body's head noun
_APPOSED = re.compile(rf",\s+{_NAME},")
# "Tollbright, the meter operator,", "Valmont Mutual, the valley's main farm insurer.": a name apposed to a body's
# head noun that follows it (no preposition on the way: "Ana Ruiz, the head of the agency," is a person)
_APPOSED_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:of|at|for|from|with|in|on|to|and|or)\s)[\w'’-]+\s+){0,3}?([a-z]+)[,.;]"
)
_OBJECT_OF = re.compile(r"\b(?:of|at|for|from|with|in)\s+$")
# "its operator, Alpwerk Lifts,": a body's own head noun after its possessive is as good as after "the"
_HEAD_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+)$")
# "Arkwell chief executive Dana Holt", "Ostrel's shareholders": only a body has these
_OWNS = re.compile(
    r"(?:'s|’s)?\s+(?:chief executive|chief financial officer|chief operating officer|shareholders)\b|(?:'s|’s)\s+(?:board|shares)\b"
)
# "Shares in Carrick Minerals fell": only a company has shares traded in it
_SHARES_IN = re.compile(rf"\b[Ss]hares\s+in\s+{_NAME}")
_OWNER = re.compile(rf"{_NAME}$")
# "it" as the subject of what the body did; a copula, modal or "has been" after it is the "it" of a thing
_ITSELF = re.compile(
    r"(?:its\s|it\s+(?!(?:not\s+)?(?:was|is|were|be|'s|’s|would|will|could|might|may|should|must|can|seems?|seemed|"
    r"appears?|appeared|remains?|remained|looks?|looked|makes?|made|takes?|took|feels?|felt|(?:has|had|have)\s+"
    r"(?:not\s+)?been)\b)[a-z])"
)
_PERSONAL = re.compile(r"\s*(?:he|she|his|her|him)\b")
_OPENERS = frozenset("the a an this that these those it he she they we i".split())
# capitalised closed-class words that may stand before a body's name at a sentence's start
_NOT_GIVEN = _OPENERS | frozenset("in at on for by from with of to as and but after before when while since".split())


def body_names(texts: list[str]) -> frozenset[str]:
    """First words of the names the document shows to be bodies (empty for most documents: a word gate first)."""
    found: set[str] = set()
    for text in texts:
        names = []
        if " it" in text:
            for m in _STATED.finditer(text):
                subject = _SUBJECT.search(text, max(0, m.start() - 80), m.start()) if _ITSELF.match(text, m.end()) else None
                names += [subject.group(1)] if subject else []
        if ", " in text:
            for m in _APPOSED.finditer(text):
                head = _HEAD_BEFORE.search(text, max(0, m.start() - 60), m.start())
                # "the head of the rescue service, Anja Rehl,": the body is the object of "of", the name a person's
                owned = head and _OBJECT_OF.search(text, max(0, head.start() - 6), head.start())
                names += [m.group(1)] if head and head.group(1) in ORG_NOUNS and not owned else []
        if ", " in text:
            for m in _APPOSED_AFTER.finditer(text):  # the head noun first, then the name read backwards
                owner = _OWNER.search(text, max(0, m.start() - 60), m.start()) if m.group(1) in ORG_NOUNS else None
                names += [owner.group(1)] if owner else []
        if "hares in " in text:
            names += [m.group(1) for m in _SHARES_IN.finditer(text)]
        if "chief " in text or "shareholders" in text or "s board" in text or "s shares" in text:
            for m in _OWNS.finditer(text):
                owner = _OWNER.search(text, max(0, m.start() - 60), m.start())
                names += [owner.group(1)] if owner else []
        for name in names:
            tokens = name.split()
            while len(tokens) > 1 and (tokens[0].lower() in _NOT_GIVEN or tokens[0].lower() in VERBISH):
                tokens = tokens[1:]  # "In March Ostrel said it": the name starts after the preposition and the month
            if tokens[-1].lower() in VERBISH:
                continue  # "On Monday, the company said": a time, not a name
            if tokens[0].lower() not in _OPENERS and tokens[0].lower() not in TITLE_WORDS and not is_given_name(tokens[0]):
                found.add((tokens[0], tokens[-1] if len(tokens) > 1 else ""))
    if not found:
        return frozenset()
    whole = " ".join(texts)
    return frozenset(word for word, second in found if _short_form(word, second, whole) and not _is_person(word, whole))


def _short_form(word: str, last: str, whole: str) -> bool:
    """A longer name counts unless its last word also stands alone: that is a person's short form ("Ana Varga" ...
    "Varga said"); a body's is its first word ("Tervo Shipping" ... "Tervo said") or none ("Halden Foods")."""
    return not last or re.search(rf"(?<![\w'’-]\s)(?<![\w'’-])\b{re.escape(last)}\b", whole) is None


def _is_person(word: str, whole: str) -> bool:
    """A surname ending a longer name, or a name the text refers back to as he/she."""
    for m in re.finditer(rf"\b([A-Z][\w'’-]*|[A-Z][a-z]{{1,3}}\.)\s+{re.escape(word)}\b", whole):
        if m.group(1).lower() not in _NOT_GIVEN and m.group(1).lower() not in VERBISH:
            return True  # "Ana Varga", "Gov. Varga": a surname
    return any(_PERSONAL.match(whole, m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b[^.]*?{_VERB}\s+(?:that\s+)?", whole))


def is_body(name: str, bodies: frozenset[str]) -> bool:
    """``name`` is one of the bodies (by its first word)."""
    return bool(bodies) and name.split()[0] in bodies
