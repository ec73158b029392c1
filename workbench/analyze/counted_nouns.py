"""Two counted nouns that name one class of thing in other words ("22 ships" / "22 vessels", "3 cars" / "3 vehicles").

Why: outlets count one group with their own noun, and ``quantity_match`` compared counts only when the counted
nouns were one word, so "Twenty-two ships" / "22 vessels" was "different measures". No synonym list can follow
every story's nouns; the bundled MiniLM can: the two nouns are embedded and their cosine read.

Only an *agreement* is bridged (the two values overlap). Nouns of one story sit close under MiniLM whether or not
they name one group ("homes" / "households", "flights" / "passengers": 0.57-0.69 on dev), so two *different*
values of two nouns are never turned into rival figures here: they stay "different measures". Two equal values
of two close nouns are one figure told twice, unless something shows the nouns name two groups:

* one claim of the event counts both nouns with different figures (``event_nouns``): a sentence that counts
  "11 soldiers and 4 civilians" sets the two nouns side by side as two classes. (Not one *report*: a report
  varies its nouns for two groups of one class, "counted 22 vessels at anchor ... Six more ships have been sent
  on", and read per report this guard lost the agreement it exists for on dev);
* either claim names the other's noun itself ("two boys and two girls");
* both nouns sort people by sex or age (closed class: "men" / "women", "adults" / "children"), which MiniLM
  sets close (0.55-0.72) though they never name one group.

Threshold chosen on dev D1-D64 as a whole (every pair of claims of one event, from two documents, with counts of
two different nouns whose values overlap: 25 pairs): one figure of one group scored 0.46-0.87 (cars / vehicles
0.87, workers / employees 0.84, ships / vessels 0.63, spectators / fans 0.46), the pairs that were not one group
0.41 and below (crowns / coins 0.41, runners / people 0.37, sites / volunteers 0.28); one pair of one group above
0.45 in the other direction none. Below 0.45 lie a few true pairs (miners / men 0.38, cases / people 0.22) left out.
A value told to its last digits (``telling_values``: "850 posts" / "850 jobs", "about 22,000 volumes" / "twenty-two
thousand books") bridges nouns below the threshold: such a value rarely recurs by chance in one event, while the
guards above still part two groups.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from workbench.analyze.telling_values import one_telling_value
from workbench.analyze.unit_sizes import unit_dimension
from workbench.extract.words import content_stems, stem
from workbench.models import Frame, Quantity

NOUN_SIMILARITY = 0.45
# nouns that sort people by sex or age (closed class): two of them are two groups, however close under MiniLM
_SORTS_OF_PEOPLE = frozenset(stem(w) for w in "men women boys girls children adults".split())
_APART: ContextVar[frozenset[tuple[str, str]]] = ContextVar("counted_nouns_apart", default=frozenset())


def _noun(unit: str) -> str:
    return stem(unit.split()[-1])


def distinct_nouns(claims: Iterable[tuple[str, Frame | None]]) -> frozenset[tuple[str, str]]:
    """(noun, noun) for every two counted nouns one claim counts with different figures (the figure's words before
    its noun, as stored: "22" of "22 vessels"). ``claims``: (document id, stored frame) of one event's claims."""
    seen: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, (_, frame) in enumerate(claims):
        for m in frame.measures if frame is not None else ():
            unit, text = str(m.get("unit") or ""), str(m.get("text") or "").casefold()
            if m.get("kind") == "count" and unit and unit_dimension(unit) == "count":
                seen[doc][_noun(unit)].add(re.sub(rf"\s*{re.escape(unit.casefold())}$", "", text))
    out: set[tuple[str, str]] = set()
    for nouns in seen.values():
        words = sorted(nouns)
        out.update((x, y) for i, x in enumerate(words) for y in words[i + 1:] if nouns[x] != nouns[y])
    return frozenset(out)


@contextmanager
def event_nouns(claims: Iterable[tuple[str, Frame | None]]) -> Iterator[None]:
    """Within the block (one event's relations), nouns one of the event's claims counts apart are two classes."""
    token = _APART.set(distinct_nouns(claims))
    try:
        yield
    finally:
        _APART.reset(token)


def apart_nouns(na: str, nb: str) -> bool:
    """Two noun stems known to name two groups: both sort people, or one claim of the event counts them apart."""
    return {na, nb} <= _SORTS_OF_PEOPLE or tuple(sorted((na, nb))) in _APART.get()


def one_class(qa: Quantity, ta: str, qb: Quantity, tb: str) -> float | None:
    """The MiniLM cosine of the two counted nouns where both are counts of things (no unit of measure), nothing
    shows them to be two groups (module docstring) and the cosine reaches ``NOUN_SIMILARITY``, else None (also
    where no model is at hand). ``ta``/``tb``: the two claims' texts."""
    if not qa.unit or not qb.unit or unit_dimension(qa.unit) != "count" or unit_dimension(qb.unit) != "count":
        return None
    na, nb = _noun(qa.unit), _noun(qb.unit)
    if apart_nouns(na, nb) or nb in content_stems(ta) or na in content_stems(tb):
        return None
    # imported here: act_identity reads analyze.sides, which reads quantity_match, which calls this module
    from workbench.analyze.act_identity import phrase_similarity

    close = phrase_similarity(qa.unit.casefold(), qb.unit.casefold())
    # one telling value ("850 posts" / "850 jobs", ``telling_values``) is itself the evidence the nouns lack
    return close if close is not None and (close >= NOUN_SIMILARITY or one_telling_value(qa, qb)) else None
