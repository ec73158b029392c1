"""A sub-population's figure against the plain one: "youth unemployment 18%" / "unemployment 7%" are two measures.

Why: the role word says what is measured (unemployment, prices, a rate) but a modifier right before it narrows whom
or what it is of ("youth", "long-term", "food"); a fact-checker compares the youth rate only with a youth rate. The
modifiers are read once at extraction (``extract.measured_things.role_qualifier``: ``Frame.measures[*]["qual"]``);
here a modifier counts only where the other claim does not name it anywhere (its text, place or source): "Vellmark
unemployment" / "unemployment in Vellmark" is one measure, and a sentence's first word may be a place.
"""

from __future__ import annotations

from workbench.analyze.sides import Side
from workbench.extract.words import content_stems, same_stem


def _named_in(word: str, s: Side) -> bool:
    named = content_stems(" ".join(x for x in (s.text, s.frame.place, s.frame.speaker) if x))
    return any(same_stem(w, n) for w in content_stems(word) for n in named)


def _own(m: dict, side: Side, other: Side) -> list[str]:
    """The figure's modifiers the other claim does not name (nor its own place, which is where, not whom)."""
    place = (side.frame.place or "").casefold()
    return [w for w in m.get("qual") or () if w not in place and not _named_in(w, other)]


def qualified_apart(a: Side, b: Side, ma: dict, mb: dict) -> tuple[str, str] | None:
    """("different_measure", reason) when one figure of a role is narrowed by a modifier the other claim lacks, else None."""
    qa, qb = _own(ma, a, b), _own(mb, b, a)
    if not qa and not qb:
        return None
    role = str(ma.get("role") or mb.get("role") or "figure").removesuffix(" change")
    return "different_measure", (f"different measure: {' '.join(qa) or 'all'} {role} vs {' '.join(qb) or 'all'} "
                                 f"{role} ({ma.get('text')} vs {mb.get('text')})")
