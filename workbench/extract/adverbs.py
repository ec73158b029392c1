"""The adverb run between a subject and its reporting verb ("has repeatedly said", "is now claiming").

Split from :mod:`cues` (which matches the verbs) because the run must tell an adverb from a name: before a
lower-case verb the adverbs are lower case too, so "Paul Long said" and "Dana Still told" end a name whose
surname is also an adverb, while a capitalised adverb opening the sentence is still one ("Keeps saying ...",
"Also said ..."; "Still said ..." excepted, :mod:`surnames` reads it). Only a title-case headline capitalises
adverb and verb alike ("Ruiz Still Says").
"""

from __future__ import annotations

import re

from workbench.extract.verbs import SURNAME_ADVERBS

MASK = "█"  # as :data:`cues.MASK` (cues imports this module)
ADVERBS = (
    r"also|later|earlier|previously|repeatedly|again|reportedly|separately|then|now|has|have|had|would|will|further|immediately|"
    r"(?:went|goes|go|going) on to|long|publicly|privately|flatly|quickly|recently|once|often|first|still|never|not|"
    r"is|are|was|were|been|did|does|do|keeps?|kept|remains?|remained|(?:has|have|had|did|does|do|is|are|was|were|wo|would)n['’]t"
)
_ADV_TAIL = re.compile(rf"(?:(?<![\w-])(?:{ADVERBS})\s+)+$", re.I)
_ADV_TAIL_LOWER = re.compile(rf"(?:(?<![\w-])(?:{ADVERBS})\s+)+$")
ADV_WORDS = frozenset(w for w in re.findall(r"[a-z]+", ADVERBS) if len(w) > 1) | {"to", "keep", "remain"}
_LEADING_MARKS = re.compile(r"^[^\w-]+")


def adverb_run(masked: str, lowered: str, start: int, p: int) -> re.Match[str] | None:
    """The adverbs ending right before the verb at ``p`` (searched from ``start``), else None."""
    if not _adverb_before(lowered, p):
        return None
    adverbs = _ADV_TAIL.search(masked, start, p)
    if adverbs and masked[p].islower() and not masked[adverbs.start()].islower() and not _opens_with_adverb(adverbs):
        adverbs = _ADV_TAIL_LOWER.search(masked, adverbs.start(), p)  # "Paul Long said": Long is the name
    return adverbs


def _opens_with_adverb(adverbs: re.Match[str]) -> bool:
    """A capitalised adverb that opens the sentence ("Keeps saying ..."), not one that is also a surname."""
    first = adverbs.group(0).split()[0]
    return not adverbs.string[: adverbs.start()].strip(f" \"“{MASK}") and first not in SURNAME_ADVERBS


def _adverb_before(lowered: str, p: int) -> bool:
    """The word right before ``p`` (a space between) can end an ADVERBS run: "also", "has", "hasn't", "to"."""
    if p < 2 or not lowered[p - 1].isspace():
        return False
    before = lowered[max(0, p - 24) : p].split()
    prev = _LEADING_MARKS.sub("", before[-1]) if before else ""  # '"has', '(also', a masked quote before it
    return prev in ADV_WORDS or prev.endswith(("n't", "n’t"))
