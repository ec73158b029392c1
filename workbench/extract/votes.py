"""A decision by a deliberative body told taken, or told still waiting for that body's vote (``Frame.outcome["vote"]``).

Why: "the council approved the budget on Monday" and, from another source, "the budget is due to go to a council vote
next week" cannot both hold once the first is done; the two sentences share the thing decided and seldom a verb
("approved" / "go to a vote"), so no modality rule, which needs one act verb, reads them as one act. What makes them
one is structure: one body (a closed class of bodies that vote: a cabinet, a parliament, a council ...), one thing
decided (the decision's object, the pending claim's subject), and two states: taken vs waiting. Extraction stores
``{"state": "taken" | "pending", "body": stem, "thing": [stems], "text": phrase}``; ``analyze.pending_votes``
compares two sources' slots. A body is required on both sides: "the cabinet approved the bill" and "the bill goes to
a parliamentary vote next week" are two steps of one law, not a contradiction.
"""

from __future__ import annotations

import re

from workbench.extract.words import content_stems

# deliberative bodies that decide by a vote (closed class); an adjective of one ("parliamentary") names it too
BODIES = ("cabinet", "parliament", "senate", "assembly", "council", "congress", "legislature", "committee", "board",
          "shareholders", "lawmakers")
_BODY = r"(?:cabinet|parliament(?:ary)?|senate|assembly|council|congress|legislat(?:ure|ive)|committee|board|" \
        r"shareholders|lawmakers)"
# a decision taken: the verbs of a vote's outcome (closed class), active with the body before, or passive "by" it
_TAKEN = re.compile(r"\b(?:approved|passed|adopted|ratified|endorsed|rejected|voted (?:down|through))\b", re.I)
# waiting for a vote: "due to go to a cabinet vote", "has not yet been put to a vote", "is due before parliament"
_PENDING = re.compile(rf"\b(?:go(?:es)?|come(?:s)?|be(?:en)? put|is put|are put|be sent)\s+to\s+an?\s+"
                      rf"(?:(?P<b1>{_BODY})\s+)?vote\b|\bdue\s+before\s+(?:the\s+)?(?P<b2>{_BODY})\b", re.I)
# a vote still to come, told by its body: "the council will hold its vote on the levy", "the assembly is due to vote on"
_WILL_VOTE = re.compile(rf"\b(?P<b>{_BODY})\s+(?:will|is to|are to|is due to|are due to|is set to|are set to|is scheduled to|"
                        r"are scheduled to)\s+(?:hold\s+(?:a|its|their|the)\s+(?:\w+\s+)?)?vote\s+on\s+", re.I)
_BEFORE_BODY = re.compile(rf"\b(?P<b>{_BODY})\b(?:\s+\w+){{0,3}}\s+(?:(?:has|had|have|was|were|is|on \w+)\s+)*$",
                          re.I)
_BY_BODY = re.compile(rf"^\s+by\s+(?:the\s+)?(?:\w+\s+)?(?P<b>{_BODY})\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\s+$", re.I)  # "was not approved", "will not go to a vote"
_CLAUSE = re.compile(r"[,;:]|\b(?:said|says|after|before|because|which|when|while|but)\b", re.I)
_SUBJECT_START = re.compile(r"(?:^|[,;:]|\b(?:said|says|that)\b)\s*", re.I)


def _body(word: str | None) -> str | None:
    w = (word or "").lower()
    return next((b for b in BODIES if w[:6] == b[:6]), None)  # "parliamentary" -> parliament, "legislative" too


def _clause_after(text: str, end: int) -> str:
    m = _CLAUSE.search(text, end)
    return text[end: m.start() if m else len(text)]


def _subject_before(text: str, start: int) -> str:
    cut = [m.end() for m in _SUBJECT_START.finditer(text, 0, start)]
    return text[(cut[-1] if cut else 0): start]


# words of the vote itself or of a figure's size, never of the thing decided
_NOT_THING = frozenset(content_stems("due vote votes put proposed million billion thousand next last week month year"))


def _thing(words: str, body: str) -> list[str]:
    return [s for s in content_stems(words) if s[:6] != body[:6] and not s[:1].isdigit() and s not in _NOT_THING]


def vote_of(text: str, modality: str, words: frozenset[str] | None = None) -> dict | None:
    """The claim's decision slot (module docstring), None when it tells no body's decision or pending vote."""
    if words is not None and words.isdisjoint(("vote", "approved", "passed", "adopted", "ratified", "endorsed",
                                               "rejected", "voted", "before")):  # "vote" gates _PENDING and _WILL_VOTE
        return None
    for p in _PENDING.finditer(text):  # "has not yet been put to a vote and is due before parliament": the body's
        if not _NEGATED.search(text[: p.start()]) and (body := _body(p["b1"] or p["b2"])):
            thing = _thing(_subject_before(text, p.start()), body)
            return {"state": "pending", "body": body, "thing": thing, "text": p.group(0)} if thing else None
    w = _WILL_VOTE.search(text)
    if w is not None and (body := _body(w["b"])):  # the thing voted on follows "vote on"
        thing = _thing(_clause_after(text, w.end()), body)
        return {"state": "pending", "body": body, "thing": thing, "text": w.group(0).strip()} if thing else None
    t = _TAKEN.search(text)
    if t is None or modality not in ("done", "quoted") or _NEGATED.search(text[: t.start()]):
        return None
    if _PASSIVE.search(text[: t.start()]):  # "the plan was approved by the cabinet": the subject was decided
        by = _BY_BODY.search(text[t.end():])
        body, words_of_thing = _body(by["b"] if by else None), _subject_before(text, t.start())
    else:  # "the cabinet (on Monday) approved the plan": the object was decided
        before = _BEFORE_BODY.search(_subject_before(text, t.start()))
        body, words_of_thing = _body(before["b"] if before else None), _clause_after(text, t.end())
    thing = _thing(words_of_thing, body) if body else []
    return {"state": "taken", "body": body, "thing": thing, "text": t.group(0)} if body and thing else None
