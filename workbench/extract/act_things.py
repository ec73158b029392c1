"""What a timed act happened to: the head noun of its subject, where that is a thing and not someone.

Why: reports of one happening tell it with other verbs and other nouns for the one thing it happened to ("the pod
came ashore at dawn" / "the whales had beached late on Saturday night"; "the conveyor system stopped at 5.40am" /
"the sorting system crashed shortly after 7am"). Analysis (``analyze.thing_times``) compares the times of the
event's central thing's change of state; it needs, stored once, which thing each timed act is of. Read here from the
act phrase (``Frame.act_text``, the act without its time or source) by closed-class structure only: the leading noun
phrase up to its verb (a form of "be" or "have", a modal, a past form), a preposition other than "of", a relative
pronoun or a comma; its last word is the head. A name (a capitalised head), a pronoun or a head with an agent suffix
("the operator", "a fisherman") is someone who acts, not a thing an act happens to: None.

Stored as ``Frame.onset["thing"]`` (lower case), with the act's other facts as a start (``extract.onsets``).
"""

from __future__ import annotations

import re

from workbench.extract.act_kinds import IRREGULAR_PAST, verb_form

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|[,;:]")
_DETS = frozenset("the a an its their his her this that these those some all both each every".split())
_BE = frozenset("was were is are be been being am has have had will would could may might should can must".split())
_STOP = frozenset("that which who whose where when while as and but or after before since until because if".split())
_PREPS = frozenset("in at on into onto from to near by with without under over above below off through across "
                   "along around inside outside behind beside between during for".split())
# irregular past forms of verbs of motion and change that ``act_kinds`` does not list (grammar, not topic)
_PAST = IRREGULAR_PAST | frozenset("came went got ran sank burst blew shook tore froze split spread swept wore flew "
                                   "rose slid stuck hung".split())
_PRONOUNS = frozenset("he she they we i you it someone somebody everyone anyone nobody one".split())
_AGENT = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "woman", "women", "ant", "ants")
_MAX_NP = 8
_POSSESSIVE = re.compile(r"['’]s$")
_PARTS = frozenset("most some all many none one two three four five six seven eight nine ten part rest half each "
                   "several few dozens hundreds thousands".split())
_MODALS = frozenset("will would could may might should can must shall".split())
_PARTICLES = frozenset("up down out off away back over apart".split())
_OBJECT = frozenset("the a an its their his her this these those some all every no our my your them him it most many much "
                    "several few".split())


def _is_verb(words: list[str], j: int) -> bool:
    w = words[j]
    return w.lower() in _BE or w[:1].islower() and (w.lower() in _PAST or verb_form(w, [words[j - 1].lower()]) is not None)


def _verb(words: list[str], k: int) -> int | None:
    """The subject's verb: at ``k``, or past a place phrase ("the screens in the gate office went blank"), or the
    last one past a relative clause ("the system that sorts checked luggage stopped")."""
    low = words[k].lower()
    if low in _PREPS:
        return next((j for j in range(k + 1, len(words)) if _is_verb(words, j)), None)
    if low in _STOP:
        return next((j for j in range(len(words) - 1, k, -1) if _is_verb(words, j)), None)
    return k if _is_verb(words, k) or low in _MODALS else None


def _changed(words: list[str], k: int) -> bool:
    """After "was" / "had been" comes a participle ("was found", "had beached"), not a state ("was full")."""
    j = k
    while j < len(words) and words[j].lower() in _BE:
        j += 1
    if j == k:
        return True
    while j < len(words) and (words[j].lower().endswith("ly") or words[j].lower() in ("still", "just", "already")):
        j += 1
    return j < len(words) and (words[j].lower() in _PAST or verb_form(words[j], ["was"]) is not None)


def _done_to_another(words: list[str], k: int) -> bool:
    """The verb at ``k`` takes an object: a determiner, a number or a name follows it, or a particle and then a word
    that is no preposition ("put up signs"); a passive ("was found") or an intransitive act ("came ashore", "went
    blank", "crashed") changes its subject's own state."""
    j = k
    while j < len(words) and words[j].lower() in _BE | {"not", "never", "still", "just", "already"}:
        j += 1  # past the auxiliaries ("has aided", "was found") to the verb itself
    if j >= len(words):
        return False
    j += 1
    particle = False
    while j < len(words) and (words[j].lower() in _PARTICLES or words[j].lower().endswith("ly")):
        particle, j = True, j + 1
    if j >= len(words):
        return False
    nxt = words[j]
    return nxt.lower() in _OBJECT or nxt[:1].isdigit() or nxt[:1].isupper() or particle and nxt.lower() not in (
        _PREPS | _STOP | {",", ";", ":"})


def _subject_verb(words: list[str]) -> tuple[list[str], int | None]:
    """The act's leading noun phrase and the index of its verb (None: no verb after it, or none found)."""
    np: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        if low in (",", ";", ":") or low in _BE or low in _STOP or low in _PREPS or len(np) >= _MAX_NP:
            break
        if np and (low in _PAST and w[:1].islower() or verb_form(w, [x.lower() for x in words[max(0, k - 1):k]])):
            break
        np.append(w)
    else:
        return np, None  # no verb after it: the phrase is no act of a subject
    return np, _verb(words, k)


def deed_of(act_text: str | None) -> str | None:
    """The head (lower case) of the act's subject where the act is its deed to another thing or place ("the ferry
    had left Brenn": "ferry"; "the crew launched the boat": "crew"), else None: its verb, a completed act (no plan,
    no ongoing state: "was gushing out of the road"), takes an object (``_done_to_another``). Such an act is no
    change of the subject's own state ("the ferry went over", "the boat was launched")."""
    words = _WORD.findall(act_text or "")
    np, k = _subject_verb(words)
    if k is None or words[k].lower() in _MODALS or not _changed(words, k) or not _done_to_another(words, k):
        return None
    np = [w for w in np if w.lower() not in _DETS]
    return _POSSESSIVE.sub("", np[-1].lower()) if np else None


def thing_of(act_text: str | None) -> str | None:
    """The head noun (lower case) of the act's subject when it is a thing (module docstring), else None."""
    words = _WORD.findall(act_text or "")
    np, k = _subject_verb(words)
    if k is None or words[k].lower() in _MODALS or not _changed(words, k):
        return None  # a plan, a possibility ("could be noticed") or a state ("had been pitch dark"), no change
    if _done_to_another(words, k):
        return None  # the subject did something to another thing ("put up signs"): no change of its own state
    while np and np[0].lower() in _DETS:
        np = np[1:]
    if not np:
        return None
    if "of" in (w.lower() for w in np):  # "the director of the board": the head precedes "of", unless that is a
        cut = [w.lower() for w in np].index("of")  # part ("most of the herd") or a possessive follows ("the Port
        left, right = np[:cut], np[cut + 1:]  # of Vessholm's computer systems")
        if right and left and not (left[-1].lower() in _PARTS or any(w.lower().endswith(("'s", "’s")) for w in right)):
            np = left
    head = np[-1]
    low = _POSSESSIVE.sub("", head.lower())
    if head[:1].isupper() and len(np) > 1 or low in _PRONOUNS or low.endswith(_AGENT) or not low.isalpha():
        return None  # a name ("Mr Vey"), a pronoun, someone by the suffix ("the operator"): one who acts
    return low
