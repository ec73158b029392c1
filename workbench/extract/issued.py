"""Stances carried by a document someone issues: "sent a letter opposing", "has a new ad hitting".

A participle right after a noun of a document ("a letter ... opposing", "tweets criticizing",
"a policy paper welcoming") reports what the document says, and the document speaks for whoever
sent, issued, released or aired it: the subject of that verb. Split from :mod:`choose` because it
reads a different shape (verb of issuing + document + participle) than a cue with its subject.
Closed classes only (verbs of issuing, nouns of documents, participles of saying and stance); the
pattern is gated (:mod:`gates`) on its document nouns.
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated, words_of
from workbench.extract.intros import Candidate
from workbench.extract.leads import main_subject
from workbench.extract.subjects import subject_before

DOC_PARTICIPLE = Gated(
    re.compile(
        r"\b(?P<doc>letters?|statements?|papers?|reports?|memos?|complaints?|briefs?|petitions?|ads?|"
        r"advertisements?|videos?|op-eds?|tweets?|posts?|emails?|e-mails?|messages?|commercials?|spots?)"
        r"(?:\s+(?!(?:after|before|when|while|because|since|as|but|and|until)\b)[^\s,;:.()]+){0,6}?\s+"
        r"(?P<verb>opposing|supporting|calling for|urging|welcoming|demanding|criticizing|criticising|praising|"
        r"asking|saying|accusing|blaming|questioning|hitting|attacking|slamming|shaming|touting|defending|"
        r"mocking|denouncing|condemning|endorsing|challenging|alleging|claiming|arguing|warning)\b",
        re.I,
    )
)
_PARTICIPLES = frozenset(
    "opposing supporting calling urging welcoming demanding criticizing criticising praising asking saying accusing "
    "blaming questioning hitting attacking slamming shaming touting defending mocking denouncing condemning "
    "endorsing challenging alleging claiming arguing warning".split()
)
# the verb that issues the document, up to five words before it ("sent a letter", "has a new ad")
_ISSUER = re.compile(
    r"(?<![\w-])(?P<verb>sent|sends|send|issued|issues|issue|released|releases|published|publishes|wrote|writes|"
    r"filed|files|unleashed|unleashes|launched|launches|aired|airs|ran|runs|signed|signs|circulated|has|have|had)"
    r"\s+(?:[^\s,;:.()]+\s+){0,5}$",
    re.I,
)


# "Sanders offered some pointed advice to Clinton", "Ruiz voiced strong support for": a noun of saying given
GIVEN_WORDS = Gated(
    re.compile(
        r"\b(?P<verb>offered|offers|gave|gives|voiced|voices|expressed|expresses|delivered|delivers|lodged|lodges)\s+"
        r"(?:(?:a|an|the|his|her|their|its|some|no|new|strong|sharp|pointed|full-throated|qualified|"
        r"unqualified|blunt|public|private|\w+ly)\s+){0,3}"
        r"(?P<noun>advice|praise|criticism|support|condolences|assurances?|reassurances?|explanations?|defen[cs]e|"
        r"apology|apologies|warnings?|rebuke|endorsement|remarks|comments|plea|predictions?|pledges?|promises?|"
        r"objections?|complaints?|denials?|testimony|rebuttal|critique|assessment|opinion|views)\b",
        re.I,
    )
)


def given_words(masked: str, words: frozenset[str] | None = None) -> Candidate | None:
    """The giver of advice, praise or criticism ("Sanders offered some pointed advice") as a candidate source."""
    m = GIVEN_WORDS.search(masked, words if words is not None else words_of(masked))
    if m is None:
        return None
    speaker = subject_before(masked, m.start(), m.group("verb"))[0]
    if not speaker:
        return None
    return Candidate(speaker, f"{m.group('verb')} {m.group('noun')}".lower(), None, speaker, False, at=m.start())


def issued_stance(masked: str, words: frozenset[str] | None = None) -> Candidate | None:
    """The issuer of a document whose participle reports a stance, as a candidate source, else None."""
    words = words if words is not None else words_of(masked)
    if words is not None and _PARTICIPLES.isdisjoint(words):
        return None  # its heads (statement, report, post...) are common: gate on the participles as well
    m = DOC_PARTICIPLE.search(masked, words)
    if m is None:
        return None
    issuer = _ISSUER.search(masked, max(0, m.start("doc") - 80), m.start("doc"))
    if issuer is None:
        return None
    speaker = subject_before(masked, issuer.start(), issuer.group("verb"))[0] or main_subject(masked)
    if not speaker:
        return None
    cue = f"{m.group('doc')} {m.group('verb')}".lower()
    # weak: the issuer is named in passing, so a later "the governor said" is not taken to be them
    return Candidate(speaker, cue, None, speaker, False, at=issuer.start(), weak=True)
