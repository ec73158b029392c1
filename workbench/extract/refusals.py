"""A refusal to comment says nothing: "X declined to comment" never makes X the source of a claim.

PolNeAR counts "he declined to comment" as an attribution (cue "declined", content "to comment"), so a
sentence that holds only the refusal keeps X as its source, with the whole refusal as its cue ("declined to
comment") so later stages and the quote-run rules can tell it from words X said. But the refusal never
outranks another source of the same sentence ("The plant will close, according to a memo Ruiz declined to
comment on" -> the memo), and a sentence that reports something beside the refusal ("The plant will close
by June, but Ruiz declined to comment", "Ruiz declined to comment on reports that the plant will close")
gets no source from it: what it reports is not X's. Read on one masked sentence (quotes blanked).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.intros import Candidate
from workbench.extract.stances import PARTICIPLE
from workbench.models import Attribution

REFUSING = frozenset("declined declines refused refuses respond responded responds".split())
# what follows the refusing verb: "to comment", "to immediately comment", "repeated requests for comment",
# "to an email seeking comment"
_REFUSED = re.compile(
    r"\s+(?:(?:to\s+)?(?:\w+ly\s+|further\s+)?(?:comment|be interviewed|elaborate|discuss)\b|[^.,;:█]{0,60}?\b(?:for|seeking)\s+comment\b)",
    re.I,
)
# something reported beside the refusal: hearsay it was asked about, a quote, another coordinated clause
# (a that-clause of its own stays: "declined ... before relaying to reporters that ..." is still the subject's)
# ("Ruiz, who declined to comment, is expected to ...": the main clause goes on after the aside)
_MORE_AFTER = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?|speculation|assertions?)\s+(?:that|of)\b|█|;|,\s*(?:but|and|while|although|though|yet|is|are|was|were|has|have|had|will|would|can|could|may|might)\b",
    re.I,
)
_MORE_BEFORE = re.compile(r"\b(?:but|and|while|although|though|yet|as)\s*$|[;,]\s*(?:but|and|yet)?\s*$", re.I)


def refusal_end(masked: str, cand: Candidate) -> int:
    """Where the refusal phrase of ``cand``'s cue ends, or -1 when the cue is not a refusal to comment."""
    verb = cand.cue.split()[0].lower() if cand.cue else ""
    if verb not in REFUSING or cand.at < 0:
        return -1
    at = masked.lower().find(verb, cand.at)
    m = _REFUSED.match(masked, at + len(verb)) if at >= 0 else None
    return m.end() if m else -1


def settle(masked: str, chosen: Candidate, others: list[Candidate]) -> Candidate | None:
    """``chosen`` unless it is a refusal: then another source of the sentence, the refusal itself when it is the
    whole sentence, or None when the sentence reports more than the refusal."""
    end = refusal_end(masked, chosen)
    if end < 0:
        return chosen
    rest = [c for c in others if c is not chosen and refusal_end(masked, c) < 0]
    if rest:
        return rest[0]
    verb_at = masked.lower().find(chosen.cue.split()[0].lower(), chosen.at)
    cue = " ".join(masked[verb_at:end].split())
    if len(cue.split()) > 4:  # "respond to The Ledger's request for comment": the outlet is not part of the cue
        cue = cue.split()[0] + (" to a request for comment" if cue.lower().startswith("respond") else " requests for comment")
    after = masked[end:]
    said = PARTICIPLE.search(after)  # "declined to comment further, saying she would ...": her words
    if _MORE_AFTER.search(after[: said.start()] if said else after):
        return None
    subject = masked.lower().rfind(chosen.speaker.lower(), 0, chosen.at)
    before = masked[: subject if subject >= 0 else chosen.at].strip()
    if before and (_MORE_BEFORE.search(before) and len(before.split()) > 4 or len(before.split()) > 8):
        return None  # "The plant will close by June, but Ruiz declined to comment."
    return replace(chosen, cue=cue)


def is_refusal(attribution: Attribution | None) -> bool:
    """The source only declined to comment (cue "declined to comment"): no quote after it is theirs."""
    words = (attribution.cue or "").split() if attribution else []
    return len(words) > 1 and words[0].lower() in REFUSING
