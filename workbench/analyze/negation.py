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
from workbench.extract.words import content_stems, snippet

# A denial is reported speech: "denied that ...", "denied the reports", "rejected claims ..." (not "deny a rival the title").
DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes|"
    r"contradicted|rebuffed)\b(?=(?:\s+\w+){0,3}?\s+(?:that|claims?|reports?|allegations?|accusations?|"
    r"assertions?|statements?|suggestions?|rumou?rs?|any|having|being|responsibility|involvement|wrongdoing)\b)|"
    r"\b(?:denied|denies|rejected|dismissed|refuted)\b(?=\s*[,.;]|\s+(?:on|by|in)\b)|"
    r"\b(?:is|was|are|were) (?:false|untrue|not true|fake|propaganda)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:not|never|no longer|nobody|none|neither|nor)\b|n't\b|\bno (?=[a-z])",
    re.IGNORECASE,
)
# Negations that do not deny the claim's content (hedges, idioms, "not only ... but", and
# affirmations such as "there is no question that ...").
HARMLESS = re.compile(
    r"\bthere (?:is|was|can be) (?:no|little) (?:question|doubt)\b|\bno doubt\b|\bnot only\b|\bno (?:evidence|comment|details?)\b|\bnot (?:immediately|independently|yet)\b|"
    r"\bcould not be (?:independently )?(?:verified|confirmed)\b|\bhas not commented\b|\bdid not (?:respond|comment)\b|"
    r"\bbut not\b|\bno more than\b|\bnot more than\b|\bno fewer than\b|\bno less than\b|\bnot rule out\b|\bcould(?:n't| not) be ruled out\b",
    re.IGNORECASE,
)

MIN_SHARED = 3  # shared content stems a denial needs with the claim it contradicts
NEGATION_JACCARD = 0.5  # plain negation ("is not") needs near-identical content


@dataclass(frozen=True)
class Polarity:
    denial: re.Match[str] | None
    negation: re.Match[str] | None

    @property
    def negative(self) -> bool:
        return self.denial is not None or self.negation is not None


@by_text
def polarity(text: str) -> Polarity:
    cleaned = HARMLESS.sub(lambda m: "_" * len(m.group(0)), text)
    return Polarity(DENIAL.search(cleaned), NEGATION.search(cleaned))


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


def _denied_part(text: str, match: re.Match[str]) -> str:
    return snippet(text, match.start(), 70)


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


def denial_conflict(a: str, b: str, allow_negation: bool = True) -> str | None:
    """A one-line reason when exactly one of ``a``/``b`` denies or negates what the other asserts.

    ``allow_negation=False`` keeps only explicit denials: a plain "not" next to different
    figures ("69 percent are not worried" / "52 percent worried") is a different statement.
    """
    pa, pb = polarity(a), polarity(b)
    if pa.negative == pb.negative:
        return None
    neg_text, neg, pos_text = (a, pa, b) if pa.negative else (b, pb, a)
    shared, jaccard = shared_content(neg_text, pos_text)
    if neg.denial is not None and len(shared) >= MIN_SHARED:
        return (
            f'denial: "{_denied_part(neg_text, neg.denial)}" vs "{_asserted_part(pos_text, shared)}" '
            f"(shared: {', '.join(shared[:5])})"
        )
    if allow_negation and neg.negation is not None and len(shared) >= MIN_SHARED and jaccard >= NEGATION_JACCARD:
        return (
            f'negation: "{snippet(neg_text, max(0, neg.negation.start() - 30), 70)}" vs '
            f'"{_asserted_part(pos_text, shared)}" (shared: {", ".join(shared[:5])})'
        )
    return None


def negated_near(text: str, spans: list[tuple[int, int]], before: int = 15, after: int = 30) -> bool:
    """True when a negation sits next to one of ``spans`` (a figure's span), in the same clause.

    Scope matters: "he was not authorised to brief the media, said seven soldiers die" does
    not negate the figure; "30 percent are not worried" does.
    """
    cleaned = HARMLESS.sub(lambda m: "_" * len(m.group(0)), text)
    for m in NEGATION.finditer(cleaned):
        for start, end in spans:
            gap = text[m.end() : start] if m.start() < start else text[end : m.start()]
            near = start - before <= m.start() < start or end <= m.start() <= end + after
            if near and not re.search(r"[,;:]|\bsaid\b", gap):
                return True
    return False
