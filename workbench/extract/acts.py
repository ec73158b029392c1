"""What a claim plans and what it states as done, as word stems stored in its frame.

Why: "was closed" vs "will close" is a modality clash only when the plan's verb is the other
claim's deed. Reading that from the two sentences at analysis time re-parsed wording for every
compared pair; here it is computed once per claim at extraction (``Frame.plans`` / ``Frame.deeds``)
and analysis compares stems. Closed-class vocabulary only: modal and planning verbs, auxiliaries.
"""

from __future__ import annotations

import re

from workbench.extract.words import content_stems

# A planning cue and the (up to three) words it governs: "will officially endorse", "plans to cut".
_PLAN_CUE = re.compile(r"\b(?:will|shall|plans? to|intends? to|is to|are to|is set to|are set to|"
                       r"scheduled to|going to)\s+((?:\w+\s+){0,2}\w+)", re.IGNORECASE)
# A deed is stated as one: a past form ("was closed", "closed", "has shut"), not a noun ("funding") or a present want.
_DEED = re.compile(r"(?:\b(?:was|were|has|have|had|been)\s+(?:\w+ly\s+)?[A-Za-z][\w'-]*|[A-Za-z]+(?:ed|en))$",
                   re.IGNORECASE)
_NOT_DONE_BEFORE = re.compile(r"\b(?:to|will|would|shall|may|might|could|can|should)\s+(?:\w+\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'-]*")


def planned_stems(text: str) -> list[str]:
    """Stems of the words a planning cue governs ("will close the plant" -> close, plant)."""
    return list(dict.fromkeys(s for m in _PLAN_CUE.finditer(text) for s in content_stems(m.group(1))))


def deed_stems(text: str) -> list[str]:
    """Stems of words stated as deeds: a past form, or a word right after a past auxiliary ("was shut"),
    and not after "to", a modal or a plan ("agreed to reopen" is not "reopened")."""
    out: list[str] = []
    for w in _WORD.finditer(text):
        if _NOT_DONE_BEFORE.search(text[: w.start()]) or not _DEED.search(text[: w.end()]):
            continue
        out.extend(s for s in content_stems(w.group(0)) if s not in out)
    return out
