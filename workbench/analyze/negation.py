"""Denials and negations: one claim says X, the other says X is not so.

Why it is careful: a negation word alone ("Russia has not commented") is everywhere in
news, and two claims in one cluster share a topic by construction. A conflict is only
reported when one side denies or negates and the two claims share enough of the *same*
content (who, what, where) that the denial plainly targets the other's assertion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.analyze.claim_memo import by_text
from workbench.extract.polarity import DENIAL, HARMLESS, NEGATION, NUMERIC_KINDS, polarity_fields
from workbench.extract.polarity import negated_near as negated_near
from workbench.extract.words import content_stems, same_stem, snippet
from workbench.models import Frame, Quantity

__all__ = ["DENIAL", "HARMLESS", "NEGATION", "Polarity", "denial_conflict", "negated_near", "polarity", "polarity_of",
           "shared_content"]

_CLAUSE_CUT = re.compile(r"[,;]|\bbut\b", re.IGNORECASE)
MIN_SHARED = 3  # shared content stems a denial needs with the claim it contradicts
NEGATION_JACCARD = 0.5  # plain negation ("is not") needs near-identical content


@dataclass(frozen=True)
class Polarity:
    """A claim's denial and negation as stored in its frame (``extract.polarity``): offsets into its text,
    the word the negation governs, and whether a figure is negated."""

    denial: tuple[int, int] | None
    negation: tuple[int, int] | None
    negated: str | None = None
    figure: bool = False
    denied: tuple[str, ...] = ()  # content stems of the denied clause (``extract.denied``); () when none is stored
    denied_acts: tuple[str, ...] = ()  # ... and of its act
    revised: bool = False  # the negation moves the speaker's own earlier statement ("rather than X as it had said")

    @property
    def negative(self) -> bool:
        return self.denial is not None or self.negation is not None


def _from_fields(d: dict) -> Polarity:
    return Polarity(tuple(d["denial"]) if d.get("denial") else None, tuple(d["neg"]) if d.get("neg") else None,
                    d.get("negated"), bool(d.get("figure")), tuple(d.get("denied_stems") or ()),
                    tuple(d.get("denied_acts") or ()), bool(d.get("revised")))


@by_text
def polarity(text: str) -> Polarity:
    """The polarity of a bare sentence (no frame, no figures): extraction's own computation, once per text."""
    return _from_fields(polarity_fields(text, []))


def polarity_of(text: str, frame: Frame | None, quantities: list[Quantity]) -> Polarity:
    """The stored polarity of a claim; a frame stored before polarity existed gets extraction's computation."""
    if frame is not None and frame.polarity is not None:
        return _from_fields(frame.polarity)
    return _from_fields(polarity_fields(text, [(q.start, q.end) for q in quantities if q.kind in NUMERIC_KINDS]))


def shared_content(a: str, b: str) -> tuple[list[str], float]:
    """Shared content stems (in a's order) and their Jaccard over both claims' stems."""
    first_a, set_a = _stem_set(a)
    set_b = _stem_set(b)[1]
    both = set_a & set_b
    shared = [s for s in first_a if s in both] if both else []
    union = len(set_a) + len(set_b) - len(both)
    return shared, (len(both) / union if union else 0.0)


@by_text
def _stem_set(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A text's content stems, each once in first-seen order, and as a set (once per claim, not per pair)."""
    stems = content_stems(text)
    return tuple(dict.fromkeys(stems)), frozenset(stems)


def _asserted_part(text: str, shared: list[str]) -> str:
    """The stretch of the asserting claim where the shared words are, so a reviewer sees what is denied."""
    low = text.lower()
    positions = [low.find(s) for s in shared if low.find(s) >= 0]
    if not positions:
        return snippet(text, 0, 70)
    positions.sort()
    # start at the densest cluster of shared words
    best = min(positions, key=lambda p: -sum(1 for q in positions if p <= q <= p + 80))
    return snippet(text, max(0, best - 20), 80)


def _negated_clause(text: str, span: tuple[int, int]) -> set[str]:
    """The content stems of the clause a negation stands in (up to a comma, semicolon or "but" either side)."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, 0, span[0])]
    end = _CLAUSE_CUT.search(text, span[1])
    return set(content_stems(text[(cuts[-1] if cuts else 0) : end.start() if end else len(text)]))


def _states_denied(neg: Polarity, other: str) -> bool:
    """The other claim states what is denied, where the denied clause is stored: two of its content words with its
    act, or most of it. Words shared elsewhere (the denier's name, the story's topic) are no contradiction: "Pelosi
    dismissed the idea that House Democrats could no longer win" does not deny "Pelosi has led House Democrats"."""
    if not neg.denied:
        return True  # no clause stored (a bare "denied it", or a frame stored before clauses were): as before
    stems = _stem_set(other)[1]
    shared = [d for d in dict.fromkeys(neg.denied) if any(same_stem(d, s) for s in stems)]
    act = any(same_stem(a, s) for a in neg.denied_acts for s in stems)
    return len(shared) >= 2 and (act or len(shared) * 2 > len(set(neg.denied)))


def denial_conflict(a: str, b: str, pa: Polarity | None = None, pb: Polarity | None = None,
                    allow_negation: bool = True) -> str | None:
    """A one-line reason when exactly one of ``a``/``b`` denies or negates what the other asserts.

    ``pa``/``pb`` are the claims' stored polarities (computed from the text when not given).
    ``allow_negation=False`` keeps only explicit denials: a plain "not" next to different
    figures ("69 percent are not worried" / "52 percent worried") is a different statement.
    """
    pa, pb = pa or polarity(a), pb or polarity(b)
    if pa.negative == pb.negative:
        return None
    neg_text, neg, pos_text = (a, pa, b) if pa.negative else (b, pb, a)
    if neg.revised and neg.denial is None:
        return None  # "will not open before May, rather than in March as it had said": its own statement moved
    shared, jaccard = shared_content(neg_text, pos_text)
    if neg.denial is not None and len(shared) >= MIN_SHARED and _states_denied(neg, pos_text):
        return (
            f'denial: "{snippet(neg_text, neg.denial[0], 70)}" vs "{_asserted_part(pos_text, shared)}" '
            f"(shared: {', '.join(shared[:5])})"
        )
    if neg.negation is not None and neg.denial is None and not _negated_clause(neg_text, neg.negation) & _stem_set(pos_text)[1]:
        return None  # the negation's clause ("we didn't have to, but ...") lies outside what both claims say
    if allow_negation and neg.negation is not None and len(shared) >= MIN_SHARED and jaccard >= NEGATION_JACCARD:
        return (
            f'negation: "{snippet(neg_text, max(0, neg.negation[0] - 30), 70)}" vs '
            f'"{_asserted_part(pos_text, shared)}" (shared: {", ".join(shared[:5])})'
        )
    return None
