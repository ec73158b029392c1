"""A party's own statement that a deed of its own was never done: a denial without a denying verb.

Why: a party often denies by stating the negation itself, as its own report ("we have never sold the data", the
firm said; "The club has received no offer, its chairman said"; "the council said it had not been told"). Another
source asserting the deed ("a buyer said the club had made an offer ...") disagrees with it exactly as with "the
club denied receiving an offer", yet no denying verb is there for ``extract.denied`` to find. Here the negated
deed is read once, at extraction, and stored in the fields a denial has (``Frame.polarity``: ``denied``,
``denied_stems``, ``denied_acts``, ``denied_self``, and ``party``: who denies), so ``analyze.denied_claims`` and
``analyze.rebuttals`` compare it like any other denial.

Only the party's OWN deed counts, which is what keeps a stance or a third party's deed out (on real news the
negated predicates of a party's stance, "has not changed its position", were mostly false flags):

* the clause opens the sentence or follows a reporting verb ("said (that)", "told reporters");
* its subject is a personal pronoun after a reporting verb (the speaker: "said it had never been asked"; a pronoun
  opening the sentence is the outlet's narration), or a short noun phrase that the speaker belongs to ("The port
  ..., its chief executive said") or that the attribution names again;
* the deed is done or undone in the past ("does not ban" is a standing practice, a stance), and it is a deed, not
  a perception or a belief ("had not seen an increase");
* the negation governs the deed directly: "never" or "not" before a past participle or a bare verb ("had never
  been warned", "did not pay"), or "no" before the object of a perfect ("has paid no fee").

Words: closed class only (auxiliaries, negators, personal pronouns, determiners, reporting verbs).
"""

from __future__ import annotations

import re

from workbench.extract.words import content_stems, stem

_NEGATORS = frozenset({"none", "no", "nobody", "nothing", "never", "neither", "not"})
_PRONOUNS = frozenset({"it", "we", "they", "he", "she", "i"})
_REPORTING = r"(?:said|says|told|tells|insisted|insists|maintained|stated|added|that)\b"
_SUBJECT = rf"(?P<subj>(?:it|we|they|he|she|I)|(?:the|its|their|our|[A-Z][\w'’-]*)(?:\s+(?!{_REPORTING})[\w'’-]+){{0,4}}?)"
_OPEN = r"(?:^|\b(?:said|says|told\s+\w+|tells\s+\w+|insisted|insists|maintained|stated|added)\s+(?:that\s+)?)"
# "had never been warned", "has not paid", "did not pay", "never paid": the negation governs the deed
_NEVER = re.compile(_OPEN + _SUBJECT + r"\s+(?:(?P<aux>has|have|had|did|does|do|was|were)\s+)?(?P<neg>never|not)\s+"
                    r"(?:been\s+)?(?P<verb>[a-z]{3,})\b", re.IGNORECASE)
# "has paid no ransom": a perfect whose object is a zero
_NO_OBJECT = re.compile(_OPEN + _SUBJECT + r"\s+(?:has|have|had)\s+(?P<verb>[a-z]{3,})\s+"
                        r"(?P<neg>no)\s+(?!more\b|less\b|longer\b|fewer\b|doubt\b|comment\b)[a-z]", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|,|\s[–—-]\s|[.!?]?[\"”’]?\s*$")
# the speaker belongs to the subject: "..., its chief executive said" / "..., their lawyer told reporters"
_BELONGS = re.compile(r",\s*(?:its|their)\s+[\w'’ -]{2,40}?(?:,|\s(?:said|says|told|added|insisted))", re.IGNORECASE)
_NOT_DEEDS = frozenset({"yet", "only", "just", "immediately", "clear", "sure", "known", "able", "likely", "the", "a",
                        "an", "to", "be", "been", "going", "there",
                        # perception and cognition: what a party saw or knew is no deed it denies doing
                        "seen", "saw", "heard", "noticed", "observed", "found", "aware", "knew", "thought",
                        "expected", "believed", "felt"})


def own_denial(text: str) -> dict[str, object]:
    """The denial fields of a claim in which a party states its own deed undone, else ``{}`` (module docstring)."""
    for pattern in (_NO_OBJECT, _NEVER):
        m = pattern.search(text)
        if m is None or m.group("verb").casefold() in _NOT_DEEDS:
            continue
        if pattern is _NEVER and m.group("neg").casefold() == "not" and not m.group("aux"):
            continue  # "it not paid": no finite clause
        subj = m.group("subj")
        pronoun = subj.casefold() in _PRONOUNS
        if pronoun and m.start("subj") == 0:
            continue  # "He has never shied away ...": the outlet's narration of him, not his own statement
        if pattern is _NEVER and (m.group("aux") or "").casefold() in ("does", "do"):
            continue  # "it does not ban users": a standing practice or stance, not a deed done or undone
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if not pronoun and not _belongs(text, subj, stop):
            continue  # a third party's deed: the speaker reports it, it does not deny its own
        clause = text[m.start("subj"):stop]
        stems = [s for s in content_stems(clause) if s not in _NEGATORS]
        act = stem(m.group("verb").casefold())
        if not stems:
            continue
        out: dict[str, object] = {"denied": [m.start("subj"), stop], "denied_stems": stems, "denied_self": True,
                                  "own": True}
        out["denied_acts"] = [act]  # kept where the act is a verb of saying ("had never been warned")
        if not pronoun:
            out["party"] = subj
        return out
    return {}


def _belongs(text: str, subj: str, after: int) -> bool:
    """The subject is the speaker's party: the attribution after the clause names it again ("the club's chairman
    said") or calls the speaker its own ("its chief executive said")."""
    rest = content_stems(text[after:])
    if any(s in rest for s in content_stems(subj)):
        return True
    return _BELONGS.search(text, after) is not None
