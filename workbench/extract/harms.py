"""Whether one named person or role came to harm, as a claim states it: hurt (or killed) against unhurt.

Why: reports of one happening disagree on what became of one person as often as on a count ("the driver was taken
to hospital with burns" / "the driver escaped unhurt, his employer said"), and neither side has a figure to compare,
so the count rules never meet them. Read here from closed-class structure: the clause's subject is one definite
person or role ("the driver", "its captain", a name; not a count, not "no one": those are figures and zeroes), and
the harm words are the ones ``extract.figures`` already counts as the killed and injured roles, against their
negated forms ("unhurt", "uninjured", "without injury", "was not hurt").

Stored under ``Frame.outcome["harm"]``: {"who": stems of the subject with its "of" phrase ("the driver of the van"
-> driver, van), "head": the subject's head stem, "state": "hurt" | "killed" | "unhurt", "text": the subject,
"indef": True for an indefinite subject ("a firefighter": someone, compared only with a claim that no one was
harmed)}; ``Frame.outcome["nobody"]``: True where the subject is "no one" / "nobody" (the claim's zero covers
everyone, :func:`nobody_of`; also "No deaths have been ...", a zero whose subject is the harm itself);
``Frame.outcome["some"]``: {"state", "text"} where the subject is a count of people harmed ("Three pupils were
treated in hospital", :func:`some_harmed`): no one person, but proof that someone was, against a claim that no one
was. A relative clause after the subject ("the guard who died", "a patron who was taken ill ... died") states the
subject's harm as its own verb does; "ill" (taken ill, fell ill) is a harm a zero of illnesses rules out.
"""

from __future__ import annotations

import re

from workbench.extract.figures import ROLES
from workbench.extract.words import content_stems

# taken, flown, rushed ... to hospital, or treated in one: harmed, however the journey is told
_HURT = re.compile(rf"\b(?:{ROLES['injured']})\b|\b(?:\w+ed|flown|driven|brought)\s+to\s+(?:a\s+|the\s+)?hospital\b|"
                   r"\bin\s+hospital\b", re.I)
_KILLED = re.compile(r"\b(?:killed|died|dead)\b", re.I)
_ILL = re.compile(r"\b(?:fell|taken|become|became|been|were|was|are|is)\s+(?:\w+ly\s+)?ill\b|\bsickened\b", re.I)
_UNHURT = re.compile(r"\bun(?:hurt|injured|harmed|scathed)\b|\bwithout\s+(?:any\s+)?(?:injur\w*|a\s+scratch|harm)\b|"
                     r"\b(?:escaped|avoided)\s+(?:serious\s+)?injur\w*|\b(?:was|were)\s+not\s+(?:\w+ly\s+)?"
                     r"(?:hurt|injured|harmed)\b", re.I)
_NEG = re.compile(r"\b(?:not|never|no)\b|n't", re.I)
# the subject: one definite person or role at the clause's start, an apposition (", 54,", ", a father of two,")
# skipped; "the driver of the van" keeps its "of" phrase (which driver)
_SUBJECT = re.compile(r"^(?P<np>(?:the|its|his|her|their|a|an)\s+(?:(?:[a-z]|\d+-)[\w'’-]*\s+){0,2}?[a-z][\w'’-]*"
                      r"(?:\s+of\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)"
                      r"(?:\s*,\s*[^,]{1,40},)?\s+(?P<rest>.*)$", re.I | re.S)
# the subject's own verb comes right after it, a verb of being or undergoing (closed class): "the association
# estimated that 40 fish had died" tells no harm of the association
_VERB_START = re.compile(r"^(?:\w+ly\s+)?(?:was|were|had|has|is|escaped|walked|died|fell|suffered|sustained|survived|"
                         r"remained|came|got)\b", re.I)
_PLURAL_DET = re.compile(r"^(?:their|the)\s+\w+s\b(?!\s+of)", re.I)
_REPORTED = re.compile(r"^(?:[^,]{1,60}(?:,[^,]{1,80},)?\s+)?(?:said|says|told\s+\w+|confirmed)\s+(?:that\s+)?", re.I)


# a relative clause right after the subject ("the guard who died", "a patron who was taken ill ... died"): where
# its own verb is one of being or undergoing, it tells what became of the subject ("the nurse who treated ..." does not)
_RELATIVE = re.compile(r"^(?:who|that)\s+", re.I)
_ATTRIBUTED = re.compile(r",\s+(?:[^,]{1,60}\s)?(?:said|says|told|according)\b")


def _state(rest: str) -> str | None:
    """The harm a predicate states: unhurt, killed, hurt, ill; None for none or a negated one."""
    if _UNHURT.search(rest):
        return "unhurt"
    if _NEG.search(rest):
        return None  # "was not taken to hospital", "never regained ...": not a plain statement of harm
    if _KILLED.search(rest):
        return "killed"
    if _HURT.search(rest):
        return "hurt"
    return "ill" if _ILL.search(rest) else None


def _predicate(rest: str) -> str | None:
    """The words that say what became of the subject: its verb phrase, or its relative clause (module docstring)."""
    rest = _ATTRIBUTED.split(rest, maxsplit=1)[0]
    rel = _RELATIVE.match(rest)
    if rel is not None:  # the clause ends at its comma ("who died, a teacher, had ..."), else runs on into the verb
        rest = rest[rel.end():].split(",", 1)[0]
    return rest if _VERB_START.match(rest) else None


def harm_of(text: str) -> dict | None:
    """The claim's harm slot (module docstring), None when it states none of one person (most claims)."""
    body = text.strip()
    head = _REPORTED.match(body)
    m = _SUBJECT.match(body[head.end():] if head else body)
    if m is None or _PLURAL_DET.match(m.group("np")):
        return None  # no definite subject, or a group ("the passengers": a count)
    rest = _predicate(m.group("rest"))
    state = _state(rest) if rest is not None else None  # no verb right after it: no harm of the subject
    if state is None:
        return None
    who = content_stems(m.group("np"))
    if not who:
        return None
    before_of = content_stems(re.split(r"\s+of\s+", m.group("np"), maxsplit=1)[0])
    out = {"who": who, "head": (before_of or who)[-1], "state": state, "text": m.group("np")}
    if m.group("np").split()[0].lower() in ("a", "an"):
        out["indef"] = True  # "a firefighter": someone, not the one person another report names
    return out


_NUMBER = (r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|one|two|three|four|five|"
           r"six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)")
# a count of people as the subject, hedged or not ("Three pupils", "at least 12 crew members who ..."): its verb or
# relative clause comes within three words of the number
_COUNTED = re.compile(rf"^(?P<np>(?:(?:a total of|at least|more than|over|about|around|some|nearly|almost)\s+)?"
                      rf"{_NUMBER}\s+(?:[a-z][\w'’-]*\s+){{0,2}}?[a-z][\w'’-]*)\s+"
                      r"(?P<rest>(?:who|that|(?:\w+ly\s+)?(?:was|were|had|have|has|died|fell|suffered|sustained)\b).*)$",
                      re.I | re.S)


def some_harmed(text: str) -> dict | None:
    """{"state", "text"} where the claim's subject is a count of people it says were killed, hurt or taken ill
    ("Two cyclists were treated in hospital"): some were, whatever the count. None otherwise."""
    body = text.strip()
    head = _REPORTED.match(body)
    m = _COUNTED.match(body[head.end():] if head else body)
    if m is None:
        return None
    rest = _ATTRIBUTED.split(m.group("rest"), maxsplit=1)[0]
    rel = _RELATIVE.match(rest)
    state = _state(rest[rel.end():] if rel else rest)
    return {"state": state, "text": m.group("np")} if state not in (None, "unhurt") else None


# "No one was hurt", "Nobody was killed": everyone unhurt, not a count of some group ("no passengers were hurt");
# "No deaths have been ...", "There were no injuries": the harm itself is the zero's subject, of anyone
_NOBODY = re.compile(r"^\W*(?:(?:no\s+one|no-one|nobody)\b|(?:there\s+(?:have|has|had)\s+been\s+|there\s+(?:were|was)\s+)?"
                     r"no\s+(?:deaths|fatalities|injuries|illnesses)\b(?!\s+(?:among|of|in)\b))", re.I)


def nobody_of(text: str) -> bool:
    """Whether the claim's subject is everyone, negated ("No one was hurt"): its zero excludes any person harmed."""
    body = text.strip()
    head = _REPORTED.match(body)
    return bool(_NOBODY.match(body[head.end():] if head else body))
