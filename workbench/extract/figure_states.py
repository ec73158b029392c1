"""Whether a figure states a count as it stands at its report, or a value moved to in the report.

Why: "two people have died" (Tuesday) and "three people have died" (Wednesday) are one running toll read at
two times, not two sources disagreeing; "valuers have raised their estimate to 650,000" states its own update
of any earlier estimate. Both are read from the figure's own clause once, at extraction, and stored on the
measure (``Frame.measures[...]``: ``"perfect": True``, ``"moved": "raised"``) for ``analyze.running_counts``.

The words are closed class: auxiliaries and the verbs of revising a value (raised, lowered, revised, cut ...).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.models import Quantity

# "<figure> people have died", "<figure> have been arrested": the count's own predicate in the present perfect
_PERFECT_AFTER = re.compile(r"^[^,;:]{0,40}?\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne|ck|t)\b")
# "have raised their estimate of the hoard to <figure>": a value moved to, in the figure's clause
_MOVED_BEFORE = re.compile(
    r"\b(?P<v>raised|lowered|revised|upgraded|downgraded|cut|reduced|lifted|increased|trimmed|corrected)\b"
    r"[^,;:.]{0,50}?\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_NOT_PERFECT = re.compile(r"^[^,;:]{0,40}?\b(?:has|have)\s+(?:been\s+)?(?:risen|fallen|climbed|grown)\b")


def figure_state(text: str, q: Quantity) -> dict[str, Any]:
    """{"perfect": True} for a count whose predicate is in the present perfect ("three people have died"),
    {"moved": verb} for a figure a revising verb moves a value to ("raised their estimate to 650,000"); else {}.

    A change verb in the perfect ("has risen to 87") is left to the running cue the frame already stores."""
    if q.kind not in ("count", "money") or q.value is None:
        return {}
    before = text[max(0, q.start - 70) : q.start]
    moved = _MOVED_BEFORE.search(before)
    if moved:
        return {"moved": moved.group("v").lower()}
    after = text[q.end : q.end + 60]
    if q.kind == "count" and _PERFECT_AFTER.match(after) and not _NOT_PERFECT.match(after):
        return {"perfect": True}
    return {}
