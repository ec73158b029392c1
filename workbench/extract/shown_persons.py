"""Whether a document shows a capitalised speaker name to be a person (issue 10, tenth stop).

A name alone does not say whether it is a person's or a body's: "Tannel Paper" and "Halvard Line" look like "Ana
Varga". A news text introduces a person as one: a common given name ("Ana Varga"), a title or role right before the
name ("Gov. Ana Varga", "rescue chief Anja Rehl"), a description in apposition before or after it ("the county
archaeologist, Mina Faroe", "Ralf Ovander, a spokesman for ...", "Per Ostvind, the arena's night caretaker"), an age
("Varga, 56,"), ", who", "of" an institution ("Irma Castell of the agency"), the surname standing alone later
("Castell said"), a he/she after the name's cue, or a quotation the name speaks ("“We will rebuild,” Dorne said").
A name of one to four capitalised words that the text gives none of these, and treats as a body (:func:`body_hint`),
is taken for a body's, so its kind is ``organization``; a name with neither sign stays as classified. Structure
only: titles, role nouns, the body head nouns and pronouns are closed classes; no list of company words.
"""

from __future__ import annotations

import re

from workbench.extract.given_names import HONORIFICS, is_given_name
from workbench.extract.heads import ANON_NOUNS, ORG_NOUNS, ROLE_NOUNS, TITLE_WORDS

_EXECUTIVES = frozenset("ceo cfo coo cto chair chairperson councillor councilor executive justice".split())
# words that introduce a person when they stand right before the name
PERSON_WORDS = (ANON_NOUNS | ROLE_NOUNS | TITLE_WORDS | HONORIFICS | _EXECUTIVES) - ORG_NOUNS - frozenset({"people"})
MAX_NAMES = 40  # distinct names checked per document: each check reads the document once, so the cost stays linear
_PROPER = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$")


def shown_person(name: str, whole: str) -> bool:
    """``name`` (a proper name of two to four capitalised words) is shown by ``whole`` to be a person's."""
    tokens = name.split()
    if any(is_given_name(t) or t.lower() in PERSON_WORDS for t in tokens) or len(tokens) > 1 and _stands_alone(tokens[-1], whole):
        return True  # "Ana Varga", "AARP CEO Barry Rand", "Varga said" elsewhere
    if re.search(rf"[,?!][\"”’']\s*(?:said\s+)?{re.escape(name)}\b", whole):
        return True  # "“We will rebuild,” Dorne said": the one who speaks a quotation is a person
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", whole):
        before = whole[max(0, m.start() - 40) : m.start()].split()
        if before and before[-1].lower() in PERSON_WORDS:
            return True  # "rescue chief Anja Rehl", "Gov. Ana Varga"
        if len(tokens) == 1 and before and before[-1].isalpha() and before[-1][:1].isupper():
            if before[-1].lower() not in _NOT_GIVEN:
                return True  # "William Taylor" for "Taylor": a given name the list does not hold
        apposed = _APPOSED_BEFORE.search(whole, max(0, m.start() - 100), m.start())
        enclosed = whole[m.end() : m.end() + 1] in {",", ".", ";", ""}  # not "the crash, Harbo Haulage said"
        if apposed and enclosed and _head(apposed.group("np")) not in ORG_NOUNS:
            return True  # "the county archaeologist, Mina Faroe", "the head of the rescue service, Anja Rehl"
        after = _AFTER.match(whole, m.end())
        if after and (after.group("person") or (after.group("head") or after.group("bare")).lower() not in ORG_NOUNS):
            return True  # "Per Ostvind, the arena's night caretaker,", "Ana Varga, director of the bureau", ", who"
        if _PERSONAL_NEXT.match(whole, m.end()):
            return True  # "Ana Varga said she ..."
    return False


def body_hint(name: str, texts: list[str]) -> bool:
    """The document treats ``name`` as a body: "its" later in a sentence it opens or speaks in ("Tannel Paper denied
    releasing anything beyond its permit"), or the next sentence goes on with "It", "Its" or a body's head noun
    ("Harbo Haulage said .... The company said ...", "The charity said ...")."""
    for i, text in enumerate(texts):
        at = text.find(name)
        if at < 0:
            continue
        if _ITS.search(text, at + len(name)):
            return True
        nxt = _NEXT.match(texts[i + 1]) if i + 1 < len(texts) else None
        if nxt and (nxt.group("it") or nxt.group("head").lower() in ORG_NOUNS):
            return True
    return False


def is_unshown(name: str, texts: list[str], whole: str, seen: dict[str, bool]) -> bool:
    """``name`` is a proper name of two to four words that the document never shows to be a person's and treats as a
    body's (see :func:`body_hint`): a name with neither stays as classified ("Pavlo Kyrylenko said that ...")."""
    if not _PROPER.match(name):
        return False
    if name not in seen:
        if len(seen) >= MAX_NAMES:
            return False
        seen[name] = not body_hint(name, texts) or shown_person(name, whole)  # the cheap test first
    return not seen[name]


_ITS = re.compile(r"\bits\b")
_NEXT = re.compile(r"\W*(?:(?P<it>It|Its)\s|The\s+(?:[a-z]+\s+){0,2}?(?P<head>[a-z]+)\s+(?:said|says|has|had|is|was|denied|added|[a-z]+s)\b)")


_NOT_GIVEN = frozenset(
    "the a an in on at by for from with of to as and but after before when while since this that it its "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


def _stands_alone(word: str, whole: str) -> bool:
    """A person's short form is the last word of the name, standing without the words before it."""
    return re.search(rf"(?<![\w'’-]\s)(?<![\w'’-])\b{re.escape(word)}\b", whole) is not None


# a description in apposition right before the name, lower-case or determined ("the county archaeologist, ", "A crane
# driver, ", "Dunst's lawyer, "), ending at the comma before the name
_APPOSED_BEFORE = re.compile(
    r"(?:^|[,;:“”\"(]\s*|[.!?]\s+)(?P<np>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s|[a-z])"
    r"(?:[^,;:.!?“”\"()]|(?<=\s[A-Z][a-z])\.|(?<=\s[A-Z][a-z]{2})\.){0,80}),\s*$"  # "Mr." and "Gov." inside
)
# ", 56,"; ", who"; " of the agency"; ", a geologist at ...": what follows a person's name (the head noun of an
# appositive after the name is checked against the body head nouns)
_AFTER = re.compile(
    r"(?P<person>,\s*\d{1,3},|,\s+who\b|\s+of\s+(?:the|a|an)\s)"
    r"|,\s+(?:the|a|an|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z]+)(?=[,.;]|\s+(?:of|for|at|with|in|on|from|to|who|whose|that|and|since)\b)"
    # a bare role with its body after it: ", director of the bureau", ", spokesman for the mayor", ", Democrat of Ohio"
    r"|,\s+(?:[a-z][\w-]*\s+(?:and\s+)?){0,3}?(?P<bare>[A-Za-z][a-z-]+)\s+(?:of|for|at|with)\s"
)
_PREPOSITION = re.compile(r"\s(?:of|for|at|with|to|from|in|on)\s")


def _head(np: str) -> str:
    """The head noun of a description: its last word before any preposition ("A spokesman for the committee")."""
    return np[: m.start()].split()[-1].lower() if (m := _PREPOSITION.search(np)) and np[: m.start()].split() else np.split()[-1].lower()
# "Varga said she ...": a personal pronoun right after the name's cue
_PERSONAL_NEXT = re.compile(r"[^.;\"“”]{0,60}?\b(?:said|says|added|told|denied|insisted)\s+(?:that\s+)?(?:he|she)\b")
