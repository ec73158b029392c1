"""A party's "none of the X" against another source's count of the same X, told in other words.

Why: "The ferry firm denied that any of the lost crates held explosives" / "Three of the missing crates were packed
with fireworks, according to the coastguard": the denial is a negated universal over a set ("any of", "none of",
"no X"), and the other source counts members of that set for which the thing holds. The two share the set's noun
and little else (each side words the predicate its own way), so ``denied_claims``, which wants half the denied
clause named, found no target. Structure only (closed-class quantifiers and auxiliaries):

* the denied clause quantifies over a set: "any/none/no (of the) <a few words>" (the words up to an auxiliary or a
  relative pronoun);
* the target's subject (the words before its first auxiliary) holds a partitive count of that set ("Three of the
  missing crates": a stored count quantity with "of the" and one of the set's words): it says how many of them
  did the thing; a bare count ("six crates washed up") is the set's tally for another predicate of the story;
* the denied clause and the target read as about one matter: their embeddings at least ``PARAPHRASE`` close
  (the cut ``denied_claims`` already uses for a reworded act; not tuned here).

Who asserts it is decided by ``denied_claims._verdict`` (a named source other than the denier).
"""

from __future__ import annotations

import re

from workbench.analyze.accused import PARAPHRASE
from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.akin import akin
from workbench.extract.words import content_stems
from workbench.store.analysis import ClaimRow

_AUX = r"had|has|have|was|were|is|are|did|does|do|could|would|will|can|may|might|that|which|who|whose"
# "any of the lost crates", "none of the boxes that ...", "no bank or card details were ...": the set is the few
# words after the quantifier, up to an auxiliary, a relative pronoun, a participle or a comma
_UNIVERSAL = re.compile(r"\b(?:any|none|no|neither)\s+(?:of\s+(?:the|its|their|our|these|those)\s+)?", re.IGNORECASE)
_SET_END = re.compile(rf"\s+(?:{_AUX})\b|\s+[a-z]+ed\b|[,.;:]", re.IGNORECASE)
SET_WORDS = 3  # at most this many words after the quantifier name the set
# "Two of the missing crates": a count of members of a set, the set's answer to "any of the crates"; a bare count
# ("six crates washed up") counts the things for another predicate of the story (dev: culled birds against "any
# birds brought in from abroad", caught animals against "any of them shot")
_PARTITIVE = re.compile(r"\bof\s+(?:the|its|their|these|those)\s", re.IGNORECASE)
_FIRST_AUX = re.compile(rf"\s(?:{_AUX})\s", re.IGNORECASE)


def _set_stems(denial: ClaimRow) -> list[str]:
    p = (denial.frame.polarity if denial.frame is not None else None) or {}
    span = p.get("denied")
    if not span:
        return []
    m = _UNIVERSAL.search(denial.text, max(0, span[0] - 5), span[1])  # "No bank ..." opens the clause it denies
    if m is None:
        return []
    end = _SET_END.search(denial.text, m.end(), span[1])
    return content_stems(" ".join(denial.text[m.end(): end.start() if end else span[1]].split()[:SET_WORDS]))


def none_counted(denial: ClaimRow, target: ClaimRow) -> bool:
    """Whether ``target`` counts members of the set ``denial`` says none of did the thing (module docstring)."""
    words = _set_stems(denial)
    if not words:
        return False
    aux = _FIRST_AUX.search(target.text)
    subject_end = aux.start() if aux is not None else 0
    counts = [q for q in target.quantities if q.kind == "count" and q.start < subject_end and (q.value or 0) > 0
              and _PARTITIVE.search(q.text)]
    if not any(akin(w, s) for q in counts for w in words for s in content_stems(q.text)):
        return False
    p = denial.frame.polarity or {}  # type: ignore[union-attr]
    lo, hi = p["denied"]
    sim = phrase_similarity(denial.text[lo:hi], target.text)
    return sim is not None and sim >= PARAPHRASE
