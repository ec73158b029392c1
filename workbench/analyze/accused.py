"""A denial of one's own deed against another source's claim that the same party did it, however the deed is worded.

Why: an accused party answers an accusation in its own words, rarely the accuser's ("X said the firm had let
waste run into the river" / "the firm denied that it had released untreated water"; "offered the painting to a
buyer abroad" / "denied that it had tried to sell it privately"). The two share the party and the matter but few
of the act's words, so the shared-word test of ``analyze.denied_claims`` misses them, and an act-phrase
embedding reads such pairs no closer than two different acts of one story. What does tie them is structural:

* the denial is about the denier's own deed or thing: its clause opens with a pronoun or a gerund ("that it had",
  "denied cancelling", stored as ``polarity["denied_self"]``), not in a perfect passive ("that they had been warned":
  what others did to the party), or holds a possessive ("effluent from its plant");
* the other claim reports, after its reporting verb, a clause whose subject is that party (among its first words,
  the source's own name left out): a source says the party did something;
* the two share at least one common word (not a name, not the denied act's verb) besides the party's, and read as
  about one matter (``PARAPHRASE`` cosine of the whole claims, the same cut ``denied_claims`` uses for a reworded act).

Who asserts it is decided afterwards (``denied_claims._verdict``): a named source other than the denier makes a
conflict between sources; the outlet's own report, or the party's own words, stays inside the story.
"""

from __future__ import annotations

import re

from workbench.analyze.akin import akin
from workbench.extract.words import content_stems, same_stem
from workbench.store.analysis import ClaimRow

PARAPHRASE = 0.40  # the whole claims read at least this close (as ``denied_claims.PARAPHRASE``)
SUBJECT_WORDS = 3  # the party is among the reported clause's first content words: its subject, not an aside
# closed class: the verbs that introduce what a source reports, and the possessives that tie a thing to the denier
_REPORTING = re.compile(r"\b(?:said|says|told\s+\w+|claimed|claims|alleged|alleges|stated|states|wrote|writes)\b"
                        r"(?:\s+that)?\s+", re.IGNORECASE)
_ACCORDING = re.compile(r",\s*according\s+to\b", re.IGNORECASE)  # "the firm had asked for more, according to papers"
_PREPOSITION = re.compile(r"\b(?:to|with|about|for|from|at|by|against|over|towards|into)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b(?:its|his|her|their|our)\b", re.IGNORECASE)
# a perfect passive with the denier's pronoun as its subject ("that they had been warned of X"): what others did to
# the party, not a deed of its own (closed class: pronouns and auxiliaries)
_DONE_TO_SELF = re.compile(r"\s*(?:that\s+)?(?:it|he|she|they|we|i)\s+(?:had|has|have)\s+(?:not\s+|never\s+)?been\s+"
                           r"(?:\w+ly\s+)?\w+(?:ed|en|wn|ld|ght|id|nt|pt)\b", re.IGNORECASE)


def _party_stems(denial: ClaimRow) -> list[str]:
    f = denial.frame
    if f is None:
        return []
    name = f.denier or f.speaker or denial.speaker or ""
    return [s for s in content_stems(name) if len(s) > 2]


def _about_own(denial: ClaimRow) -> bool:
    """The denied clause is about the denier's own deed (stored) or its own thing (a possessive in the clause)."""
    p = (denial.frame.polarity if denial.frame is not None else None) or {}
    if p.get("denied_self"):
        span = p.get("denied")
        return not (span and _DONE_TO_SELF.match(denial.text, span[0], span[1]))
    span = p.get("denied")
    return bool(span) and _POSSESSIVE.search(denial.text, span[0], span[1]) is not None


def _reported_subject(target: ClaimRow) -> list[str]:
    """The first content stems of what the target reports, its source's name left out: after a reporting verb that
    opens the report ("X said the firm had ...") or under "according to" a source, the form an accusation takes; none where the claim states a deed
    in its own right ("The firm cancelled 140 flights ..., the firm said"), which is no charge against anyone."""
    if _REPORTING.search(target.text) is None and not _ACCORDING.search(target.text):
        return []
    clause = _reported_clause(target)
    cut = _PREPOSITION.search(clause)  # "it was talking to the club about ...": a party after a preposition is no
    clause = clause[: cut.start()] if cut else clause  # subject of the reported deed, only its object
    speaker = target.frame.speaker if target.frame is not None and target.frame.speaker else target.speaker or ""
    source = set(content_stems(speaker))
    return [s for s in content_stems(clause) if s not in source][:SUBJECT_WORDS]


def accused(denial: ClaimRow, target: ClaimRow, shared: list[str], cos: float) -> bool:
    """Whether ``target`` says the party that issues ``denial`` did what it denies having done (module docstring)."""
    if cos < PARAPHRASE or not _about_own(denial):
        return False
    party = _party_stems(denial)
    if not party:
        return False
    subject = _reported_subject(target)
    named = [p for p in party if any(same_stem(p, s) for s in subject)]
    said = set(_common_stems(_reported_clause(target)))  # the shared word in what the source says the party did,
    # not in the source's own description ("Shipping lines that diverted vessels to other ports said ..."), and not
    # only the denied act's own verb: "received no warning" is not charged by "the money it had already received"
    acts = ((denial.frame.polarity or {}).get("denied_acts") or []) if denial.frame is not None else []
    return bool(named) and any(_common(denial.text, w) and not any(same_stem(w, p) for p in party)
                               and any(akin(w, s) for s in said) and not any(akin(w, a) for a in acts) for w in shared)


def _reported_clause(target: ClaimRow) -> str:
    said = _REPORTING.search(target.text)
    return target.text[said.end():] if said is not None else target.text


def _common_stems(text: str) -> list[str]:
    """The content stems of the text's words written in lower case: a word of a name ("moving East Stand
    season-ticket holders") names a place or body, not the matter a denial and a charge share."""
    return [s for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w[0].islower() for s in content_stems(w)]


def _common(text: str, shared: str) -> bool:
    """The shared word is a common word of the denial, not a name: one more participant of the story ("replace
    Mattis" / "asked Mattis to ...") is no sign of one matter."""
    return any(same_stem(shared, s) for s in _common_stems(text))
