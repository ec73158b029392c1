"""A figure for a named part of a place against "all N" of the place, or for one of several things against the
figure of all of them: narrower, never a rival count.

Why a module of its own: "About 200 workers were evacuated from the mine's north shaft" and "All 1,150 workers were
evacuated from the mine" count one act over two scopes. The part is named structurally, as a possessive of a
common noun the other claim names as its own place ("the mine's north shaft" within "the mine"), and the other
figure is marked as everything ("all N", or a stored total); the part's figure must be the smaller. No topic words:
the owner and the part are whatever nouns the claims use. Likewise "Hollen, a village of 340 people" against "Three
villages ..., home to about 900 people": the smaller figure belongs to one thing ("a village of"), the other claim
counts several of that noun (a stored count above one) beside its larger figure of the same unit.
"""

from __future__ import annotations

import re

from workbench.analyze.sides import Side, _figures
from workbench.extract.words import content_stems, same_stem
from workbench.models import Quantity

# "the mine's north shaft", "its plant's east wing": a lower-case owner (a thing, not a person) and the part it has
_PART_OF = re.compile(r"\b(?:the|its|their)\s+(?P<owner>[a-z][\w-]+)['’]s\s+(?P<part>(?:[a-z][\w-]+\s+)?[a-z][\w-]+)")
# "a village of 340", "one school with 300": the figure belongs to one thing, named by the noun before it
_ONE_OF = re.compile(r"\b(?:a|an|one)\s+(?P<noun>[a-z][\w-]+)\s+(?:of|with|home to)\s+(?:[a-z]+\s+){0,2}$")
_ALL = re.compile(r"\b(?:all|all of the|the entire|the whole)\s+$", re.IGNORECASE)


def _everything(s: Side, m: dict, q: Quantity) -> bool:
    return m.get("part") == "total" or _ALL.search(s.text, max(0, q.start - 16), q.start) is not None


def sub_part_relation(a: Side, b: Side, ma: dict, mb: dict, qa: Quantity, qb: Quantity) -> tuple[str, str] | None:
    """("narrower"|"broader", reason) read from ``a``'s side when one figure counts a named part of the place the
    other counts all of; None otherwise."""
    for part, whole, mw, qp, qw in ((a, b, mb, qa, qb), (b, a, ma, qb, qa)):
        if qp.value is None or qw.value is None or qp.value >= qw.value or not _everything(whole, mw, qw):
            continue
        m = _PART_OF.search(part.text)
        if m is None:
            continue
        owner, sub = content_stems(m.group("owner")), content_stems(m.group("part"))
        theirs = set(content_stems(whole.text))
        if owner and owner[0] in theirs and sub and not set(sub) <= theirs:
            kind = "narrower" if part is a else "broader"
            return kind, f"{kind}: a part vs all of it ({m.group(0)}: {qp.text} vs {qw.text})"
    return None


def one_of_several(a: Side, b: Side) -> tuple[str, str] | None:
    """("narrower"|"broader", reason) read from ``a``'s side when one claim's figure belongs to one thing ("a village
    of 340 people") and the other counts several things of that noun ("Three villages") beside a larger figure in the
    same unit ("about 900 people"); None otherwise."""
    for one, several in ((a, b), (b, a)):
        for mp, qp in _figures(one):
            m = _ONE_OF.search(one.text, 0, qp.start)
            if m is None or m.end() != qp.start or qp.value is None or not mp.get("unit"):
                continue
            noun = content_stems(m.group("noun"))
            things = [q for mw, q in _figures(several) if (q.value or 0) > 1 and noun
                      and any(same_stem(noun[-1], u) for u in content_stems(str(mw.get("unit") or ""))[-1:])]
            wholes = [q for mw, q in _figures(several) if mw.get("unit") == mp["unit"] and (q.value or 0) > qp.value]
            if things and wholes:
                kind = "narrower" if one is a else "broader"
                return kind, f"{kind}: one {m.group('noun')} of {things[0].text} ({qp.text} vs {wholes[0].text})"
    return None
