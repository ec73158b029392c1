"""A count of a whole, and who of it acted: "all 840 of its members stopped work" / "about 610 of the depot's 840".

Why a module of its own: ``partitives`` reads a part against its whole when the figure rules found a conflict;
the agreement side needs the same reading where the whole itself is what the two claims share. Pure text and
figures (no frames), so ``quantity_match`` and ``frame_relate`` can both ask it without importing the pair rules.
"""

from __future__ import annotations

import re

from workbench.analyze.roundings import interval, overlap
from workbench.extract.numbers import DIGITS, WORDNUM, parse_number
from workbench.models import Quantity

# "two of the eleven districts", "Two of the first eleven victims", "nine of the men": the figure is the part
PART_OF = re.compile(r"^(?:[\w,.-]+\s+){1,2}?of\s+(?:the|those|these|its|their)\s+(?P<rest>.+)$", re.IGNORECASE)
_WHOLE = re.compile(rf"{DIGITS}|{WORDNUM}", re.IGNORECASE)
# "convicted on all nine counts": the act is said of every one of the whole, so N of them is a rival count, no part
ALL_OF = re.compile(r"\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def whole_of(q: Quantity) -> float | None:
    """M of a figure worded "N of (the) [first] M X", else None."""
    m = PART_OF.match(q.text)
    found = _WHOLE.search(m.group("rest")) if m else None
    parsed = parse_number(found.group(0)) if found else None
    return parsed[0] if parsed else None


# what stands between a part and the whole it is "of": "1,700 of the port's 2,300", "40 of its 120", "9 of 12"
_BETWEEN = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w’'-]+['’]s\s+)?", re.IGNORECASE)
_ALL_BUT = re.compile(r"\b(?:all but|except|bar)\s+$", re.IGNORECASE)


def _part_of(text: str, quantities: list[Quantity], whole: Quantity) -> Quantity | None:
    """The figure of the claim (``text``, ``quantities``) that counts a part of ``whole``: worded "N of (the) M" in one figure whose M is the
    whole's value, or a figure right before "of [the / its / X's]" and the whole."""
    for q in quantities:
        if q is whole or q.kind != "count" or q.value is None or _ALL_BUT.search(text, max(0, q.start - 12), q.start):
            continue  # "all but 30 of the 840": 30 is who did not
        of_whole = whole_of(q)
        if (of_whole is not None and overlap((of_whole, of_whole), interval(whole))) or \
                (q.end <= whole.start and _BETWEEN.fullmatch(text, q.end, whole.start)):
            return q
    return None


def all_against_part(text_a: str, qs_a: list[Quantity], text_b: str, qs_b: list[Quantity]) -> str | None:
    """"X vs Y" where one claim says its act of *all* of a count ("all 2,300 of its members stopped work") and the
    other counts a part of that same whole ("about 1,700 of the port's 2,300 dockers joined the strike"), the two
    parts differing: the whole agrees, the counts of those who acted do not. Why: the figure matcher paired
    2,300 with 2,300 and called the claims one assertion. Closed class: "all", "every", "each" right before the
    figure, "of" (with a determiner or possessor) between a part and its whole."""
    for (tx, qx), (ty, qy) in (((text_a, qs_a), (text_b, qs_b)), ((text_b, qs_b), (text_a, qs_a))):
        for q in qx:
            if q.kind != "count" or q.value is None or not ALL_OF.search(tx, max(0, q.start - 16), q.start):
                continue
            for whole in qy:
                if whole.kind != "count" or whole.value is None or not overlap(interval(q), interval(whole)):
                    continue
                part = _part_of(ty, qy, whole)
                if part is not None and not overlap(interval(part), interval(q)):
                    return f"all {q.text} vs {part.text} of {whole.text}"
    return None
