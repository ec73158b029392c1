"""Where a claim denies or negates, computed once at extraction and stored in its frame.

Why: the relation rules ask, for every compared pair, whether one side denies or negates, which
word the negation governs (a negation counts only inside the clause both claims share) and whether
a figure is negated ("30% are not worried"). Those are facts about one sentence: they are read here
once (``Frame.polarity``) and analysis compares the stored offsets and stems, never the regexes.
The vocabulary is closed-class: reporting verbs of denial, negators, hedging idioms.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.extract.denied import denied_fields
from workbench.extract.gates import Gated, words_of
from workbench.extract.own_denials import own_denial
from workbench.extract.undone import states_undone
from workbench.extract.words import content_stems

# A denial is reported speech: "denied that ...", "denied the reports", "rejected claims ..." (not "deny a rival the title").
DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes|"
    r"contradicted|rebuffed)\b(?=(?:\s+\w+){0,3}?\s+(?:that|claims?|reports?|allegations?|accusations?|"
    r"assertions?|statements?|suggestions?|rumou?rs?|any|having|being|responsibility|involvement|wrongdoing)\b)|"
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )"  # "may be dismissed,": passive
    r"\b(?:denied|denies|rejected|dismissed|refuted)\b(?=\s*[,.;]|\s+(?:on|by|in)\b)|"
    r"(?<!was )(?<!were )(?<!been )(?<!being )\b(?:denied|denies|deny)\b(?=\s+(?:ever\s+)?[a-z]{3,}ing\b)|"
    r"\b(?:is|was|are|were) (?:false|untrue|not true|fake|propaganda|unfounded|baseless|groundless|incorrect|"
    r"inaccurate)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:not|never|no longer|nobody|none|neither|nor)\b|n['’]t\b|\bno (?=[a-z])",
    re.IGNORECASE,
)
# Negations that do not deny the claim's content (hedges, idioms, "not only ... but", and
# affirmations such as "there is no question that ...").
HARMLESS = re.compile(
    r"\bthere (?:is|was|can be) (?:no|little) (?:question|doubt)\b|\bno doubt\b|\bnot only\b|\bno (?:evidence|comment|details?)\b|\bnot (?:immediately|independently|yet)\b|"
    r"\bcould not be (?:independently )?(?:verified|confirmed)\b|\bhas not commented\b|\bdid not (?:respond|comment)\b|"
    r"\b(?:do|does|did|has|have|had)(?: not|n['’]t) (?:deny|denied|dispute|disputed|contest|contested|reject|rejected)\b|"
    r"\bbut not\b|\bno more than\b|\bnot more than\b|\bno fewer than\b|\bno less than\b|\bnot rule out\b|\bcould(?:n't| not) be ruled out\b",
    re.IGNORECASE,
)
NUMERIC_KINDS = ("percent", "count", "ratio", "money")
# Speed: HARMLESS behind a gate on the claim's words, and DENIAL as its two halves (a denying verb; a copula
# and "false"...), each gated: no position can start both halves, so the earlier of their first matches is
# DENIAL's first match (workbench.extract.gates; tested in tests/extract/test_polarity.py).
_G_HARMLESS = Gated(HARMLESS)
_DENIAL_VERB, _DENIAL_COPULA = DENIAL.pattern.split(r"|\b(?:is|was|are|were) ")
_DENIAL_COPULA = r"\b(?:is|was|are|were) " + _DENIAL_COPULA
_G_DENIAL_HALVES = (Gated(re.compile(_DENIAL_VERB, re.IGNORECASE)), Gated(re.compile(_DENIAL_COPULA, re.IGNORECASE)))
_NEGATIVES = frozenset({"not", "never", "no", "nobody", "none", "neither", "nor"})  # NEGATION's words
_FALSEHOODS = frozenset({"false", "untrue", "not", "fake", "propaganda", "unfounded", "baseless", "groundless",
                         "incorrect", "inaccurate"})  # the copula half's second words


def _denial(cleaned: str, words: frozenset[str] | None) -> re.Match[str] | None:
    """``DENIAL.search(cleaned)``; ``words``: ``words_of`` of the text ``cleaned`` masks."""
    verb, copula = _G_DENIAL_HALVES
    found = [m for m in (verb.search(cleaned, words),
                         copula.search(cleaned, words) if words is None or not _FALSEHOODS.isdisjoint(words) else None)
             if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def masked(text: str) -> str:
    """The text with harmless negations blanked out (same length: offsets still point into ``text``)."""
    return HARMLESS.sub(_blank, text)


def _blank(m: re.Match[str]) -> str:
    return "_" * len(m.group(0))


def negated_near(text: str, spans: list[tuple[int, int]], before: int = 15, after: int = 30) -> bool:
    """True when a negation sits next to one of ``spans`` (a figure's span), in the same clause.

    Scope matters: "he was not authorised to brief the media, said seven soldiers die" does
    not negate the figure; "30 percent are not worried" does.
    """
    cleaned = masked(text)
    for m in NEGATION.finditer(cleaned):
        for start, end in spans:
            gap = text[m.end() : start] if m.start() < start else text[end : m.start()]
            near = start - before <= m.start() < start or end <= m.start() <= end + after
            if near and not re.search(r"[,;:]|\bsaid\b", gap):
                return True
    return False


# A negated noun of intent or need with its infinitive ("saw no reason to order", "has no plans to close"; closed
# class): what is negated is the act of the infinitive, not the noun.
_NOUN_TO = re.compile(r"\s*(?:\w+\s+)?(?:reason|need|plans?|intention|decision|move|attempt)\s+to\s+(\w+)", re.I)


# A zero of a plural thing with a passive predicate ("no bank or card details were taken", "none of the files were
# copied"): closed-class determiner and auxiliaries; the noun phrase and the verb are whatever the claim says.
_NONE_OF = re.compile(r"\b(?:no|none of the)\s+(?P<np>(?:[\w-]+\s+){0,4}?[a-z][\w-]*[a-rt-z]s)\s+"
                      r"(?:were|have been|had been|was|has been)\s+(?:\w+ly\s+)?(?P<v>[a-z]+)\b", re.IGNORECASE)


def polarity_fields(text: str, figure_spans: list[tuple[int, int]]) -> dict[str, Any]:
    """``{"denial": [start, end], "neg": [start, end], "negated": stem, "figure": True, "none_of": [stems],
    "none_pred": stem, "denied": [start, end], "denied_stems": [stems]}``, each only when
    present; ``{}`` for a plain assertion. ``negated`` is the first content word after the negation
    (the word it governs); ``figure`` says a negation stands next to one of the figures."""
    words = words_of(text)
    cleaned = HARMLESS.sub(_blank, text) if _G_HARMLESS.may_match(words) else text  # masked(text)
    out: dict[str, Any] = {}
    d = _denial(cleaned, words)
    if d:
        out["denial"] = [d.start(), d.end()]
    out.update(denied_fields(text, (d.start(), d.end()) if d else None, words))  # what is denied, for analysis
    # NEGATION's matches are whole negative words or "n't" (issue 12: skip the scan where neither can be)
    n = NEGATION.search(cleaned) if words is None or not _NEGATIVES.isdisjoint(words) or "'" in text \
        or "’" in text else None
    if n:
        out["neg"] = [n.start(), n.end()]
        aim = _NOUN_TO.match(text, n.end())  # "no reason to order a review": the negation governs "order"
        after = content_stems(aim.group(1) if aim else text[n.end() : n.end() + 40])[:1]
        if "denied" not in out and not d:  # "we have never sold it", the firm said: its own deed denied
            out.update(own_denial(text))
        if after:
            out["negated"] = after[0]
            if states_undone(text, n.start()):  # rel9l: "was never stopped", not "believe that ... was not born"
                out["undone"] = True
    none = _NONE_OF.search(text, n.start()) if n and n.group(0).lower() in ("no", "no ", "none") else None
    if none:  # "No patient records were copied": a zero of a thing, with what was done to it
        out["none_of"] = content_stems(none.group("np"))[-3:]
        out["none_pred"] = (content_stems(none.group("v")) or [None])[0]
    if n and figure_spans and negated_near(text, figure_spans):
        out["figure"] = True
    if n and _REVISES.search(text, n.start()):  # "would not open before May, rather than in March as it had said"
        out["revised"] = True
    return out


# a contrast with what the speaker itself stated before: the claim moves its own statement (an update of it),
# it negates no other source's ("not before May, rather than in March as it had announced"); closed class only
_REVISES = re.compile(r"\b(?:rather\s+than|instead\s+of|not)\b[^.;:!?]{0,60}?\b(?:as|than|like)\s+(?:it|he|she|they|we|"
                      r"the\s+\w+)\s+(?:had\s+|has\s+|originally\s+|first\s+|earlier\s+|previously\s+){0,2}"
                      r"(?:said|announced|stated|planned|promised|forecast|indicated|expected|told|predicted|estimated|"
                      r"scheduled|intended|hoped|set\s+out)\b", re.IGNORECASE)
