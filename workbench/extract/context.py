"""Claims that lean on the sentence before: "He denied it.", "The ministry has disputed that account."

A short denial or confirmation whose object is a pronoun or a bare "the claim / the report" says
nothing checkable on its own, yet it is exactly what a fact-checker needs next to the claim it
answers. Such a sentence is *dependent*: it keeps the claim it answers (the nearest earlier
sentence that is itself a claim, at most ``REACH`` sentences back, never across a heading) as
context, and is kept as a claim whenever the answered one is. Its subject is already resolved by
attribution ("He" -> the person named before), so a reviewer reads "Ana Ruiz denied it" next to
"Ruiz ordered the dam closed".
"""

from __future__ import annotations

import re

from workbench.extract.gates import words_of

REACH = 3
MAX_WORDS = 16
_ANSWER = re.compile(
    r"\b(?:has |have |had |also |later |quickly |flatly |strongly |repeatedly |since |previously |publicly )*"
    r"(?:denied|denies|deny|rejected|rejects|disputed|disputes|dismissed|dismisses|confirmed|confirms|"
    r"admitted|admits|acknowledged|acknowledges|refuted|refutes|contested|contests|retracted|retracts|"
    r"walked back|took back|apologi[sz]ed for)\b(?P<rest>.*)$",
    re.I,
)
_ANAPHOR = re.compile(
    r"\b(?:it|that|this|these|those|them|so|the (?:claim|claims|report|reports|allegation|allegations|accusation|"
    r"accusations|charge|charges|account|story|remark|remarks|comment|comments|statement|quote|figure|figures))"
    r"(?:\s+(?:again|too|as well|outright|entirely|on \w+day))?\s*[.!?\"'”’]*\s*$",  # the object ends the sentence
    re.I,
)


# Speed: an _ANSWER match holds one of these verbs as a whole word; a sentence without one is not scanned.
_ANSWER_VERBS = frozenset(
    "denied denies deny rejected rejects disputed disputes dismissed dismisses confirmed confirms admitted admits "
    "acknowledged acknowledges refuted refutes contested contests retracted retracts walked took apologized "
    "apologised".split()
)


def is_dependent(sentence: str) -> bool:
    """A short denial/confirmation whose object, ending the sentence, is a pronoun or "the claim".

    "He denied that the dam was closed." names what it denies, so it stands alone already.
    """
    if len(sentence.split()) > MAX_WORDS:
        return False
    runs = words_of(sentence)  # None: a character folds onto an ASCII letter, so scan
    if runs is not None and runs.isdisjoint(_ANSWER_VERBS):
        return False
    m = _ANSWER.search(sentence)
    return bool(m and _ANAPHOR.search(m.group("rest")))


def answered(index: int, dependent: list[bool], claim_like: list[bool], headings: list[bool]) -> int | None:
    """The sentence a dependent sentence answers: the nearest earlier claim-like one within ``REACH``."""
    for j in range(index - 1, max(-1, index - 1 - REACH), -1):
        if headings[j]:
            return None
        if claim_like[j] and not dependent[j]:
            return j
    return None
