"""Those who did an act against those it was done to, counted in one noun: two measures, never rival counts.

Why a module of its own: "45,000 drivers paid too much" and "refunds had been paid to 9,800 drivers" count one
noun with one verb, and every rule that pairs figures by a shared deed reads them as one measure. Structure says
otherwise: in one claim the counted noun is the verb's subject (the stored group ``predicate:<verb>``,
``extract.count_groups``), in the other the figure follows "<the same verb> to" -- those the act went to. Payers and
payees, senders and receivers are two groups whatever the story; the verb is whatever the claims use.
"""

from __future__ import annotations

import re

from workbench.analyze.figure_slots import measure_of
from workbench.analyze.sides import Side
from workbench.extract.words import content_stems, same_stem
from workbench.models import Quantity

# "paid to 9,800 drivers", "sent back to about 40 families": the verb right before "to" and the figure's approximator
_TO = re.compile(r"\b(?P<verb>[a-z]{3,})(?:\s+(?:back|out|over|up))?\s+to\s+(?:(?:about|around|some|nearly|almost|more|"
                 r"than|less|fewer|at|least|over|only|just|roughly|another|a|further)\s+)*$", re.IGNORECASE)

_BE = r"(?:were|was|are|is|been|being|be|get|gets|got)"


def _doers(s: Side, q: Quantity) -> str | None:
    """The verb whose subject the figure counts ("45,000 drivers paid": paid), from the stored group."""
    group = (measure_of(s.frame, q) or {}).get("group") or ""
    how, _, verb = group.partition(":")
    if how != "predicate" or not verb:
        return None
    # active voice only: "3,000 tenants were paid" counts receivers too
    active = re.match(rf"\s+(?:(?!{_BE}\b)[\w-]+\s+){{0,3}}?{re.escape(verb)}\b", s.text[q.end:], re.IGNORECASE)
    return verb if active else None


def _receivers(s: Side, q: Quantity) -> str | None:
    """The verb the figure is the recipient of ("paid to 9,800 drivers": paid), read before the figure."""
    m = _TO.search(s.text, max(0, q.start - 60), q.start)
    return m.group("verb") if m else None


def _one_noun(x: Quantity, y: Quantity) -> bool:
    return bool(x.unit and y.unit) and any(same_stem(u, v) for u in content_stems(x.unit) for v in content_stems(y.unit))


def recipient_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """("different_measure", reason) when one claim counts those who did an act and the other, in the same noun,
    those the same act was done to; None otherwise."""
    if a.frame is None or b.frame is None:
        return None
    for x in a.quantities:
        for y in b.quantities:
            if x.kind != "count" or y.kind != "count" or not _one_noun(x, y):
                continue
            for (d, qd), (r, qr) in (((a, x), (b, y)), ((b, y), (a, x))):
                did, got = _doers(d, qd), _receivers(r, qr)
                if did and got and any(same_stem(s, t) for s in content_stems(did) for t in content_stems(got)):
                    return "different_measure", f"those who {did} ({qd.text}) vs those it was {got} to ({qr.text})"
    return None
