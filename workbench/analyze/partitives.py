"""A figure of a part of a group against the figure of the group, or of those of a population who did an act
against the population: two measures (narrower / related), never rival counts.

Why a module of its own: one story counts one group whole and in parts, and two such figures of one noun and one
unit read as a contradiction to every rule that pairs figures by their unit, role or act. What sets them apart is
structure, read off the stored figures and their groups, never a story's words:

* **N of M**: "two of the first eleven victims" counts a part (N) of a stated whole (M); where the other claim's
  figure is M itself ("the number of dead rose to 11"), the two agree on the whole and N is a part: narrower --
  unless the other says its act of *all* M ("convicted on all nine counts" / "on seven of the nine"): a rival count;
* **a member's figure**: "one of the contracts ... was worth 19 million" prices a member of the set the other claim
  prices whole ("the contracts were worth 48m"): the clause's subject is a partitive over a plural noun the other
  claim names, and the member's figure is the smaller: narrower;
* **a part counted for another act**: "appeals for nine of the men" against "60 detainees have joined": the
  partitive figure is picked out by an act read in another construction of another verb (stored groups,
  ``extract.count_groups``) than the other figure: a part of the group, counted for its own act: related;
* **a standing population against those of it who acted**: "the centre holds 128 detainees" (a figure governed by a
  verb of holding: a closed class) against "23 detainees are refusing food": the actors are a part of the
  population: narrower, where they are fewer.

Read only for a pair the figure rules found in conflict; None leaves that verdict as it is. Those who did an act
against those it was done to, in one noun, are read last (``recipients``).
"""

from __future__ import annotations

import re

from workbench.analyze.figure_slots import measure_of
from workbench.analyze.recipients import recipient_relation
from workbench.analyze.roundings import interval, overlap
from workbench.analyze.sides import Side
from workbench.analyze.whole_counts import ALL_OF, PART_OF, whole_of
from workbench.extract.numbers import WORDNUM
from workbench.extract.words import content_stems, same_stem
from workbench.models import Quantity

_NUMERIC = ("count", "money", "percent")
# "One of the contracts, for ..., was worth": a partitive subject over a plural noun, before the figure
_MEMBER = re.compile(rf"\b(?:one|each|either|{WORDNUM}|\d+)\s+of\s+(?:the|those|these|its|their)\s+"
                     r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s)\b", re.IGNORECASE)
# verbs whose object is a standing population of the subject, not those an act touched: closed class ("held" is
# left out: "police held 45" tells a detention, an act)
_HOLDING = ("hold", "hous", "employ", "contain", "accommodat", "shelter", "host")


def _partitive(q: Quantity) -> bool:
    return PART_OF.match(q.text) is not None


def _smaller(part: Quantity, whole: Quantity) -> bool:
    return interval(part)[1] < interval(whole)[0]


def _member_noun(s: Side, q: Quantity) -> str | None:
    """The plural noun of a partitive subject before the figure ("One of the contracts ... was worth"), outside the
    speaker phrase and with no other figure between it and this one."""
    found = list(_MEMBER.finditer(s.text, 0, q.start))
    if not found or _partitive(q):
        return None
    m = found[-1]
    # no other figure from the partitive on: "on seven of the nine counts ... and on two" has its own figure there
    between = [x for x in s.quantities if m.start() < x.end and x.start < q.start and x.kind != "date"]
    speaker = (s.frame.speaker or "").casefold() if s.frame is not None else ""
    if between or (speaker and m.group(0).casefold() in speaker):
        return None
    return m.group("noun")


def _group(s: Side, q: Quantity) -> tuple[str, str, str] | None:
    """(construction, verb stem, verb) of the stored group of the figure ("object", "appeal", "appeals"), None when
    none is stored."""
    g = (measure_of(s.frame, q) or {}).get("group")
    if not g or ":" not in g:
        return None
    how, _, word = g.partition(":")
    stems = content_stems(word)
    return (how, stems[0], word) if stems else None


def _holding(g: tuple[str, str, str] | None) -> bool:
    return g is not None and g[0] == "object" and g[1].startswith(_HOLDING)


def _elsewhere(p: Side, w: Side) -> bool:
    """The whole is placed in a named place the part's claim does not name, while the part's claim places itself
    ("eleven have died, all of them in X" / "two of the eleven died in the village of Y"): the part may lie outside
    the whole, a dispute of place that reading it as a part would hide."""
    place = w.frame.place
    return bool(place) and place not in p.text and bool(p.frame.place or p.frame.scope)


def _pair_relation(p: Side, qp: Quantity, w: Side, qw: Quantity) -> tuple[str, str] | None:
    """("narrower"|"related", reason) read from the side ``p`` whose figure ``qp`` may be the part."""
    if _elsewhere(p, w):
        return None
    whole = whole_of(qp)
    if whole is not None and not _partitive(qw) and not ALL_OF.search(w.text, max(0, qw.start - 16), qw.start):
        lo, hi = interval(qw)
        if lo <= whole <= hi and _smaller(qp, qw):
            return "narrower", f"a part of the whole: {qp.text} (the whole agrees with {qw.text})"
    noun = _member_noun(p, qp)
    if noun is not None and _smaller(qp, qw) and _member_noun(w, qw) is None and not _partitive(qw) \
            and any(same_stem(x, y) for x in content_stems(noun) for y in content_stems(w.text)):
        return "narrower", f"{qp.text} is for one part of the {noun}, {qw.text} for the {noun} as a whole"
    gp, gw = _group(p, qp), _group(w, qw)
    if whole is None and _partitive(qp) and gp and gw and gp[0] != gw[0] and not same_stem(gp[1], gw[1]):
        return "related", f"{qp.text} is a part of a group counted for another act ({gp[2]} vs {gw[2]})"
    if _holding(gw) and not _holding(gp) and gp is not None and gp[0] != "state" and _smaller(qp, qw):
        return "narrower", f"those of a population who acted ({gp[2]}: {qp.text}) vs the whole population ({gw[2]}: {qw.text})"
    return None


def _one_unit(x: Quantity, y: Quantity, a: Side, b: Side) -> bool:
    """One unit, a count whose unit one side leaves unsaid ("31" / "128 detainees"), or counts stored in one role
    ("nine of the men" / "60 detainees", both counted as held)."""
    if x.kind != "count":
        return x.unit == y.unit
    role = (measure_of(a.frame, x) or {}).get("role")
    return not x.unit or not y.unit or (role is not None and role == (measure_of(b.frame, y) or {}).get("role")) \
        or any(same_stem(u, v) for u in content_stems(x.unit) for v in content_stems(y.unit))


def part_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """("narrower"|"broader"|"related", reason) when one claim's figure is a part of the other's (module
    docstring), read from ``a``'s side; None when no figure pair is."""
    if a.frame is None or b.frame is None:
        return None
    qa = [q for q in a.quantities if q.kind in _NUMERIC and q.value is not None]
    qb = [q for q in b.quantities if q.kind in _NUMERIC and q.value is not None]
    for x in qa:
        for y in qb:
            if x.kind != y.kind or overlap(interval(x), interval(y)) or not _one_unit(x, y, a, b):
                continue
            found = _pair_relation(a, x, b, y)
            if found is not None:
                return found
            found = _pair_relation(b, y, a, x)
            if found is not None:
                return ("broader" if found[0] == "narrower" else found[0]), found[1]
    return recipient_relation(a, b)  # those who did the act vs those it was done to (``recipients``)
