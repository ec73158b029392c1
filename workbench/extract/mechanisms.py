"""How a claim says a happening came about, told with no causal word: an act of one thing on another.

Why: rival explanations of one happening are mostly told as plain accounts, each source with its own mechanism and
no "caused by" or "blamed" on either side ("the weight of the snow brought the roof down" / "a rusted joint gave way
and pulled the roof down"; "the herd had followed an old female into the marsh" / "a low flight had driven the herd
towards the fence"). What makes such a sentence an explanation is its structure, read here from closed-class words
only: the reported clause (the attribution cut off) has a subject, a past act (a past form, or "had" + a
participle: an earlier happening), and a thing the act was done to -- its object, the object of a chained act ("X
collapsed and let the ground wash away"), or the subject itself where the act has none ("the ground gave way into a
pit"), with the first place it went to or came from. Which of those words is the happening both sources explain and
which the mechanism is decided per pair at analysis (``analyze.explanations``): the words the two accounts share as
subject or object are the thing explained, the rest is each one's mechanism.

Stored under ``Frame.blame["how"]``: {"text": the clause, "subj": stems of the subject (a relative clause on it
dropped; a passive's "by" agent), "obj": stems of what the act (or a chained act) was done to (a passive's
subject), "pp": stems of the first place phrase, "verb": the act's past form, "prior": True where the clause is in
the past perfect, "bare": True where the act takes no direct object (a particle or a preposition follows it:
"a cable had slipped off a wheel", not "the council had counted garages"), "hedged": True where the claim hedges it ("probably", "believe"), "someone": True where the
subject is someone by its form (a name, a pronoun, an agent suffix: who acts on purpose) or the act is done by will
("handed over voluntarily", "deliberately opened": an adverb only someone's deed takes)}. Names are no things acted
on: only lower-case words give stems. None for a copula, a passive with no agent, a negated or unreported clause, a
modal or a plan, or one with no thing acted on (most claims).
"""

from __future__ import annotations

import re

from workbench.extract.act_kinds import IRREGULAR_PAST, verb_form
from workbench.extract.act_places import CALENDAR_WORDS
from workbench.extract.words import content_stems

# past forms of common irregular verbs of change that ``act_kinds`` does not list (grammar, not topic)
_MORE_PAST = frozenset("burst sank broke blew shook tore froze went split spread swept wore gave".split())
_PAST = IRREGULAR_PAST | _MORE_PAST
_REPORT = r"(?:said|says|told\s+\w+|added|explained|according\s+to|believes?|believed|thinks?|thought|suspects?|" \
          r"suspected|insisted|argued|claimed)"
# the attribution after the clause: ", said X", ", X said", ", the firm's head, X, said"
_TAIL = re.compile(rf",\s+(?:[^,]{{1,80}},\s*){{0,3}}?[^,]{{0,80}}\b{_REPORT}\b[^,]*(?:,[^,]*)?[.!]?\s*$", re.I)
# the attribution before it: "X said (that) ...", "Investigators believe ..."
_HEAD = re.compile(rf"^(?:[^,]{{1,60}}(?:,[^,]{{1,80}},)?\s+)?{_REPORT}\s+(?:that\s+)?", re.I)
_HEDGE = re.compile(r"\b(?:probably|likely|possibly|apparently|believes?|believed|thinks?|thought|suspects?|"
                    r"suspected|may\s+have|might\s+have|could\s+have|appears?\s+to|seems?\s+to)\b", re.I)
_BE = frozenset("was were is are be been being am".split())
_NEG = frozenset("not never no n't nothing nobody none".split())
_RELATIVE = frozenset("that which who whose".split())
_PREPS = frozenset("to about per off in into onto on at under beneath below above over from towards toward near "
                   "inside outside through across along by with for during after before since until against "
                   "within".split())
_PLACE_PREPS = frozenset("into onto towards toward from under beneath below through across".split())
_PARTICLES = frozenset("down up out away off through in over back apart".split())
_ADVERBS = frozenset("first then also just already probably possibly apparently likely finally suddenly "
                     "alone".split())
_STOP = frozenset("and but or while as when because although though so despite unless if".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:]")
_MAX_NP = 8
_MODALS = frozenset("will would could may might should can must shall".split())
_DETS = frozenset("the a an its their his her this that these those".split())
_COUNTS = frozenset("one two three four five six seven eight nine ten some many most all several few none each both "
                    "dozens hundreds".split())
_PRONOUNS = frozenset("he she they we i you someone somebody everyone".split())
# adverbs of will (closed class): only someone acts "voluntarily" or "deliberately", whatever the subject's form
_WILLED = re.compile(r"\b(?:voluntarily|deliberately|intentionally|willingly|knowingly|purposely|on\s+purpose)\b", re.I)
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "eer")


def _clause(text: str) -> str | None:
    """The reported clause: the attribution before or after it cut off; None when the claim reports nobody."""
    body = text.strip()
    head = _HEAD.match(body)
    if head is not None:
        body = body[head.end():]
    tail = next((m for m in (_TAIL.match(body, i) for i in range(len(body)) if body[i] == ",") if m), None)
    if tail is None and head is None:
        return None
    return (body[:tail.start()] if tail is not None else body).rstrip(" .!")


def _stems(words: list[str], first: bool = False) -> list[str]:
    """Content stems of the common nouns and modifiers: a name is someone, not a thing acted on (the clause's first
    word is capitalised as the sentence's start, ``first``)."""
    return content_stems(" ".join(w for k, w in enumerate(words) if not w[:1].isupper() or (first and k == 0)))


def _someone(subj: list[str], first: bool = True) -> bool:
    """The subject is someone by its form (a person or a body, who acts on purpose), not a thing or a happening: a
    name (a capitalised word other than the sentence's first), a pronoun, or a head noun with an agent suffix
    ("searchers", "a dealer", "the operator"); "two of the keepers" is headed by what follows "of"."""
    if any(w[:1].isupper() for w in subj[1 if first else 0:]):
        return True
    words = [w for w in subj if w.lower() not in _DETS]
    if "of" in (w.lower() for w in words):
        k = [w.lower() for w in words].index("of")
        words = words[k + 1:] if words[:k] and all(w.lower() in _COUNTS or w.isdigit() for w in words[:k]) \
            else words[:k]
    head = words[-1] if words else ""
    low = head.lower().rstrip("s’'")
    return low in _PRONOUNS or low.endswith(_AGENT_SUFFIXES)


def _verb_at(words: list[str], i: int) -> int:
    """Words of the past act starting at ``i`` (0: none): "had (been)? (adv)? participle" or a past form."""
    w = words[i].lower()
    if w in _MODALS and i + 1 < len(words) and words[i + 1].lower() == "have":  # "may have driven": hedged past
        n = _verb_at(words, i + 1)
        return n + 1 if n else 0
    if w in ("had", "has", "have"):
        j = i + 1
        while j < len(words) and (words[j].lower().endswith("ly") or words[j].lower() in _ADVERBS):
            j += 1
        return j + 1 - i if j < len(words) and verb_form(words[j], ["had"]) or (
            j < len(words) and words[j].lower() in _PAST) else 0
    prev = words[i - 1:i]
    return 1 if (w in _PAST and words[i][:1].islower() and (not prev or prev[0].lower() not in _BE | {"to"})) or (
        verb_form(words[i], prev) and (not prev or prev[0].lower() not in _BE)) else 0


def _np(words: list[str], i: int) -> tuple[list[str], int]:
    """The noun phrase from ``i``: up to a preposition other than "of", a particle, a verb or a boundary."""
    out: list[str] = []
    while i < len(words) and len(out) < _MAX_NP:
        w = words[i].lower()
        if w in (",", ";", ":") or w in _STOP or w in _RELATIVE and not out or w in _MODALS \
                or (w in _PREPS and w != "of") or w in _PARTICLES and out or _verb_at(words, i):
            break
        out.append(words[i])
        i += 1
    return out, i


def _skip(words: list[str], i: int) -> int:
    """Past the particles and adverbs after a verb ("gave way first", "brought ... down")."""
    while i < len(words) and (words[i].lower() in _PARTICLES | _ADVERBS | {"way"} or words[i].lower().endswith("ly")):
        i += 1
    return i


def _pp(words: list[str], i: int) -> list[str]:
    """Stems of the first place phrase from ``i`` on ("into a forgotten pit", "towards the shore")."""
    for k in range(i, min(len(words), i + 6)):
        if words[k].lower() in _PLACE_PREPS:
            return _stems(_np(words, k + 1)[0])
        if words[k] in (",", ";") or words[k].lower() in _STOP:
            break
    return []


def _passive(words: list[str], i: int, subj: list[str], clause: str, text: str) -> dict | None:
    """A passive with its agent ("the herd was driven towards the fence by a low flight"): the agent is the subject
    of the act, the passive's subject what it was done to; None for a copula or a passive with no agent."""
    k = i + 1
    while k < len(words) and (words[k].lower() in ("been", "being") or words[k].lower().endswith("ly")):
        k += 1
    if k >= len(words) or not (words[k].lower() in _PAST or verb_form(words[k], ["was"])):
        return None
    by = next((x for x in range(k + 1, min(len(words) - 1, k + 5)) if words[x].lower() == "by"), None)
    if by is None or words[by + 1].lower().endswith("ing"):
        return None  # no agent, or a means ("by cutting the cable")
    agent, _ = _np(words, by + 1)
    subj = [w for w in subj if w.lower() not in ("had", "has", "have") and w.lower() not in _ADVERBS
            and not w.lower().endswith("ly")]
    cut = next((x for x, w in enumerate(subj) if w.lower() in _PREPS and w.lower() != "of"), len(subj))
    a, o = _stems(agent), _stems(subj[:cut] or subj, first=True)
    if not a or not o:
        return None
    out: dict = {"text": clause, "subj": a, "obj": o, "pp": _pp(words, k + 1), "verb": words[k].lower()}
    if _someone(agent, first=False) or _WILLED.search(clause):
        out["someone"] = True
    if any(w.lower() == "had" for w in words[:k]):
        out["prior"] = True
    if _HEDGE.search(text):
        out["hedged"] = True
    return out


def mechanism_of(text: str, modality: str) -> dict | None:
    """The claim's account of how something came about (module docstring), None when it gives none."""
    if modality not in ("done", "hedged", "quoted"):
        return None
    clause = _clause(text)
    if not clause:
        return None
    words = _WORD.findall(clause)
    if any(w.lower() in _NEG for w in words) or "n't" in clause:
        return None
    i, subj = 0, []
    while i < len(words) and not _verb_at(words, i):  # the subject, with a relative clause on it
        if words[i].lower() in _BE and subj:
            return _passive(words, i, subj, clause, text)  # "the roof was brought down by X": X acted on it
        if words[i].lower() in _BE | _MODALS or words[i] in (",", ";", ":") or words[i].lower() in _STOP:
            return None  # a copula or a modal: no act of one thing on another
        if words[i].lower() in _RELATIVE and subj:
            j = i + 1
            while j < len(words) and not _verb_at(words, j):
                j += 1
            if j >= len(words):
                return None
            j += _verb_at(words, j)
            while j < len(words) and not _verb_at(words, j) and words[j] != ",":
                j += 1  # the relative clause says what the subject is, not what acted
            i = j
            continue
        subj.append(words[i])
        i += 1
    if i >= len(words) or not subj or subj[0].lower() in _PREPS:
        return None  # no subject: "during a hearing that ...", a place or a time before the verb
    n = _verb_at(words, i)
    verb, prior = words[i + n - 1].lower(), words[i].lower() == "had"
    j = _skip(words, i + n)
    obj, j = _np(words, j)
    if obj and obj[-1].lower() in CALENDAR_WORDS:
        obj = []  # "moved in there last autumn": a time, not a thing acted on
    if j < len(words) - 1 and words[j].lower() == "and" and _verb_at(words, j + 1):  # a chained act
        more, j = _np(words, _skip(words, j + 1 + _verb_at(words, j + 1)))
        obj += more
    cut = next((k for k, w in enumerate(subj) if w.lower() in _PREPS and w.lower() != "of"), len(subj))
    s, o = _stems(subj[:cut] if cut else subj, first=True), _stems(obj)
    pp = _pp(words, j)
    if not s or not (o or pp):
        return None  # no thing acted on, and nowhere it went
    out: dict = {"text": clause, "subj": s, "obj": o, "pp": pp, "verb": verb}
    if _someone(subj[:cut] if cut else subj) or _WILLED.search(clause):
        out["someone"] = True
    if i + n < len(words) and words[i + n].lower() in _PREPS | _PARTICLES:
        out["bare"] = True  # no direct object: a thing's own mishap ("slipped off a wheel"), not a deed done to one
    if prior or any(w.lower() == "had" for w in words[:i]):
        out["prior"] = True
    if _HEDGE.search(text):
        out["hedged"] = True
    return out
