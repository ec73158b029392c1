"""Who did a claim's act, why, and by what means: read from closed-class connectives after the act's verb.

Why: reports of one act disagree as often on these slots as on figures or dates: one outlet has an agent
dismissed "on the orders of" one official and another "by" a second; one says a bill was withdrawn
"because of" a court ruling, another "in protest at" a vote. Nothing compared them, so none of those
discrepancies was flagged (issue 9, BASIL triplets 11-20). The words here are connectives and markers of
agency ("by", "on the orders of", "at the request of"), cause ("because", "due to", "over", "after", "for"
+ a verb in -ing, "in protest at") and means ("by" + a verb in -ing, "using", "through"): closed class.
What they govern is kept as its words and their content stems (an agent's: its names) so analysis
compares fields, never wording.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.act_kinds import WORD, verb_form
from workbench.extract.words import content_stems, stem

# agency: a passive's "by <Name>" (names only: "by Friday", "by a vote" are no agent), or an order or request
_AGENT = re.compile(
    r"\b(?:on|under)\s+(?:the\s+)?(?:orders?|instructions?|direction)\s+of\s+|\bat\s+the\s+(?:request|urging|behest|"
    r"direction)\s+of\s+|\bby\s+(?=(?:(?:the|its|his|her|their)\s+)?"
    r"(?:(?!(?:of|over|in|on|at|for|to|from|with|about)\s)[a-z]+\s+){0,3}[A-Z])",
)
_AGENT_OWNED = re.compile(r"\b(?:on|at)\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+"
                          r"(?:orders?|request|urging|behest|direction|instructions?)\b")
# cause: the stated reason for the act
_CAUSE = re.compile(
    r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|in\s+(?:protest|response|retaliation)\s+"
    r"(?:at|of|over|against|to|for)|over|after|for(?=\s+(?:having\s+)?[a-z]+ing\b))\s+",
)
# means: how the act was done
_MEANS = re.compile(r"\b(?:by(?=\s+[a-z]+ing\b)|using|through|via)\s+")
# the phrase a connective governs ends at a clause boundary, another connective or a relative pronoun
# (a full stop ends it, the dot of an initial, an acronym or an abbreviated title does not: "O.S.K.", "Sen. Lund")
_END = re.compile(r"[,;:!?()“”\"]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})\.(?!\w)|"
                  r"\s(?:and|but|while|whereas|despite|although|though|which|who|when|where|as|"
                  r"before|after|because|since|saying|claiming|according)\s")
# "over the weekend", "after three years", "for years": a time, not a reason
_UNITS = (r"(?:weekend|week|month|year|day|hour|minute|decade|night|morning|afternoon|evening|monday|tuesday|"
          r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
          r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|time)s?\b")
_TIME_HEAD = re.compile(
    rf"^(?:(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|\d[\d,.]*)\s+)?"
    rf"(?:(?:past|last|next|first|following|previous|same|early|late|recent|coming)\s+)?(?:{_UNITS}|\d)"
    r"|^(?:that|this|it|him|her|them)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][\w’'-]{2,}")
_NOT_NAMES = frozenset("the mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february "
                       "march april may june july august september october november december".split())
# past forms that take "over" as a particle (phrasal verbs), not as "because of"
_OVER_VERBS = frozenset("took taken handed turned ran looked won got went gone came passed fell fallen held watched "
                        "presided ruled crossed climbed jumped stepped rolled knocked blew blown spilled boiled "
                        "thought talked glossed skipped smoothed papered tipped".split())
GAP = 4  # words between an act's verb and its connective: "fired Mr. Lund on Friday for"
_BLOCKERS = frozenset("that which who whom whose and but or while as when if than because since though despite "
                      "although".split())
_TIME_BEFORE = frozenset("days weeks months years hours minutes moments shortly soon just right immediately long "
                         "day week month year hour minute".split())
# verbs of saying: when and why something was said is not a slot of the act said
_SAYING = frozenset("said told spoke spoken wrote written asked announced added noted stated reported commented "
                    "replied responded tweeted explained".split())
MAX_WORDS = 8  # a governed phrase longer than this is a clause of its own, not a slot value


def _phrase(text: str, start: int) -> str:
    """The words a connective governs: up to the next boundary, at most MAX_WORDS words."""
    end = _END.search(text, start)
    return " ".join(text[start:end.start() if end else len(text)].split()[:MAX_WORDS])


def _names(phrase: str) -> list[str]:
    """Stems of the capitalised words that name the agent (acronyms without their dots: "F.B.I." is "FBI")."""
    phrase = re.sub(r"\b([A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z])\.(?=\s|$)", r"\1", phrase)
    out = (stem(m.group(0).rstrip("’'")) for m in _NAME.finditer(phrase))
    return list(dict.fromkeys(w for w in out if w not in _NOT_NAMES))


def _verb_before(text: str, end: int) -> tuple[tuple[str, bool], list[str]] | None:
    """The last verb form before a connective, in its clause, and the words between them: the act the connective's
    phrase is about ("has been fired for violating", "was taken out at the request of", "resigned Thursday in
    protest of")."""
    clause = re.split(r"[;:]|, (?:who|which|and|but) ", text[:end])[-1]
    last, at = None, 0
    for m in WORD.finditer(clause):
        found = verb_form(m.group(0), clause[:m.start()].split()[-1:])
        if found:
            last, at = found, m.end()
    return (last, clause[at:].split()) if last else None


def _near(gap: list[str]) -> bool:
    """The connective belongs to the verb: a few words between (its object, a day, a particle), none of them
    starting another clause ("that", "which", "and"), none a time the connective then counts from ("days after",
    "shortly after": a time, not a reason)."""
    words = [w.lower().strip(",") for w in gap]
    return len(words) <= GAP and not any(w in _BLOCKERS for w in words) and not (words and words[-1] in _TIME_BEFORE)


def _over_attached(gap: list[str], connective: str) -> bool:
    """"over" gives a reason only right after its verb ("resigned over", "was fired Friday over"): after a noun it
    belongs to the noun ("a debate over", "a bridge over the river")."""
    return connective.startswith("over") and any(not (w.endswith("ly") or w[:1].isupper()) for w in gap)


def _particle(before: str, verb: str, connective: str) -> bool:
    """"took over the inquiry", "presided over the trial": "over" right after a verb that takes it as a particle
    is part of the verb, not a reason (closed list of such verbs)."""
    return connective.startswith("over") and before.rstrip().lower().endswith(verb) and verb in _OVER_VERBS


def _passive(before: str, verb: str) -> bool:
    """The verb is a passive's participle: a form of "be" or "get" stands just before it ("was quickly fired")."""
    return re.search(rf"\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:\w+\s+){{0,2}}?{re.escape(verb)}\b",
                     before) is not None


def act_slots(text: str) -> dict[str, Any] | None:
    """{"verb": stem, "recurs": bool, "agent"|"cause"|"means": {"text": the words, "stems": [stems]}}: the act verb
    the first stated slot is about, with every slot stated for that verb; None when no slot is stated (most
    claims). A phrase that names a time ("over the weekend", "after three years") is no cause."""
    found: dict[str, dict[str, Any]] = {}
    verb: tuple[str, bool] | None = None
    for slot, m in sorted(_connectives(text), key=lambda x: x[1].start()):
        if slot in found:
            continue
        near = _verb_before(text, m.start())
        if near is None or near[0][0] in _SAYING or not _near(near[1]) or (verb is not None and near[0] != verb):
            continue  # a reason for saying something is not compared; nor a connective far from its verb
        v, rest = near[0], text[m.end():]
        if _over_attached(near[1], m.group(0)):
            continue
        if slot != "agent" and (_TIME_HEAD.match(rest) or _particle(text[:m.start()], v[0], m.group(0))):
            continue
        if slot == "agent" and m.group(0).startswith("by") and not _passive(text[:m.start()], v[0]):
            continue  # "followed by", "led by": a rank or a company, not who did the act
        phrase = m.group("who") if "who" in m.groupdict() and m.group("who") else _phrase(rest, 0)
        value = _names(phrase) if slot == "agent" else content_stems(phrase)
        if value:
            verb, found[slot] = v, {"text": phrase, "stems": value}
    if verb is None:
        return None
    return {"verb": stem(verb[0]), "recurs": verb[1], **found}


# Speed: each pattern is tried only where one of its words stands (most claims hold none of the agency words).
_GATES = ((_AGENT, "agent", ("by", "order", "instruction", "direction", "request", "urging", "behest")),
          (_AGENT_OWNED, "agent", ("order", "request", "urging", "behest", "direction", "instruction")),
          (_CAUSE, "cause", ("because", "due", "owing", "result", "protest", "response", "retaliation", "over",
                             "after", "for")),
          (_MEANS, "means", ("by", "using", "through", "via")))


def _connectives(text: str) -> list[tuple[str, re.Match]]:
    """Every connective of the claim, with the slot it states."""
    return [(slot, m) for pattern, slot, words in _GATES if any(w in text for w in words)
            for m in pattern.finditer(text)]
