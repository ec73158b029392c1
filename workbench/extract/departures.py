"""How a claim characterises a departure from a post, and whose: "resigned" and "was sacked" said of one named
person exclude each other, so analysis compares ``Frame.departure`` for the same ``Frame.outcome["leaver"]``.

Why the person and not the sentence: two reports of one departure may share hardly a word besides the name
("The board dismissed chief executive X" / "X, who ran the firm for a decade, resigned, his lawyer said"), while
two close sentences may be about two people. The name is read from the clause structure (the object of an active
removal verb, else the nearest name before the verb), without a named-entity model.
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated, words_of
from workbench.extract.words import content_stems

# Ways of leaving a post that exclude each other (closed class: how news describes a departure).
_DEPARTURE = (
    ("resigned", re.compile(r"\b(?:resign(?:s|ed|ing)?|(?:stepped|steps|step|stood|stands|stand) (?:down|aside)|quits?)\b",
                            re.I)),
    ("retired", re.compile(r"\b(?:retir(?:e|es|ed|ing))\b", re.I)),  # the end of a career, not a protest
    ("was removed", re.compile(r"\b(?:dismissed|fired|sacked|ousted|removed|axed|forced out|pushed out|relieved of)\b",
                               re.I)),
    # kept from the post for a time by those over them: imposed like a removal, which it may precede
    ("was suspended", re.compile(r"\bsuspended\b", re.I)),
)
# "was forced to resign", "asked to step down": the resignation verb words a removal, so it is one
_PUSHED = re.compile(r"\b(?:forced|asked|pressured|pressed|told|made)\s+(?:him|her|them\s+)?to\s+(?:resign|quit|step down|"
                     r"stand down|retire)\b", re.I)
_NOT_DONE = re.compile(r"\b(?:no|not|never|without|n't)\b[^.;]{0,25}$", re.IGNORECASE)
# "a retired four-star general", "the ousted mayor": the participle describes someone, it reports no departure
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|his|her|their|its|our)\s+$", re.I)
_G_DEPARTURE = tuple((name, Gated(r)) for name, r in _DEPARTURE)
# Nouns of a way of leaving a post (closed class), said of a departure as what it was: "the exit was a sacking",
# "amounted to a dismissal", "called it a resignation"
_KIND_NOUNS = {"resignation": "resigned", "retirement": "retired", "dismissal": "was removed", "sacking": "was removed",
               "firing": "was removed", "ousting": "was removed", "ouster": "was removed", "removal": "was removed"}
_CALLED = re.compile(r"\b(?:was|is|been|be|amounted to|amounts to|called it|calls it|described it as)\s+(?:a|an)\s+"
                     r"(?:\w+\s+)?(?P<noun>" + "|".join(_KIND_NOUNS) + r")\b", re.I)
# whose departure a noun phrase names: "the departure of X", "X's exit"
_OF_LEAVER = re.compile(r"\b(?:departure|exit|resignation|dismissal|removal|sacking|ousting|ouster)\s+of\s+", re.I)


def departure_of(text: str, words: frozenset[str] | None | bool = False) -> str | None:
    """How the claim words a departure, as a verb (a "resignation letter" names a document, not the act),
    and not negated ("had no intention of resigning"): characterisations that exclude each other."""
    words = words_of(text) if words is False else words  # None: scan (a character folds onto ASCII)
    if (words is None or not words.isdisjoint(("forced", "asked", "pressured", "pressed", "told", "made"))) \
            and (m := _PUSHED.search(text)) and not _NOT_DONE.search(text[: m.start()]):
        return "was removed"
    found = {name for name, g in _G_DEPARTURE if g.may_match(words) for m in g.pattern.finditer(text)
             if not _NOT_DONE.search(text[: m.start()]) and not _ATTRIBUTIVE.search(text[: m.start()])}
    if len(found) > 1:
        found.discard("was suspended")  # "suspended, then sacked": the other verb says how the post was left
    kind = found.pop() if len(found) == 1 else None
    if not found and kind is None and (words is None or not words.isdisjoint(_KIND_NOUNS)) \
            and (n := _CALLED.search(text)) and not _NOT_DONE.search(text[: n.start()]) and leaver_of(text):
        return _KIND_NOUNS[n["noun"].lower()]  # "the exit of X was a sacking in all but name": a noun characterises it
    if kind == "was suspended" and " " not in (leaver_of(text) or "") and not role_of(text):
        return None  # flights, a licence, trading are suspended too: a person named in full, or a role, leaves a post
    return kind


# Departure verbs (closed class: how news words leaving a post); the removal verbs take the person as object.
_DEPART = re.compile(r"\b(?:resign(?:s|ed|ing)?|(?:stepped|steps|step|stood|stands|stand) (?:down|aside)|quits?|"
                     r"retir(?:e|es|ed|ing)|(?P<removal>dismissed|fired|sacked|ousted|removed|axed|forced out|pushed out|"
                     r"relieved of|suspended))\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|got|get|gets)\s+(?:\w+\s+)?$", re.I)
_TOKEN = re.compile(r"[\w'’.-]+")
# a sentence's opening word, capitalised, alone before a departure verb; who it names is told by the other claims: the
# analysis compares surnames, so a common noun read here ("Staff resigned") matches no one's name
_FIRST = re.compile(r"([A-Z][\w'’-]*[a-z][\w'’-]*)(?=\s)")
_PARTICLES = frozenset("de da di del della der van von den le la al el bin ibn ben dos das du".split())
# closed-class words that are capitalised at a sentence start or as calendar words, never part of a person's name
_NOT_NAME = frozenset(
    "the a an this that these those his her their its our my your in on at by for with from of to and but or so yet "
    "then when after before while if as since though although because once he she they it we i mr mrs ms dr "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split())
_PRONOUN = re.compile(r"\b(?:he|she|they|i|we)\b", re.I)  # a subject pronoun
# a relative clause or an appositive between the subject and its verb ("X, a former judge who ..., resigned")
_INSERTED = re.compile(r",\s*(?:who|whose|which|a|an|the)\b[^,;]*,\s*(?:[\w'’-]+\s+){0,3}$", re.I)
_AUXILIARIES = re.compile(r"\s+(?:(?:has|had|have|was|were|is|has been|had been|then|also|reportedly)\s+)*", re.I)
LEAVER_REACH = 60  # characters after an active removal verb in which its object's name stands


def _runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each run of capitalised words that could name a person (particles inside allowed).

    A possessive ("Ostrel's board") or a word of the closed class above ends a run and is not part of it; the
    sentence's first word alone is no name (every sentence starts with a capital)."""
    out: list[tuple[int, int, str]] = []
    cur: list[re.Match[str]] = []

    def close() -> None:
        while cur and cur[-1].group(0).lower() in _PARTICLES:
            cur.pop()
        if cur and not (len(cur) == 1 and cur[0].start() == 0):
            out.append((cur[0].start(), cur[-1].end(), " ".join(m.group(0).rstrip(".") for m in cur)))
        cur.clear()

    for m in _TOKEN.finditer(text):
        w = m.group(0)
        adjacent = bool(cur) and text[cur[-1].end():m.start()].isspace()
        if cur and not adjacent:
            close()
        name_word = w[:1].isupper() and w.rstrip(".").lower() not in _NOT_NAME and not w.endswith(("'s", "’s"))
        if name_word or (cur and w in _PARTICLES):
            cur.append(m)
        else:
            close()
    close()
    return out


def leaver_of(text: str) -> str | None:
    """The named person a departure verb is said of: the object of an active removal ("the board dismissed chief
    executive X"), else the nearest name before the verb ("X, who led ..., resigned"; "X was sacked")."""
    verbs = [d for d in _DEPART.finditer(text) if not _ATTRIBUTIVE.search(text[: d.start()])]
    # a suspension is read only where no other departure verb is ("after flights were suspended, X resigned")
    m = next((d for d in verbs if d.group(0).lower() != "suspended"), verbs[0] if verbs else None)
    runs = _runs(text)
    if m is None:  # no verb: the person a departure noun names ("the departure of X, which was a dismissal")
        of = _OF_LEAVER.search(text)
        return next((r[2] for r in runs if of and r[0] == of.end()), None)
    if m.group("removal") and not _PASSIVE.search(text[: m.start()]):
        after = [r for r in runs if m.end() <= r[0] <= m.end() + LEAVER_REACH]
        return after[0][2] if after else None
    inserted = _INSERTED.search(text, 0, m.start())  # "X, who led it for years, resigned": X, not a name inside
    before = [r for r in runs if r[1] <= (inserted.start() if inserted else m.start())]
    if not before and (first := _FIRST.match(text)) and first[1].lower() not in _NOT_NAME \
            and _AUXILIARIES.fullmatch(text[first.end(): m.start()]):
        return first[1]  # "Okafor stepped aside": the opening word alone, right before its verb, is a surname
    if not before or _PRONOUN.search(text, before[-1][1], m.start()):
        return None  # "X said she was fired": a pronoun, not the name before it, is the one who left
    start, end, name = before[-1]
    if " " not in name and not _AUXILIARIES.fullmatch(text[end: m.start()]) and not inserted:
        return None  # one capitalised word not right before its verb modifies a noun ("the Osk harbour master")
    return name


# the departure verb's subject when it is a role, not a name: "the head keeper (had) resigned", "the governor was
# suspended" -- a definite noun phrase of lower-case words right before the verb and its auxiliaries
_ROLE = re.compile(r"(?:^|[,;:]\s*|\b(?:said|says|that)\s+)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,3}?"
                   r"[a-z][\w'’-]*)(?:\s+of\s+(?:the|its|a|an)\s+[a-z][\w'’-]*)?\s+"
                   r"(?:(?:has|had|have|was|were|is|are|been|will|be|then|also)\s+)*$")


def role_of(text: str) -> list[str] | None:
    """The stems of the role a departure is said of where no name is ("The head keeper resigned" -> head, keeper; the
    head last), so two unnamed departures of two roles ("the licence was suspended" / "the chairman resigned", "the
    finance minister" / "the health minister") are told apart."""
    verbs = [d for d in _DEPART.finditer(text) if not _ATTRIBUTIVE.search(text[: d.start()])]
    if not verbs or verbs[0].group("removal") and not _PASSIVE.search(text[: verbs[0].start()]):
        return None  # "the board suspended X": the subject of an active removal is who removed, not who left
    m = _ROLE.search(text[: verbs[0].start()])
    stems = content_stems(m["np"]) if m else []
    return stems or None
