"""The main clause's subject of one masked sentence, past an opening clause ("Asked whether ..., Mr. Santorum").

Split from :mod:`subjects` (the subjects of reporting cues) when that module reached its size limit: the
leading noun phrase is asked for what a sentence is about (the topic of a following "he said"), for colon
introductions and for "asked" openers, not only for cues. Reads one sentence of at most
``sentences.MAX_SENTENCE`` characters.
"""

from __future__ import annotations

import re

from workbench.extract.cues import LEADING_NP
from workbench.extract.speakers import VERBISH, classify, clean_speaker, person_name

_SUBORDINATE = re.compile(
    r"^(?:when|after|before|while|although|though|if|as|since|in|at|on|during|by|with|despite|\w+ed|\w+ing)\b",
    re.I,
)


def main_subject(masked: str) -> str | None:
    """The leading noun phrase of the main clause, past an opening clause ("Asked whether ..., Mr. Santorum")."""
    chunks = masked.split(",")[:5]
    for i, chunk in enumerate(chunks[:4]):  # "Chastened by the analyses, as well as ..., Trump revised"
        chunk = chunk.strip()
        if not chunk or _SUBORDINATE.match(chunk):
            continue
        if i and _apposed_to_opener(chunks, i):
            continue  # "In questioning by Rep. Ana Ruiz, a Democrat, Mr. Lee offered": the opener's name described
        if chunk[:1].islower():  # "several environmental groups granted ..."; "then appeared" is no subject
            if chunk.split()[0] not in _QUANTIFIED:
                continue
            name = clean_speaker(chunks[i + 1]) if i + 1 < len(chunks) else None
            if name and classify(name) == "named":  # "the aide, Elizabeth Lauten, 31, ... wrote"
                return name
            return noun_phrase_start(chunk)
        lead = LEADING_NP.match(chunk)
        speaker = clean_speaker(lead.group(1)) if lead else None
        if lead and chunk.split()[-1][:1].islower() and noun_phrase_start(chunk) == chunk and i + 1 < len(chunks):
            name = clean_speaker(chunks[i + 1])  # "Cornyn's Democratic counterpart, Sen. Bob Menendez, offered"
            speaker = name if name and classify(name) == "named" and person_name(name) else speaker
        if speaker is None and chunk.split()[0].lower() in {"the", "a", "an"}:
            speaker = noun_phrase_start(chunk)  # "The communications pro also took a shot ..."
        return speaker
    return None


def _apposed_to_opener(chunks: list[str], i: int) -> bool:
    """Chunk ``i`` describes the name ending the opener before it ("a Democrat": article, no verb); the next chunk holds the clause."""
    before, chunk = chunks[i - 1].strip(), chunks[i].split()
    if not (_SUBORDINATE.match(before) and before.split()[-1][:1].isupper()) or i + 1 >= len(chunks):
        return False
    return 1 < len(chunk) <= 5 and chunk[0] in {"a", "an", "the"} and noun_phrase_start(" ".join(chunk)) == " ".join(chunk)


def noun_phrase_start(chunk: str) -> str | None:
    """The words of a clause before its first verb-like word ("also", "has", "-ed", "-ly"), at most five."""
    words: list[str] = []
    for word in chunk.split()[:6]:
        low = word.lower()
        if words and (low in VERBISH or low in _STOP_ADVERBS or low.endswith(("ed", "ly"))):
            break
        if words and (low in _ADJUNCT_PREPOSITIONS or low[:1].isdigit()):  # "A group of doctors in 2015 sent"
            break
        words.append(word)
    return clean_speaker(" ".join(words)) if 1 < len(words) <= 5 else None


_ADJUNCT_PREPOSITIONS = frozenset("in on at during since until last this".split())
_QUANTIFIED = frozenset("the a an some several many most few other two three four five both all".split())
_STOP_ADVERBS = frozenset("also then now just still never already even again".split())
