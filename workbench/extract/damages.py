"""Whether a claim says a thing is intact or damaged, with the thing; stored in ``Frame.outcome["working"]`` with the
kinds "intact" / "damaged" (``analyze.workings`` sets them against each other as it does "working" / "failed").

Why: outlets disagree on the state of one object as they do on whether a device worked ("the hull was undamaged",
the owner said; "a two-metre crack runs along the hull", said the surveyor), and the two sentences share only the
thing. Read from closed-class structure, never from topic words:

* intact: the thing as the subject of "undamaged", "intact", "unscathed", or "no damage to <the thing>";
* damaged: the thing as the subject of a participle of damage ("was damaged", "is torn", "had been cracked"), or
  a noun of damage placed on it ("a crack in the hull", "a tear along the edge of the sail": the thing is the last
  noun phrase the place names, the part's "of" phrase included, as a part's damage is the thing's);
* a negation between the thing and its predicate turns one into the other ("was not damaged": intact).

{"kind": "intact" | "damaged", "text": the words as written, and the thing's words (``workings.noun_thing``)}.
"""

from __future__ import annotations

import re

from workbench.extract.workings import noun_thing, subject_before

_INTACT_WORDS = r"undamaged|intact|unscathed|unmarked"
_DAMAGED_WORDS = r"damaged|torn|cracked|dented|scorched|holed|smashed|shattered|ripped|slashed"
_INTACT = re.compile(rf"\b(?:{_INTACT_WORDS})\b", re.I)
_DAMAGED = re.compile(rf"\b(?:{_DAMAGED_WORDS})\b", re.I)
_NOUNS = r"tears?|cracks?|holes?|gash(?:es)?|dents?|rips?|splits?|scratch(?:es)?|(?:scorch|burn)\s+marks?"
# every pattern below needs one of these words whole ("no damage to", a noun of damage): one cheap scan rules out the
# sentences with none before the placed-noun scan runs (most of a corpus; this runs on every claim)
_ANY_WORD = re.compile(rf"\b(?:{_INTACT_WORDS}|{_DAMAGED_WORDS}|damage|{_NOUNS})\b", re.I)
# "a 12-centimetre tear runs along the edge of the sail", "cracks in the hull", "no damage to the roof"
_PLACED = re.compile(rf"(?:^|\b(?:a|an|one|two|three|several|some|deep|long)\s+)(?:[\w-]+\s+){{0,2}}?(?P<n>{_NOUNS})\s+"
                     r"(?:(?:runs|ran|was\s+found|were\s+found|is|are|was|were)\s+)?"
                     r"(?:in|on|along|across|through|down)\s+(?P<pp>[^,;.]+)", re.I)
_NO_DAMAGE = re.compile(r"\bno\s+damage\s+(?:was\s+done\s+|had\s+been\s+done\s+)?to\s+(?P<pp>[^,;.]+)", re.I)
_FLIP = {"intact": "damaged", "damaged": "intact"}
# the verb of being right before the state ("is undamaged", "had been torn", "remained intact"): the state is the
# subject's; "the storm damaged 40 homes" is a deed of the storm
_AUX = re.compile(r"\b(?:is|are|was|were|been|be|remains?|remained|stays?|stayed|appeared|looks?|looked|left)\s+"
                  r"(?:(?:not|never|still|\w+ly)\s+)*$", re.I)
_NOT = re.compile(r"\b(?:not|never)\b", re.I)
# the place phrase ends at a verb or a clause word ("a crack in the dam was found on Monday": the dam)
_PP_END = re.compile(r"\s(?:was|were|is|are|has|have|had|been|will|would|could|after|when|since|while|and|but|on|at|"
                     r"from|during|that|which)\b", re.I)


def _placed_thing(pp: str) -> dict | None:
    """The thing a place phrase names: its last definite noun phrase ("the lower edge of the sail": the sail)."""
    last = re.split(r"\s+of\s+", _PP_END.split(pp.strip(), maxsplit=1)[0], flags=re.I)[-1]
    return noun_thing(last) if re.match(r"(?:the|its|his|her|their)\s", last, re.I) else None


def damage_of(text: str) -> dict | None:
    """The claim's intact-or-damaged slot (module docstring), None when it states neither."""
    if not _ANY_WORD.search(text):
        return None
    for pattern, kind in ((_INTACT, "intact"), (_DAMAGED, "damaged")):
        m = pattern.search(text)
        aux = _AUX.search(text, 0, m.start()) if m else None
        found = subject_before(text, aux.start()) if aux else None  # no verb of being before it: an active deed
        if found is not None:
            thing, negated = found
            negated = negated != bool(_NOT.search(aux.group(0)))
            return {"kind": _FLIP[kind] if negated else kind, "text": ("not " if negated else "") + m.group(0), **thing}
    for pattern, kind in ((_NO_DAMAGE, "intact"), (_PLACED, "damaged")):
        m = pattern.search(text)
        thing = _placed_thing(m.group("pp")) if m else None
        if thing is not None:
            return {"kind": kind, "text": " ".join(m.group(0).split()[:6]), **thing}
    return None
