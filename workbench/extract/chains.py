"""Subjects that :func:`subjects.subject_before` leaves unfound or gives to a description: appositive chains
and relative antecedents.

Each reads one masked sentence (quotes blanked) and is only asked when the plain subject search found
nothing or no name, so the common case costs nothing more:

* "Ruiz, 56, who has chaired the panel for a decade, told reporters": the name opening a chain of
  appositives (an age, a relative clause, a description in lower case) speaks;
* "... members of the harbor authority, which has strongly denied ...": the noun phrase right before a
  non-restrictive "which/who" is its antecedent;
* "After the vote, the mayor, Ana Ruiz, 56, who chairs the panel, told": a name in the chain beats the
  description the plain search stopped at (the description is kept as role).
"""

from __future__ import annotations

import re

from workbench.extract.cues import MASK, chunk_bounds
from workbench.extract.speakers import classify, clean_speaker

MAX_LINKS = 6  # appositives in one chain ("59", "of Dayton", "Ohio", "who ..." are four); news rarely stacks more
# what an appositive looks like: an age, a relative clause, a description opening in lower case or with an article
_APPOSITIVE = re.compile(r"^(?:\d{1,3}|(?:who|whom|whose|which|a|an|the|now|then|once|formerly)\b|[a-z])")
_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|will|would|did|does|do|not|also|then|now|just|[a-z]{3,}ly))+\s*$")
# raising and trying verbs between a subject and the cue's infinitive ("appeared to blame", "tried to downplay")
_SEEMING = re.compile(
    r"(?:\s+(?:[a-z]\w*ly|also|then|not|never))*\s+(?:appeared|appears|seemed|seems|tried|tries|began|begins|went on|"
    r"was quick|were quick|is quick|are quick|moved|moves|rushed|rushes|hastened|hastens)\s+to\s*$"
)
_RELATIVE_END = re.compile(r",\s*(?P<rel>which|who)\s*$")
_NP_START = frozenset("the a an his her its their".split())
_OBJECT_LINKS = frozenset("from of in at near on".split())


def missed_subject(masked: str, cue_start: int) -> tuple[str | None, bool]:
    """The subject of the cue at ``cue_start`` in the shapes listed above (else None), and whether the cue
    stands in a relative clause (", which has denied"): such a cue is an aside, it speaks only when the main
    clause has no cue of its own."""
    pre = masked[:cue_start].rstrip()
    aux = _AUX_TAIL.search(pre, max(0, len(pre) - 60))  # only the words next to the cue
    pre = pre[: aux.start()] if aux else pre
    seeming = _SEEMING.search(pre, max(0, len(pre) - 40))
    if seeming:  # "Stumpf in a televised interview appeared to blame": the subject of the raising verb
        start, _ = chunk_bounds(masked, seeming.start())
        return clean_speaker(masked[start : seeming.start()]), False
    if pre.endswith(","):
        return appositive_chain(masked, len(pre) - 1), False
    rel = _RELATIVE_END.search(pre)
    if rel:
        return _antecedent(masked, rel.start(), rel.group("rel") == "who"), True
    return None, False


def appositive_chain(masked: str, comma: int) -> str | None:
    """The personal name that opens a chain of comma appositives ending at ``comma``, else None."""
    end = comma
    for _ in range(MAX_LINKS):
        start, _ = chunk_bounds(masked, end)
        if start == 0 and end == 0:
            return None
        chunk = masked[start:end].strip()
        if not chunk or MASK in chunk:
            return None
        if not _APPOSITIVE.match(chunk) and not _place_tail(masked, start, chunk):
            name = clean_speaker(chunk)
            named = name is not None and len(chunk.split()) <= 5 and classify(name) == "named"
            # the name opens its clause: at the start, after an opening phrase, or right after a quote ("“...,” Dan
            # Pell, a spokesman for X, a research group, said")
            opens = start == 0 or masked[start - 1] == "," and _opens_clause(masked, start)
            opens = opens or masked[:start].rstrip().endswith(MASK)
            return name if named and opens and end != comma else None
        if start == 0 or masked[start - 1] != ",":
            return None
        end = start - 1
    return None


def _opens_clause(masked: str, start: int) -> bool:
    """ "In Ohio, Ruiz, 56, ...": the name after an opening phrase's comma still opens the clause."""
    before = masked[:start].strip()
    return before.count(",") == 1 and before[:1].isupper()


def _antecedent(masked: str, comma: int, person: bool = False) -> str | None:
    """The last noun phrase before ", which": "members of the harbor authority, which" -> "the harbor authority".

    Before ", who" the phrase is a person's: an unnamed object of a preposition is part of it ("a couple from the
    coast, who said" -> the couple from the coast, never "the coast")."""
    start, _ = chunk_bounds(masked, max(comma - 1, 0))
    words = masked[start:comma].split()
    for i in range(len(words) - 1, max(len(words) - 7, 0) - 1, -1):
        word = words[i]
        prev = words[i - 1] if i else ""
        if prev.lower() in {"of", "for"} and i > 1 and words[i - 2][:1].isupper():
            continue  # "the American Federation of Teachers": the name runs on before "of"
        if word.lower() in _NP_START or (word[:1].isupper() and not prev[:1].isupper() and prev.lower() not in _NP_START):
            speaker = clean_speaker(" ".join(words[i:]))
            if speaker and person and prev.lower() in _OBJECT_LINKS and i > 1 and classify(speaker) != "named":
                continue
            if speaker:
                return speaker
    return None


_PLACE_PHRASE = re.compile(r"^(?:of|from|in)\s+[A-Z]")


def _place_tail(masked: str, start: int, chunk: str) -> bool:
    """ "Ruiz, 59, of Dayton, Ohio, who ..., said": a short capitalised chunk right after an "of <Place>" link is
    the place's state or country, one more link of the chain, never its subject."""
    if len(chunk.split()) > 3 or start < 2 or masked[start - 1] != ",":
        return False
    prev_start, _ = chunk_bounds(masked, start - 1)
    return bool(_PLACE_PHRASE.match(masked[prev_start : start - 1].strip()))


# "One of the reasons that Ruiz refuses to ...", "the audit that Ruiz wants released": a name right after a
# relative "that/whom" and right before the cue is the cue's subject, not the noun the relative clause hangs on
_THAT_NAME = re.compile(r"\b(?:that|whom)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+$")


def relative_clause_subject(masked: str, cue_start: int) -> str | None:
    """The personal name opening the relative clause whose verb is the cue at ``cue_start``, else None."""
    m = _THAT_NAME.search(masked, max(0, cue_start - 60), cue_start)
    name = clean_speaker(m.group(1)) if m else None
    return name if name and classify(name) == "named" else None
