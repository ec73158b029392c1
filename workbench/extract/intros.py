"""Speakers named without a reporting verb: signature lines, transcript labels, colon introductions,
venues ("In a statement, X ..."), passives with their source and nouns of saying ("X's claim that").

"“...” ― Julie Diaz", "PENCE: Well, look ...", "Minister Ana Ruiz: “...”" and "Sanders made the
following comment:" all name who speaks what follows (or precedes) without "said". Each is read
on one masked sentence (quotes blanked, see :mod:`cues`); what the speaker covers beyond the
sentence is decided in :mod:`runs`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.extract.cues import (
    COLON_INTRO,
    DASH_TAG,
    LEADING_NP,
    MASK,
    NOMINAL_CUE,
    PASSIVE_BY,
    VENUE_OPENING,
    chunk_bounds,
    is_title_case,
    phrase_after,
)
from workbench.extract.given_names import NAMES
from workbench.extract.leads import main_subject, noun_phrase_start
from workbench.extract.speakers import ANON_NOUNS, ORG_NOUNS, ROLE_NOUNS, classify, clean_speaker, head_noun
from workbench.extract.verbs import VERB_FORMS

# "PENCE: Well, look ...": a transcript speaker label; in mixed case only a person already mentioned
# ("Sanders: Clinton needs to ..."), so a headline "Stealth Over Health: ..." is not one.
LABEL = re.compile(r"^\W*(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}):\s+\S")
NOT_LABELS = frozenset(
    "update updated note correction clarification watch read related photo photos video source sources warning breaking exclusive "
    "analysis opinion question answer q a editor's editors' caption credit image transcript listen".split()
)


# A quote followed only by a verb and a name, or a name and a verb: "“...,” summarized Senor.",
# "“...,” Ana Ruiz quipped." Newsroom style puts only the source there, so any past or present verb is a cue.
_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
QUOTE_TAG = re.compile(
    rf"^\s*{MASK}+\s*,?\s+(?:(?P<verb>[a-z]{{3,}}(?:ed|es|s))\s+(?P<who>{_NAME})|(?P<who2>{_NAME})\s+"
    rf"(?P<verb2>[a-z]{{3,}}(?:ed|es|s)))\s*[.!?]?\s*$"
)


_READ_TAG = re.compile(
    rf"^\s*{MASK}+\s*,?\s+(?P<doc>(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){{0,2}}(?:statement|letter|memo|note|"
    rf"sign|post|tweet|message|e-?mail|ad|release|order|ruling|complaint|filing))\s+(?P<verb>read|reads|states)\s*[.!?]?\s*$"
)


def _headline_label(label: str) -> bool:
    """ "Ana Ruiz: Bridge Will Reopen", "Poll: Mayor Leads", "Ruiz: ...": a headline's label names a person
    or a record or institution; "Stealth Over Health: ..." (a phrase with a function word) is a title."""
    words = label.split()
    if (len(words) >= 2 and words[0].lower() in NAMES) or head_noun(label) in ORG_NOUNS:
        return True
    # a short run of names ("Pence: ...", "Rush Limbaugh: ..."); a phrase with a function word is a title
    return len(words) <= 3 and not any(w.lower() in _FUNCTION_WORDS for w in words)


# "Obama on Climate Change: ...": a person's name, "on", a topic and a colon label a headline
_LABEL_ON = re.compile(r"^\W*(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+on\s+[^:]{3,60}:\s+\S")
_LABEL_FROM = re.compile(
    rf"^\W*[A-Z][^:{MASK}]{{0,40}}?\bfrom\s+(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}):\s*{MASK}"
)
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
    weak: bool = False  # a possessor of a noun of saying ("Romney's remark"): a source, not the person quoted
    kind: str | None = None  # the kind when the phrase alone misleads ("an operator who asked not to be named")


_THAT_WAS = re.compile(
    r"^\s*(?:That|This) (?:was|is) (?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
    r",\s*(?P<verb>speaking|writing|testifying|talking|tweeting)\b[^█]*[.!]?\s*$"
)
_NAME_ACTS = re.compile(r"^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+[a-z]{3,}(?:ed|es|s)(?:\s+[a-z]+){0,3}$")


def tag_or_label(masked: str, raw: str, known: frozenset[str], first: bool = False) -> Candidate | None:
    """A speaker with no verb: "“...” ― Julie Diaz", "Minister Ana Ruiz: “...”", "PENCE: Well, ..."."""
    m = DASH_TAG.search(masked) if ("―" in masked or "—" in masked or "–" in masked) else None
    if m:
        speaker = clean_speaker(m.group("name"))
        if speaker and classify(speaker) in {"named", "organization"}:
            alone = not masked[: m.start()].strip()  # "― Julie Diaz." split off from the quote it signs
            return Candidate(speaker, "―", None, speaker, True, opens="back" if alone else "")
    was = _THAT_WAS.match(masked) if masked.lstrip()[:4] in ("That", "This") else None
    if was and (speaker := clean_speaker(was.group("who"))) and classify(speaker) == "named":
        # "“...” That was Ana Ruiz, speaking on Monday.": the sentence signs the quote before it
        return Candidate(speaker, was.group("verb"), None, speaker, True, opens="back")
    tag = QUOTE_TAG.match(masked) if masked.lstrip()[:1] == MASK else None
    if tag:  # "“...,” summarized Senor." -- the shape makes the verb one of saying, whatever the verb
        speaker = clean_speaker(tag.group("who") or tag.group("who2"))
        if speaker and classify(speaker) == "named":
            return Candidate(speaker, tag.group("verb") or tag.group("verb2"), None, speaker, True)
    read = _READ_TAG.match(masked) if masked.lstrip()[:1] == MASK else None
    if read and (speaker := clean_speaker(read.group("doc"))):  # "“...,” the statement read.": a document's words
        return Candidate(speaker, read.group("verb"), None, speaker, True)
    if ":" not in raw:
        return None  # every form below needs a colon
    m = LABEL.match(raw)  # the label may sit inside a transcript's quote marks
    label = m.group("label") if m else ""
    headline = bool(label) and (first or is_title_case(raw)) and _headline_label(label)
    if not label and first and MASK in masked and (on := _LABEL_ON.match(raw) or _LABEL_FROM.match(masked)):
        # "Obama on Climate Change: The Trends Are ‘Terrifying.’", "A lesson from Ana Ruiz: ‘...’" -- with a quote
        label, headline = on.group("label"), True
    if label and label.lower() not in NOT_LABELS and (label.isupper() or label.split()[-1] in known or headline):
        speaker = clean_speaker(label)
        if speaker and (classify(speaker) == "named" or headline):
            return Candidate(speaker, ":", None, label, False, opens="headline" if headline else "label")
    if ":" not in masked:
        return None
    lead = LEADING_NP.match(masked)
    colon = COLON_INTRO.search(masked)
    if lead and colon:  # "Sanders made the following comment:", "Biden was quick to retort: “...”"
        title = first and is_title_case(raw)  # "Elizabeth Warren Hammers Wells Fargo CEO: ‘...’"
        speaker = title_subject(masked) if title else clean_speaker(lead.group(1))
        role_lead = _ROLE_NAME.match(masked, lead.end())  # "DNC spokesman Brad Woodhouse addressed ...:"
        if not title and role_lead and role_lead.group(1) in ANON_NOUNS | ROLE_NOUNS:
            speaker = clean_speaker(role_lead.group(2)) or speaker
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
        acted = _NAME_ACTS.match(chunk)  # "Ruiz shrugged:", "Ana Ruiz smiled and added:": a name and its verb
        if acted and (name := clean_speaker(acted.group(1))) and classify(name) == "named":
            speaker = chunk = name
        if (
            speaker
            and speaker.lower() == chunk.lower()
            and speaker.lower() not in NOT_LABELS  # "UPDATE:" opens an editor's addition, nobody speaks
            and len(speaker.split()) <= 6
            and classify(speaker) in {"named", "organization"}
        ):
            return Candidate(speaker, ":", None, masked[c_start : m.start()], False, opens="colon")
    return None


_VERBS = frozenset(VERB_FORMS.lower().split("|"))
_PARTIAL_QUOTE = MASK * 10  # a quoted stretch of two words or more
_ROLE_NAME = re.compile(r"\s+([a-z]+)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})")
# openers that LEADING_NP takes for a subject but that name no one ("For those ...", "Correction: ...")
NOT_SUBJECTS = frozenset(
    "for among these this those that it i there here correction update note as "
    # sentence adverbs open a clause but never name anyone ("Moreover, it “was designed to ...”")
    "moreover however meanwhile furthermore nevertheless nonetheless indeed instead besides likewise similarly "
    "additionally".split()
)


CAME_FROM = re.compile(
    r"^\W*(?:the|that|this|these|those|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:statements?|letters?|remarks?|"
    r"comments?|calls?|requests?|complaints?|criticism|warnings?|endorsements?|announcements?|messages?|tweets?|"
    r"posts?|leaks?|claims?|accusations?|allegations?|information|tip|estimates?|figures?|numbers?)\s+"
    r"(?:came|comes|come|originated)\s+(?:\w+ly\s+)?from\s+",
    re.I,
)


def venue_or_nominal(masked: str, headline: bool = False) -> Candidate | None:
    """No verb of saying: "In a statement, X was circumspect" (X reports), "Trump's claim that ..." (Trump)."""
    venue = VENUE_OPENING.match(masked)
    if venue:
        rest = masked[venue.end() :]
        speaker = main_subject(rest) or noun_phrase_start(rest.strip())
        if speaker:
            return Candidate(speaker, venue.group(0).strip(" ,"), None, speaker, False)
    came = CAME_FROM.match(masked)
    if came:  # "The statement came from Sen. Roy Blunt and ...": a source-of-knowledge phrase
        speaker = clean_speaker(phrase_after(masked, came.end())[0])
        if speaker:
            return Candidate(speaker, "came from", None, speaker, False)
    for m in PASSIVE_BY.finditer(masked):
        if m.group("verb").lower() in _VERBS:
            speaker = clean_speaker(phrase_after(masked, m.end())[0])
            if speaker:
                return Candidate(speaker, m.group(0).strip(), None, speaker, True)
    if _PARTIAL_QUOTE in masked and not masked.lstrip().startswith(MASK):
        # a partial quote with no verb ("Reid has gone after Trump as a “human leech”"): the subject's words
        title = headline and is_title_case(masked)  # "Black Lawmakers Rip Trump As A ‘...’": capitals hide the verb
        speaker = title_subject(masked) if title else main_subject(masked)
        first = speaker.split()[0].lower() if speaker else ""
        if speaker and MASK not in speaker and first not in NOT_SUBJECTS and not first.endswith("ly"):
            return Candidate(speaker, "quoted", None, speaker, False)
    for m in NOMINAL_CUE.finditer(masked):
        if m.group("pronoun"):  # "his claim that ...": he, resolved like any pronoun
            pronoun = "he" if m.group("pronoun").lower() == "his" else "she"
            return Candidate(pronoun, m.group("noun"), None, pronoun, False, at=m.start())
        owner = m.group("owner")
        speaker = clean_speaker(owner)
        if speaker is None and owner.split()[0].lower() in _OPENING_WORDS:  # "Under Mrs. Clinton's plan"
            speaker = clean_speaker(owner.split(maxsplit=1)[1]) if " " in owner else None
        if speaker and classify(speaker) in {"named", "organization"}:
            return Candidate(speaker, m.group("noun"), None, speaker, False, weak=True)
    by = NOMINAL_BY.search(masked) if " by " in masked or " from " in masked else None
    if by:  # "The claim by Ruiz that the dam would hold": the noun of saying names its owner after "by"
        speaker = clean_speaker(by.group("owner"))
        if speaker and classify(speaker) in {"named", "organization"}:
            return Candidate(speaker, by.group("noun"), None, speaker, False, weak=True)
    return None


NOMINAL_BY = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[a-z-]+\s+)?(?P<noun>claims?|statements?|remarks?|comments?|"
    r"assertions?|allegations?|accusations?|warnings?|promises?|pledges?|predictions?|denials?|estimates?|threats?)"
    r"\s+(?:by|from)\s+(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*?(?:\s+[A-Z][\w.'’-]*?){0,5})(?:['’]s)?(?![\w'’.-])"
)


# a capitalised sentence opener that the owner pattern of NOMINAL_CUE takes in with the name after it
_OPENING_WORDS = frozenset("under in on at for with after before despite during by from unlike like per".split())


def title_subject(masked: str) -> str | None:
    """The subject of a title-case headline: the words before its verb, a person or a group of people.

    In "Elizabeth Warren Hammers Wells Fargo CEO" every word is capitalised, so the verb is told by its form:
    the first word after a plural noun of people ("Black Lawmakers Rip") or the first later word in -s
    ("Obama Sees", "Chris Christie Calls"). A possessive ("Ava DuVernay’s ‘13th’ Explores") or a function
    word ("Stealth Over Health") before the verb means no subject.
    """
    words = masked.split()
    for i, word in enumerate(words[:5]):
        low = word.lower()
        if not word[:1].isalnum() or MASK in word or low.endswith(("'s", "’s", ":", ",")) or low in _FUNCTION_WORDS:
            return None
        if low in ANON_NOUNS:  # "Black Lawmakers": the noun of the subject, the verb follows
            continue
        if i and (words[i - 1].lower() in ANON_NOUNS or (low.endswith("s") and not low.endswith("ss") and word[1:].islower())):
            speaker = clean_speaker(" ".join(words[:i]))
            return speaker if speaker and classify(speaker) in {"named", "anonymous"} else None
    return None
