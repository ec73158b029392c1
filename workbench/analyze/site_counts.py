"""A count that names where a group is ("nurses at eleven hospitals"), not how many of the group there are.

Why: the role a figure is stored with comes from the verb of its clause ("Nurses at eleven hospitals walked out":
striking), so the count of sites took the role of the people who walked out and was set against another source's
count of them ("3,900 nurses stayed away") as a rival figure. A count standing right after a plural noun and a
preposition of place is the object of that preposition: it counts the places the noun's members are at, and the
role belongs to the noun before it. Closed-class words only (prepositions, a few verbs ending in "s").
"""

from __future__ import annotations

import re

from workbench.analyze.unit_sizes import spans_time, unit_dimension
from workbench.extract.words import same_stem, stem
from workbench.models import Quantity

# "<plural noun> at|in|across|from <figure>" right before the figure (its modifier is part of the figure's text)
_SITED = re.compile(r"\b(?P<noun>[A-Za-z]{4,}s)\s+(?:at|in|across|from)\s+(?:the\s+)?$")
# words ending in "s" that are verbs or function words, not plural nouns ("stands at 600", "was at")
_NOT_NOUNS = frozenset("this thus plus does goes lies sits stands ranks runs remains totals rests stays puts "
                       "sets gets comes takes makes keeps holds".split())


def sited(text: str, q: Quantity) -> str | None:
    """The plural noun whose members are at the places the count counts ("nurses" of "Nurses at eleven hospitals"),
    None where the figure counts no such places."""
    if q.kind != "count" or not q.unit or spans_time(q) or unit_dimension(q.unit) != "count":
        return None  # "for selling fakes in four years": a span of time is no place
    m = _SITED.search(text, max(0, q.start - 40), q.start)
    if m is None or m.group("noun").casefold() in _NOT_NOUNS:
        return None
    noun = m.group("noun").casefold()
    return None if same_stem(stem(noun), stem(q.unit.split()[-1])) else noun


def site_apart(ta: str, qa: Quantity, tb: str, qb: Quantity) -> str | None:
    """Why two figures of one role are no rivals where exactly one counts the places a group is at, else None."""
    sa, sb = sited(ta, qa), sited(tb, qb)
    if bool(sa) == bool(sb):
        return None
    site, other = (qa, qb) if sa else (qb, qa)
    return f"different measure: {site.text} counts where the {sa or sb} are, {other.text} counts them"
