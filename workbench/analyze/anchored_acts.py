"""One act set on opposite sides of one named happening by two reports: a conflict.

Why: "the crush began eight minutes before kick-off" and "the crush began shortly after kick-off" cannot both hold,
yet neither names a clock time the other does, so no time slot compares them. Extraction stores which side of a
named happening each act lies on (``Frame.anchor``, ``extract.anchors``); here two claims compare them when they tell
**one act**: what it happened to is one word, and its verb is one (by stem) or both verbs time the happening itself
or its start ("began" / "took place": what took place after kick-off did not begin before it). Two acts of one thing
("the fire began before the explosion" / "the fire spread after it") share no verb and are left alone.
"""

from __future__ import annotations

from workbench.analyze.sides import Side
from workbench.extract.words import same_stem

# verbs that time a happening itself or its start: closed class (aspect and occurrence verbs, not topic words)
_HAPPENING = frozenset({"began", "begun", "started", "happened", "occurred", "took place", "broke out"})


def _one_verb(a: str, b: str) -> bool:
    return same_stem(a, b) or a in _HAPPENING and b in _HAPPENING


def anchor_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """("conflict", reason) when two claims set one act before and after one named happening, else None."""
    x, y = a.frame.anchor, b.frame.anchor
    if not x or not y or x["side"] == y["side"] or x["of"] != y["of"] or x["thing"] != y["thing"]:
        return None
    if not _one_verb(x["verb"], y["verb"]):
        return None
    return "conflict", (f"order: {x['thing']} {x['verb']} {x['side']} {x['of']} vs {y['verb']} {y['side']} "
                        f"{y['of']}")
