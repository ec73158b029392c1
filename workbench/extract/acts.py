"""What a claim plans and what it states as done, as word stems stored in its frame.

Why: "was closed" vs "will close" is a modality clash only when the plan's verb is the other
claim's deed. Reading that from the two sentences at analysis time re-parsed wording for every
compared pair; here it is computed once per claim at extraction (``Frame.plans`` / ``Frame.deeds``)
and analysis compares stems. Closed-class vocabulary only: modal and planning verbs, auxiliaries.
"""

from __future__ import annotations

import re
from itertools import takewhile

from workbench.extract.act_kinds import IRREGULAR_PAST
from workbench.extract.figure_subjects import _AUXILIARY, _CLAUSE_END, _SUBJECT_END
from workbench.extract.gates import words_of
from workbench.extract.lowered import lowerable
from workbench.extract.words import content_stems

# A planning cue and the (up to three) words it governs: "will officially endorse", "plans to cut".
# An act told still pending is planned too: "still has to be approved", "has yet to sign", "must still be ratified",
# "is prepared to sign" (closed class: the words that say an act is not done yet; ``frames._PLANNED`` reads it too).
PENDING = r"(?:yet|still(?:\s+(?:has|have|needs?))?)\s+to(?:\s+be)?|must\s+still\s+be|(?:(?<=\bis )|(?<=\bare ))(?:prepared|poised|ready)\s+to"
_PLAN_CUE = re.compile(r"\b(?:will|shall|plans? to|intends? to|is to|are to|is set to|are set to|"
                       rf"scheduled to|going to|{PENDING})\s+((?:\w+\s+){{0,2}}\w+)", re.IGNORECASE)
# A deed is stated as one: a past form ("was closed", "closed", "has shut"), not a noun ("funding") or a present want:
# a word right after a past auxiliary (an adverb in "-ly" may sit between), or a word ending in -ed/-en.
_AUX = re.compile(r"\b(?:was|were|has|have|had|been)(?=\s)", re.IGNORECASE)
# an adverb of time or focus between the auxiliary and the verb is no deed ("has already stopped": stopped)
_ADVERBS = r"(?:already|also|just|now|still|yet|even|once|since)\b"
_AFTER_AUX = re.compile(rf"\s+(?!{_ADVERBS})(?:[A-Za-z][\w'-]*)", re.IGNORECASE)
_AFTER_AUX_ADVERB = re.compile(rf"\s+(?:\w+ly|{_ADVERBS})\s+(?:[A-Za-z][\w'-]*)", re.IGNORECASE)
_PAST_TAIL = re.compile(r"[A-Za-z](?:ed|en)", re.IGNORECASE)
_PAST_END = re.compile(r"[a-z]e[dn](?![\w'-])", re.IGNORECASE)  # a past tail where a _WORD ends
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


# Speed (issue 10, ingest18): the three patterns every deed and act scan runs over the whole claim, as case-sensitive
# twins run over the lower-cased claim: the same spans in about half the time (workbench.extract.lowered says why
# that is exact: a lowerable pattern, and a text with no case-folding character, for which words_of is None).
_TWINS = {p: re.compile(p.pattern, p.flags & ~re.IGNORECASE) for p in (_AUX, _NOT_DONE, _PAST_END) if lowerable(p)}
if len(_TWINS) != 3:  # a pattern edited out of lowerable form must not silently lose its twin
    raise ImportError("acts: a scan pattern is no longer lowerable (extract.lowered)")


def _finditer(pattern: re.Pattern[str], text: str, low: str | None):
    """``pattern.finditer(text)``; over ``low`` (``text.lower()``, None when that is not exact) with its twin."""
    return pattern.finditer(text) if low is None else _TWINS[pattern].finditer(low)


def _lower(text: str) -> str | None:
    return None if words_of(text) is None else text.lower()


def planned_stems(text: str) -> list[str]:
    """Stems of the words a planning cue governs ("will close the plant" -> close, plant)."""
    cues = [*_PLAN_CUE.finditer(text), *BACKSHIFTED_PLAN.finditer(text)]
    return list(dict.fromkeys(s for m in cues for s in content_stems(m.group(1))))


# where the act's clause may start: a clause break (``figure_subjects._CLAUSE_END``), a clause opener, or a verb of
# saying whose reported clause follows with no "that" ("X said the deal had been signed": the deal, not X)
_SAYING = ("said", "says", "added", "announced", "insisted", "confirmed", "stated", "claimed")
_CLAUSE_START = re.compile(_CLAUSE_END.pattern + r"|\b(?i:that|which|who|whom|as|when|after|before|because|while|"
                           + "|".join(_SAYING) + r")\s")
# a determiner, at most one modifier and a noun right before the relative pronoun ("a draft that", "the old bridge, which")
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this)\s+(?:[\w'’-]+\s+)?[\w'’-]+,?\s+$", re.IGNORECASE)
_TOLD = re.compile(r"\b(?:told|tells|tell|informed|warned|assured|reminded|notified|urged)\s+$", re.IGNORECASE)  # "told the staff that"


def act_subject(text: str, planned: bool, at: int | None = None) -> list[str]:
    """Stems of what the claim's first planned or done act happens to: the subject of an act with no object
    ("The strike will continue", "The bank was shut down" -> strike; bank), else []. The subject of an act done
    to something else ("The board closed the pool") is its agent, not stored. A word written with a capital
    inside the sentence is a name: its stem is stored capitalised ("Meridal").

    Why: "will continue" / "ended", "will close the bank" / "the bank was shut down" are one act in other
    words; the thing both speak of says so, where the verbs cannot. An agent both name does not: one actor
    plans one act and does another. ``at``: where the act is stated, when the caller found it ("first got in")."""
    at = _objectless_act(text, planned) if at is None else at
    if at is None:
        return []
    starts = list(_CLAUSE_START.finditer(text, 0, at))
    lo = starts[-1].end() if starts else 0
    if starts and starts[-1].group().lower().startswith(_SAYING) and not content_stems(text[lo:at]):
        # "the inspectors said Tuesday they had issued ...": a pronoun after the verb of saying is its subject
        lo, at = (starts[-2].end() if len(starts) > 1 else 0), starts[-1].start()
    elif starts and starts[-1].group().lower().startswith(("that", "which", "whom")) \
            and (n := _NOUN_BEFORE.search(text, 0, starts[-1].start())) and not _TOLD.search(text, 0, n.start()) \
            and content_stems(text[lo:at]):
        return []  # "a draft that ministers will sign": the pronoun is the act's object, the subject its agent
    head = _SUBJECT_END.split(_AUXILIARY.sub("", _ADVERB.sub("", text[lo:at].rstrip())).strip(), maxsplit=1)[0]
    head = _HEAD_END.split(head, maxsplit=1)[0]  # "The decision by X to end Y" -> "The decision"
    out: list[str] = []
    words = list(_WORD.finditer(head))
    for i, m in enumerate(words):
        stems = content_stems(m.group())
        if stems and stems[0] not in out:
            # a capital inside the sentence, or one opening it before another ("Ilse Varn"), starts a name
            name = m.group()[0].isupper() and (lo + m.start() > 0 or (i + 1 < len(words) and words[i + 1].group()[0].isupper()))
            out.append(stems[0].capitalize() if name else stems[0])
    return out[-3:]


# After the act's verb (and a particle): the start of a direct object (closed class: determiners, pronouns, a
# figure, a name).
_PARTICLE = re.compile(r"\s+(?:down|off|up|out|back|over)\b", re.IGNORECASE)
_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|our|my|your|this|these|those|some|all|every|no|him|them|"
                     r"it|us|me)\b|\d|[A-Z])")
_ADVERB = re.compile(r"(?:\s+(?:first|just|already|\w+ly))+$", re.IGNORECASE)  # "The squatters first | moved"
_HEAD_END = re.compile(r"\s+(?:to|by|with|about|under|after|before|than)\s", re.IGNORECASE)
_DETERMINED = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|these|those)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)
_BE = re.compile(r"\s+(?:be|been|being)\s+(?:\w+ly\s+)?(?=[A-Za-z]+(?:ed|en)\b)", re.IGNORECASE)


def _objectless_act(text: str, planned: bool) -> int | None:
    """Where the first plan cue or deed starts when its act is passive or takes no object, else None."""
    if planned:
        cue = _PLAN_CUE.search(text)
        if cue is None:
            return None
        if _BE.match(text, cue.start(1) - 1):  # "will be closed"
            return cue.start()
        verb = _WORD.search(text, cue.start(1))
        return cue.start() if verb and not _takes_object(text, verb.end()) else None
    low = _lower(text)
    aux = next(_finditer(_AUX, text, low), None)
    # Only a past form starting no later than the auxiliary can decide against it: the scan stops there (ingest18).
    limit = aux.start() if aux else len(text)
    past = next((m for m in takewhile(lambda m: m.start() <= limit, _finditer(_PAST_END, text, low))
                 if (w := _word_start(text, m.end())) >= 0
                 and not text[w].isupper() and not _DETERMINED.search(text, max(0, w - 24), w)), None)  # not "a promised vote"
    if aux and (past is None or aux.start() < past.start()):
        after = _AFTER_AUX.match(text, aux.end())
        if after is None:
            return None
        participle = _PAST_TAIL.search(after.group()) or after.group().strip().lower() in IRREGULAR_PAST
        if aux.group().lower() in ("was", "were", "been"):  # a passive is an act ("was shut"); "was better" a state
            return aux.start() if participle else None
        if _OBJECT.match(text, aux.end()):
            return None  # "has the right": a possession, not an auxiliary
        return aux.start() if not _takes_object(text, after.end()) else None
    if past is None:
        return None
    start = _word_start(text, past.end())
    return start if not _takes_object(text, past.end()) else None


def _takes_object(text: str, verb_end: int) -> bool:
    particle = _PARTICLE.match(text, verb_end)
    return _OBJECT.match(text, particle.end() if particle else verb_end) is not None


_RESULT = re.compile(r",\s+([a-z]{3,}ing)\s+(?:the|a|an|its|his|her|their|\w+s)\b")
# participles that report, qualify or list, not deeds (closed class): "..., saying ...", "..., according to ..."
_NOT_RESULT = frozenset("according including saying adding noting arguing insisting claiming telling calling citing "
                        "warning describing making during following".split())


def deed_stems(text: str) -> list[str]:
    """Stems of words stated as deeds: a past form, or a word right after a past auxiliary ("was shut"),
    and not after "to", a modal or a plan ("agreed to reopen" is not "reopened"). The act a past verb
    names with an indefinite noun counts as done too ("filed an appeal" carries out "would appeal").

    Linear in the sentence: where an auxiliary's or a modal's reach ends is found once per auxiliary or
    modal (a position set), not by searching the whole text before every word."""
    low = _lower(text)
    after_aux = {m.end() for a in _finditer(_AUX, text, low) for p in (_AFTER_AUX, _AFTER_AUX_ADVERB)
                 if (m := p.match(text, a.end()))}
    # Only the words that can be deeds are visited (issue 12: a Python step per word of every claim): those
    # ending where an auxiliary's next word ends, or in a letter + "ed"/"en" (_PAST_END: _PAST_TAIL at a word's end).
    ends = sorted(after_aux.union(m.end() for m in _finditer(_PAST_END, text, low)))
    if not ends:
        return []
    after_modal = {m.end() for a in _finditer(_NOT_DONE, text, low) for p in _AFTER_NOT_DONE if (m := p.match(text, a.end()))}
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
    if out:  # "the bloom died off, starving the lake of oxygen": a participle of result states its deed done too
        out.extend(s for m in _RESULT.finditer(text) if m.group(1).lower() not in _NOT_RESULT
                   for s in content_stems(m.group(1)) if s not in out)
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
