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
# A deed is stated as one: a past form ("was closed", "closed", "has shut"), not a noun ("funding") or a present want:
# a word right after a past auxiliary (an adverb in "-ly" may sit between), or a word ending in -ed/-en.
_AUX = re.compile(r"\b(?:was|were|has|have|had|been)(?=\s)", re.IGNORECASE)
_AFTER_AUX = re.compile(r"\s+(?:[A-Za-z][\w'-]*)", re.IGNORECASE)
_AFTER_AUX_ADVERB = re.compile(r"\s+\w+ly\s+(?:[A-Za-z][\w'-]*)", re.IGNORECASE)
_PAST_TAIL = re.compile(r"[A-Za-z](?:ed|en)", re.IGNORECASE)
_PAST_END = re.compile(r"[A-Za-z][eE][dDnN](?![\w'-])", re.IGNORECASE)  # a past tail where a _WORD ends
# ... and not after "to" or a modal, with at most one word between ("agreed to reopen", "will be reopened").
_NOT_DONE = re.compile(r"\b(?:to|will|would|shall|may|might|could|can|should)(?=\s)", re.IGNORECASE)
_AFTER_NOT_DONE = (re.compile(r"\s+"), re.compile(r"\s+\w+\s+"))
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# Reported speech shifts "will" back to "would" ("she will appeal" -> "her lawyer said she would appeal"):
# a reporting verb, then its clause's "would" is the reported plan. A negated "would" plans nothing.
BACKSHIFTED_PLAN = re.compile(r"\b(?:said|says|told|added|announced|stated|confirmed|insisted|warned)\b"
                              r"(?:\s+[\w'’-]+){0,5}?\s+would\s+(?!not\b|never\b|have\b)((?:\w+\s+){0,2}\w+)",
                              re.IGNORECASE)
# A deed named by its noun: "filed an appeal", "lodged a complaint" (a past verb, an indefinite article, the act
# as the head: a preposition or punctuation follows; "offered a Medicare proposal" names no act by "Medicare").
_DEED_NOUN = re.compile(r"\s+an?\s+([a-z][\w'-]*)(?=\s+(?:with|against|to|in|on|at|for|over|from|by|after|before|"
                        r"of)\b|\s*[,.;:]|\s*$)")


def planned_stems(text: str) -> list[str]:
    """Stems of the words a planning cue governs ("will close the plant" -> close, plant)."""
    cues = [*_PLAN_CUE.finditer(text), *BACKSHIFTED_PLAN.finditer(text)]
    return list(dict.fromkeys(s for m in cues for s in content_stems(m.group(1))))


def deed_stems(text: str) -> list[str]:
    """Stems of words stated as deeds: a past form, or a word right after a past auxiliary ("was shut"),
    and not after "to", a modal or a plan ("agreed to reopen" is not "reopened"). The act a past verb
    names with an indefinite noun counts as done too ("filed an appeal" carries out "would appeal").

    Linear in the sentence: where an auxiliary's or a modal's reach ends is found once per auxiliary or
    modal (a position set), not by searching the whole text before every word."""
    after_aux = {m.end() for a in _AUX.finditer(text) for p in (_AFTER_AUX, _AFTER_AUX_ADVERB)
                 if (m := p.match(text, a.end()))}
    # Only the words that can be deeds are visited (issue 12: a Python step per word of every claim): those
    # ending where an auxiliary's next word ends, or in a letter + "ed"/"en" (_PAST_END: _PAST_TAIL at a word's end).
    ends = sorted(after_aux.union(m.end() for m in _PAST_END.finditer(text)))
    if not ends:
        return []
    after_modal = {m.end() for a in _NOT_DONE.finditer(text) for p in _AFTER_NOT_DONE if (m := p.match(text, a.end()))}
    out: list[str] = []
    for end in ends:
        start = _word_start(text, end)
        if start < 0 or start in after_modal:
            continue
        word = text[start:end]
        if start > 0 and word[0].isupper():  # a capital inside a sentence starts a name ("Orlen", "Green")
            continue
        noun = _DEED_NOUN.match(text, end)
        words = word + (" " + noun.group(1) if noun else "")
        out.extend(s for s in content_stems(words) if s not in out)
    return out


def _word_start(text: str, end: int) -> int:
    """Where the ``_WORD`` match ending at ``end`` starts (its run of word characters, apostrophes and hyphens,
    from the first ASCII letter), or -1 when none ends there. Walks back over that one run only."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'-"):
        start -= 1
    for i in range(start, end):
        if text[i] < "\x80" and text[i].isalpha():
            return i
    return -1
