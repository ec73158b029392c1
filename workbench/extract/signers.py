"""Who a record speaks for: "Vogt’s statement said", "The statement, signed by Ana Ruiz, said ..." -> the person.

A record (statement, letter, memo ...) that is the grammatical subject of a cue carries the words of
whoever signed or wrote it; when the sentence names that person in a participle right before the cue
("signed by", "written by", "issued by"), the person is the source and the record is only the medium,
as with a possessor ("Ruiz's statement said", :mod:`choose`). Read on one masked sentence.
"""

from __future__ import annotations

import re

from workbench.extract.speakers import classify, clean_speaker, head_noun

RECORDS = frozenset(
    "statement letter memo memorandum note op-ed editorial petition release declaration message post email "
    "e-mail complaint filing brief report affidavit".split()
)
_SIGNED_BY = re.compile(
    r"(?:signed|co-signed|cosigned|written|authored|penned|issued|sent|drafted)\s+by\s+(?P<who>[^,;:()█]{2,80}?)\s*,?\s*$"
)


_POSSESSED_RECORD = re.compile(
    r"^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*?)['’]s\s+(?:[a-z-]+\s+)?(?:statement|letter|memo|tweets?|post|"
    r"op-ed|e-?mail|message|response|reply|remarks|comments|website|video)$"
)


def record_owner(speaker: str) -> str | None:
    """ "Vogt’s statement said", "Vogt’s response: ...": the named possessor of a record speaks, else None."""
    owner = _POSSESSED_RECORD.match(speaker) if "s " in speaker else None
    return owner.group(1) if owner and classify(owner.group(1)) == "named" else None


def signer(masked: str, speaker: str, cue_at: int) -> str | None:
    """The person or body a record's participle names right before its cue, or None."""
    if cue_at <= 0 or head_noun(speaker) not in RECORDS:
        return None
    before = masked[max(0, cue_at - 120) : cue_at]
    if " by " not in before:
        return None
    m = _SIGNED_BY.search(before)
    return clean_speaker(m.group("who")) if m else None
