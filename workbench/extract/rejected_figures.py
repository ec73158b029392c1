"""A figure a claim rejects or sets itself against: read once at extraction, stored as ``Frame.rebuts``.

Why: the commonest way a report states a dispute over a number is to give its own figure against another's ("counted
71, not the 84 given by volunteers"; "2,600 a second rather than the 1,800 that the operator gave"; "61, well above
the figure given by the operator"). Read as plain figures, the rejected number is taken for the claim's own: it
"agrees" with the other side that asserts it, and the claim's own figure is set against the wrong one. Here the
rejected figure is located by structure only (a contrast or comparative word right before a figure or before "the
figure given by X", a verb of giving or reporting after it, a possessive "X's figure of N") and taken out of the
claim's asserted quantities; what is stored is which figure is rejected, the claim's own figure of the same kind it
is set against, and whose the rejected one is when the claim names it (``analyze.rejected_figures`` pairs it with
the other source's claim that asserts it).

A rejected figure needs an own figure of the same kind in the claim: "not one passenger was hurt" or "not more
than 40" reject no other source's number. Words: closed class only (contrast and comparison words, verbs of giving
and reporting, nouns that name a figure as such).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.gates import Gated
from workbench.models import Quantity

_KINDS = ("count", "money", "percent")
_FIGURE = r"(?:figures?|numbers?|counts?|totals?|tall(?:y|ies)|estimates?|toll)"
_GIVE = (r"(?:given|reported|cited|quoted|put\s+forward|released|claimed|offered|stated|announced|published|issued|"
         r"suggested|used|provided)")
_GAVE = (r"(?:gave|reported|cited|quoted|put\s+forward|released|claimed|offered|stated|announced|published|issued|"
         r"suggested|used|provided|said|had\s+(?:given|reported|cited|claimed|announced|said|published|issued))")
# contrast right before the rejected figure: "not the 84", "rather than 1,800", "instead of the figure of 46"
_CONTRAST = re.compile(rf"(?:\bnot|\brather\s+than|\binstead\s+of)\s+(?:the\s+|an?\s+)?(?:{_FIGURE}\s+of\s+)?$",
                       re.IGNORECASE)
# comparison with another's figure: "well above the 46 given by", "below the operator's figure of 46"
_DIRECTION = (r"(?:\b(?:well|far|much|way|significantly|considerably)\s+)?(?P<dir>above|below|higher\s+than|"
              r"lower\s+than|more\s+than|fewer\s+than|less\s+than|short\s+of|greater\s+than|exceeding|under|over)")
_COMPARED = re.compile(rf"{_DIRECTION}\s+(?:the\s+)?(?:{_FIGURE}\s+of\s+)?$", re.IGNORECASE)
_OWNED = re.compile(rf"(?:{_DIRECTION}|\bnot|\brather\s+than|\binstead\s+of)\s+(?:the\s+)?"
                    rf"(?P<by>(?:[\w.’'-]+\s+){{0,4}}?[\w.-]+)['’]s?\s+{_FIGURE}\s+of\s+$", re.IGNORECASE)
# the origin after the figure: "given by volunteers", "that the operator gave"
_BY_AFTER = re.compile(rf"\s*(?:{_GIVE}\s+(?:by|from)\s+(?P<by>[^,;:.!?\"“”()]+)|(?:that|which)\s+(?P<by2>(?:[\w.’'-]+\s+)"
                       rf"{{0,5}}?[\w.’'-]+)\s+{_GAVE}\b)", re.IGNORECASE)
# no figure named: "well above the figure given by the operator", "below the operator's figure"
_FIGURE_BY = re.compile(rf"{_DIRECTION}\s+(?:the\s+)?(?:{_FIGURE}\s+{_GIVE}\s+(?:by|from)\s+(?P<by>[^,;:.!?\"“”()]+)|"
                        rf"(?P<by2>(?:[\w.’'-]+\s+){{0,4}}?[\w.-]+)['’]s?\s+(?:own\s+|earlier\s+|first\s+)?{_FIGURE}\b)",
                        re.IGNORECASE)
# Speed (speed14): _CONTRAST, _COMPARED and _OWNED end in whitespace anchored at the head's end, so in every match the
# head's last whitespace-delimited token ends with the word before that whitespace; the engine would otherwise try
# each pattern at every position of the head. _FIGURE_BY's figure noun stands between whitespace and a boundary: a
# whole letter run of the text (workbench.extract.gates). Both gates only skip scans that cannot match.
_LAST_WORD = re.compile(r"\S*(?:not|than|of|the|an?|above|below|exceeding|under|over)", re.IGNORECASE)
_G_FIGURE_NOUN = Gated(re.compile(rf"\b{_FIGURE}\b", re.IGNORECASE))
_ABOVE = frozenset({"above", "higher than", "more than", "greater than", "exceeding", "over"})
_END_BY = re.compile(r"\s+(?:on|in|at|last|earlier|this|and|but|while|when|who|which|said|says)\b.*$", re.IGNORECASE)


def _clean(by: str | None) -> str | None:
    if not by:
        return None
    by = _END_BY.sub("", " ".join(by.split())).strip()
    return by or None


def _sign(word: str) -> int:
    return 1 if " ".join(word.lower().split()) in _ABOVE else -1


def _own(q: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """The claim's own figure the rejected one is set against: of the same kind, not itself rejected, closest."""
    own = [x for x in quantities if x is not q and x.kind == q.kind and x.value is not None]
    return min(own, key=lambda x: abs(x.start - q.start)) if own else None


def _rejected(text: str, q: Quantity, quantities: list[Quantity]) -> dict[str, Any] | None:
    head = text[: q.start]
    last = head.rsplit(None, 1)
    if not (last and head[-1:].isspace() and _LAST_WORD.fullmatch(last[-1])):
        return None  # none of the three can match (see _LAST_WORD)
    contrast, compared, owned = _CONTRAST.search(head), _COMPARED.search(head), _OWNED.search(head)
    if not (contrast or compared or owned) or q.value is None:
        return None
    if contrast and q.bound is not None and not owned:
        return None  # "not more than 40": a bound of the claim's own figure
    own = _own(q, quantities)
    if own is None:
        return None  # "not one passenger": nothing asserted in its place
    after = _BY_AFTER.match(text, q.end)
    if compared and not contrast and not owned and after is None:
        return None  # "lost $6 billion, more than the $5 billion it had requested": two measures compared, no one's
        # figure for the same one rejected (that needs the figure given, reported or stated by someone)
    by = _clean(owned.group("by") if owned else (after.group("by") or after.group("by2")) if after else None)
    out: dict[str, Any] = {"how": "figure", "rejected": [q.start, q.end], "stems": [], "prop": "", "instead": [],
                           "figure": {"kind": q.kind, "value": q.value, "unit": q.unit or own.unit, "text": q.text,
                                      "own": own.value, "own_unit": own.unit, "own_text": own.text, "by": by}}
    sign = (compared or owned).group("dir") if (compared or owned) and (compared or owned).group("dir") else None
    if sign:
        out["figure"]["sign"] = _sign(sign)
    return out


def _against(text: str, quantities: list[Quantity], words: frozenset[str] | None) -> dict[str, Any] | None:
    """"61, well above the figure given by the operator": the claim's figure set against another's unnamed one."""
    m = _FIGURE_BY.search(text) if _G_FIGURE_NOUN.may_match(words) else None
    if m is None:
        return None
    own = [q for q in quantities if q.kind in _KINDS and q.value is not None and q.end <= m.start()]
    if not own:
        return None
    q = own[-1]
    return {"how": "figure", "rejected": [m.start(), m.end()], "stems": [], "prop": "", "instead": [],
            "figure": {"kind": q.kind, "value": None, "unit": q.unit, "text": None, "own": q.value, "own_unit": q.unit,
                       "own_text": q.text, "by": _clean(m.group("by") or m.group("by2")), "sign": _sign(m.group("dir"))}}


def split_rejected(text: str, quantities: list[Quantity],
                   words: frozenset[str] | None = None) -> tuple[list[Quantity], dict[str, Any] | None]:
    """(the claim's asserted quantities, the rebuttal of a figure or None): a rejected figure is taken out of the
    quantities, so no figure rule reads it as the claim's own. ``words``: ``gates.words_of(text)`` (None: no gate)."""
    for q in quantities:
        if q.kind in _KINDS:
            found = _rejected(text, q, quantities)
            if found is not None:
                return [x for x in quantities if x is not q], found
    return list(quantities), _against(text, quantities, words)
