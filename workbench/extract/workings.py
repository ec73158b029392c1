"""Whether a claim says a thing worked or had failed, with the thing; stored in ``Frame.outcome["working"]``.

Why: outlets disagree on the state of one device or system as often as on a count or a cause ("the heating had
been broken for days", one source says; "the heating worked all winter", says another), and the two sentences share
only the thing, so neither the figure rules nor the wording rules meet them. Read here from a closed class of
verbs of functioning (work, function, be in working order, be switched on or lit) against verbs of failure (fail,
break, break down, be switched or turned off, be out of order, be or go dark or blank: a light, sign or screen),
never from topic words; a negation between the subject and the verb, or "no"/"none of" before the thing, turns one
into the other ("the alarm had not worked", "none of its lines had failed"). A use of the verb with an object or a purpose ("worked on the plan", "failed to stop it", "worked as a
nurse") tells a deed of someone, not the state of a thing, and is left out.

{"kind": "working" | "failed", "text": the verb as written, "who": stems of the thing, "head": its head stem,
"mods": stems before the head, "of": stems of its "of" phrase}; None when the claim says neither.
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated
from workbench.extract.words import content_stems

# an object or purpose after the verb ("worked on the plan", "worked for the firm"); "on" with a day is a time
_NO_OBJECT = r"(?!\s+(?:on(?!\s+(?:the\s+day|\w+day|\d))|for|with|at|as|to|in|out|from|alongside|under|towards?|hard|overtime|together|closely)\b)"
_WORKING = Gated(re.compile(rf"\b(?:worked|working|functioned|functioning|in\s+working\s+order){_NO_OBJECT}|"
                            r"\b(?:been|was|were|is|are|remained|stayed)\s+(?:switched\s+on|lit)\b(?!\s+(?:by|up|with)\b)",
                            re.I))
# "failed to stop it", "failed its inspection", "was broken into": a deed or what was done to it, not its state;
# a thing that came down, or was brought down by something ("a mast brought down by the storm"), failed; "the storm
# brought down a mast" tells it of the mast, not of the storm
_FAILED = Gated(re.compile(r"\b(?:failed(?!\s+(?:to|in|on|at|by|with|its|his|her|their|the|a|an)\b)|"
                           r"broken(?!\s+(?:into|up|off|through|by)\b)|broke\s+down|(?:switched|turned)\s+off|"
                           r"out\s+of\s+(?:order|action)|disabled|came\s+down|brought\s+down(?=\s+by\b)|"
                           r"(?:been|was|were|is|are|went|gone|remained|stayed)\s+(?:dark|blank|unlit)\b)", re.I))
_GATE = frozenset("worked working functioned functioning in failed broken broke switched turned out disabled came "
                  "brought lit dark blank unlit".split())
# where the thing's clause begins: a boundary, a reporting verb or "that"; its subject ends at the first verb
_BOUNDARY = re.compile(r"[,;:]\s*|\b(?:said|says|insisted|insists|added|that)\s+", re.I)
_VERB = re.compile(r"\s(?:has|have|had|was|were|is|are|been|did|does|do|will|would|could|can|may|might|must|should|"
                   r"never|not)\b|n't\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\b|n't\b", re.I)
_NONE = re.compile(r"^(?:none\s+of|no|neither\s+of)\s+", re.I)
# the thing's head ends before a preposition (closed class): "the cameras along the wall" are cameras
_PREP = re.compile(r"\s(?:of|in|on|at|from|under|inside|near|along|alongside|beside|behind|around|across|outside|"
                   r"above|below|beneath|over|by|within|throughout|between)\s", re.I)
_DET = re.compile(r"^(?:the|a|an|its|his|her|their|our|this|that)\s+", re.I)
# what may stand between the thing and the verb: auxiliaries, negation, adverbs
_AUX_ONLY = re.compile(r"^(?:\s*(?:has|have|had|was|were|is|are|been|being|be|did|does|do|will|would|could|can|may|"
                       r"might|must|should|not|never|no\s+longer|"
                       r"still|also|again|fully|then|\w+ly)\b|n't)*\s*$", re.I)
_FLIP = {"working": "failed", "failed": "working"}


def noun_thing(subject: str) -> dict | None:
    """The thing's words: its head (last word before a preposition), what stands before the head, its "of" phrase."""
    words = subject.split()
    if not words or len(words) > 9 or subject[:1].isdigit():
        return None  # no subject, or a clause too long to be one noun phrase
    bare = _DET.sub("", _NONE.sub("", subject))
    parts = _PREP.split(bare, maxsplit=1)
    core = content_stems(parts[0])
    if not core:
        return None
    of = re.search(r"\sof\s(.+)$", bare, re.I)
    return {"who": content_stems(bare), "head": core[-1], "mods": core[:-1],
            "of": content_stems(of.group(1)) if of else []}


def subject_before(text: str, start: int) -> tuple[dict, bool] | None:
    """The thing a predicate starting at ``start`` is said of (:func:`noun_thing`), and whether the predicate is turned
    round by a negation before it or "no"/"none of" before the thing (both: as stated); None when no thing is its
    subject or other words than auxiliaries stand between them. Shared by the slots of exclusive predicates."""
    clause = _BOUNDARY.split(text[:start])[-1]
    v = _VERB.search(" " + clause)
    cut = max(v.start() - 1, 0) if v else len(clause)
    subject, between = clause[:cut].strip(), clause[cut:]
    last = re.split(r"\band\s", between)[-1]  # "had been tested on May 2 and had worked": the last conjunct
    thing = noun_thing(subject)
    if thing is None or not _AUX_ONLY.match(last):
        return None
    return thing, bool(_NEGATED.search(last)) != bool(_NONE.match(subject))


def working_of(text: str, words: frozenset[str] | None = None) -> dict | None:
    """The claim's working slot (module docstring), None when it states none."""
    if words is not None and words.isdisjoint(_GATE):
        return None
    for pattern, kind in ((_WORKING, "working"), (_FAILED, "failed")):
        m = pattern.search(text, words)
        if m is None:
            continue
        found = subject_before(text, m.start())
        if found is None:
            continue  # no thing, or the verb is not its predicate ("toppled by a failed clamp")
        thing, negated = found
        verb = " ".join(m.group(0).split())
        if negated:  # "had not worked", "none of its lines had failed"; "none ... had not": as stated
            kind, verb = _FLIP[kind], f"not {verb}"
        return {"kind": kind, "text": verb, **thing}
    return None


# "denied that the X had failed": the clause a denial governs, up to its end
_DENIED_THAT = re.compile(r"\b(?:denied|denies|deny|denying)\s+(?:(?:claims?|reports?|suggestions?)\s+)?that\s+"
                          r"(?P<c>[^;:]+)", re.I)


def denied_working(text: str, words: frozenset[str] | None = None) -> dict | None:
    """A working slot the claim's speaker denies ("the service denied that the cameras had been out of action"): the
    speaker states its opposite, stored turned round with ``"denied": True``; None when the denial governs none."""
    if words is not None and words.isdisjoint(_GATE):
        return None
    d = _DENIED_THAT.search(text)
    found = working_of(d["c"]) if d else None
    if found is None:
        return None
    return {**found, "kind": _FLIP[found["kind"]], "text": f"denied {found['text']}", "denied": True}
