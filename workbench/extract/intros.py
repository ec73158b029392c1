"""Speakers named without a reporting verb: signature lines, transcript labels, colon introductions.

"“...” ― Julie Diaz", "PENCE: Well, look ...", "Minister Ana Ruiz: “...”" and "Sanders made the
following comment:" all name who speaks what follows (or precedes) without "said". Each is read
on one masked sentence (quotes blanked, see :mod:`cues`); what the speaker covers beyond the
sentence is decided in :mod:`runs`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.extract.cues import COLON_INTRO, DASH_TAG, LEADING_NP, chunk_bounds, is_title_case
from workbench.extract.memory import NAMES
from workbench.extract.speakers import ORG_NOUNS, classify, clean_speaker, head_noun

# "PENCE: Well, look ...": a transcript speaker label; in mixed case only a person already mentioned
# ("Sanders: Clinton needs to ..."), so a headline "Stealth Over Health: ..." is not one.
LABEL = re.compile(r"^\W*(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}):\s+\S")
NOT_LABELS = frozenset(
    "update note correction watch read related photo photos video source sources warning breaking exclusive "
    "analysis opinion question answer q a editor's editors' caption credit image transcript listen".split()
)


def _headline_label(label: str) -> bool:
    """ "Ana Ruiz: Bridge Will Reopen", "Poll: Mayor Leads", "Ruiz: ...": a headline's label names a person
    or a record or institution; "Stealth Over Health: ..." (a phrase with a function word) is a title."""
    words = label.split()
    if (len(words) >= 2 and words[0].lower() in NAMES) or head_noun(label) in ORG_NOUNS:
        return True
    # a short run of names ("Pence: ...", "Rush Limbaugh: ..."); a phrase with a function word is a title
    return len(words) <= 3 and not any(w.lower() in _FUNCTION_WORDS for w in words)


_FUNCTION_WORDS = frozenset(
    "over of the and for in on with to at by from a an is are was why how what who when where new top "
    "fact check live breaking exclusive inside behind".split()
)


@dataclass
class Candidate:
    """One proposed source of a sentence: the phrase, its cue, and what it covers beyond the sentence."""

    speaker: str
    cue: str
    via: str | None
    role_text: str
    trailing: bool
    outlet: bool = False
    opens: str = ""  # "colon": introduces what follows; "label": a transcript speaker label
    role: str | None = None
    at: int = -1  # where the cue stands in the sentence: a pronoun's antecedent may be named before it


def tag_or_label(masked: str, raw: str, known: frozenset[str]) -> Candidate | None:
    """A speaker with no verb: "“...” ― Julie Diaz", "Minister Ana Ruiz: “...”", "PENCE: Well, ..."."""
    m = DASH_TAG.search(masked) if ("―" in masked or "—" in masked or "–" in masked) else None
    if m:
        speaker = clean_speaker(m.group("name"))
        if speaker and classify(speaker) in {"named", "organization"}:
            alone = not masked[: m.start()].strip()  # "― Julie Diaz." split off from the quote it signs
            return Candidate(speaker, "―", None, speaker, True, opens="back" if alone else "")
    if ":" not in raw:
        return None  # every form below needs a colon
    m = LABEL.match(raw)  # the label may sit inside a transcript's quote marks
    label = m.group("label") if m else ""
    headline = bool(label) and is_title_case(raw) and _headline_label(label)
    if label and label.lower() not in NOT_LABELS and (label.isupper() or label.split()[-1] in known or headline):
        speaker = clean_speaker(label)
        if speaker and (classify(speaker) == "named" or headline):
            return Candidate(speaker, ":", None, m.group("label"), False, opens="headline" if headline else "label")
    if ":" not in masked:
        return None
    lead = LEADING_NP.match(masked)
    colon = COLON_INTRO.search(masked)
    if lead and colon:  # "Sanders made the following comment:", "Biden was quick to retort: “...”"
        speaker = clean_speaker(lead.group(1))
        name = speaker and classify(speaker) == "named"
        if name and (speaker.split()[-1] in known or len(speaker.split()) >= 2):
            return Candidate(speaker, ":", None, speaker, False, opens="colon")
    m = COLON_INTRO.search(masked)
    if m:
        c_start, _ = chunk_bounds(masked, m.start())
        chunk = masked[c_start : m.start()].strip()
        if chunk[:1].islower():
            return None  # "..., telling CNN: “...”" -- CNN hears it, the subject speaks
        speaker = clean_speaker(chunk) if " via " not in f" {chunk} " else None
        if (
            speaker
            and speaker.lower() == chunk.lower()
            and len(speaker.split()) <= 6
            and classify(speaker) in {"named", "organization"}
        ):
            return Candidate(speaker, ":", None, masked[c_start : m.start()], False, opens="colon")
    return None
