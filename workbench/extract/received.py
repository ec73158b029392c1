"""Stances a sentence's subject *receives*: criticism faced, accusations made against it.

PolNeAR (and a reviewer) counts "X has faced sharp criticism for ...", "X came under withering
criticism", "X has been harshly criticized for ...", "X was accused of ..." as reported stances:
someone criticised or accused, whether or not the text names them. Split from :mod:`choose`
because the construction is the mirror of a cue (the holder is the object, not the subject).

* With an agent ("drew criticism from Democrats", "has been called a charlatan by fellow
  physicians") the agent speaks.
* Without one the source is unnamed: kind ``anonymous`` with no speaker text (never invented).

Closed classes only: verbs of judging in the passive, and nouns of criticism after verbs of
receiving. Patterns are gated (:mod:`gates`): a sentence with none of their head words costs one
set test.
"""

from __future__ import annotations

import re

from workbench.extract.cues import phrase_after
from workbench.extract.gates import Gated, words_of
from workbench.extract.speakers import clean_speaker

_NOUNS = (
    r"criticism|criticisms|ridicule|derision|questions|pushback|backlash|scrutiny|accusations|allegations|"
    r"complaints|condemnation|condemnations|praise|calls|protests|objections|attacks|charges"
)
# "has faced sharp criticism", "came under withering criticism", "drew praise from"
FACED = Gated(
    re.compile(
        r"\b(?P<verb>faced?|faces|facing|came\s+under|comes?\s+under|coming\s+under|drew|draws|drawn|drawing|"
        r"attracted|attracts|sparked|sparks|prompted|prompts)\s+"
        rf"(?:(?:a|an|the|new|more|much|some|sharp|widespread|withering|heavy|fierce|harsh|intense|growing|"
        rf"mounting|increasing|bipartisan|public|strong|repeated|renewed|little|no|\w+ly)\s+){{0,3}}"
        rf"(?P<noun>{_NOUNS})\b(?P<by>\s+from\s+)?",
        re.I,
    )
)
# "has been harshly criticized for", "was accused of", "were rated as", "has been called a charlatan by"
JUDGED = Gated(
    re.compile(
        r"\b(?:is|are|was|were|been|being)\s+(?:(?:\w+ly|also|often|widely|long|repeatedly|sometimes)\s+){0,2}"
        r"(?P<verb>criticized|criticised|accused|blamed|condemned|praised|ridiculed|derided|dubbed|labeled|"
        r"labelled|branded|rated|lambasted|faulted|panned|denounced|decried|called\s+(?:out\b|(?:a|an|the)\s+[\w-]+))"
        r"(?P<by>\s+(?:by|from)\s+)?",
        re.I,
    )
)


# "That worries environmentalists", ", frustrating Scott", "something that concerns Henry Crespo": the one
# whose feeling is reported holds the stance
FELT = Gated(
    re.compile(
        r"\b(?:worries|worried|worrying|concerns|frustrates|frustrated|frustrating|angers|angered|angering|alarms|"
        r"alarmed|alarming|troubles|troubled|upsets|outrages|outraged|outraging|infuriates|infuriated|infuriating|"
        r"disappoints|disappointed|irritates|irritated|annoys|annoyed|dismays|dismayed)\s+(?=\S)",
        re.I,
    )
)
_NOT_BEFORE_FELT = re.compile(r"(?:\b(?:the|a|an|is|are|was|were|be|been|being|more|most|very|so|too)|\w['’]s)\s+$", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", re.I)
_JUDGED_VERBS = frozenset(
    "criticized criticised accused blamed condemned praised ridiculed derided dubbed labeled labelled branded rated "
    "lambasted faulted panned denounced decried called".split()
)
_AGENT_END = re.compile(r"\s+(?:for|over|because|after|in|on|at|during|with|about|who|which)\s+")


def received_stance(masked: str, words: frozenset[str] | None = None) -> tuple[str | None, str] | None:
    """(agent or None, cue) when the sentence reports a stance taken against its subject, else None."""
    if words is None:
        words = words_of(masked)
    for pattern in (FACED, JUDGED):
        if pattern is JUDGED and words is not None and _JUDGED_VERBS.isdisjoint(words):
            continue  # its heads (is/are/was...) are everywhere: gate on the verbs of judging as well
        m = pattern.search(masked, words)
        if m is None:
            continue
        if pattern is FACED:
            cue = f"{' '.join(m.group('verb').split())} {m.group('noun')}".lower()
        else:
            cue = m.group("verb").split()[0].lower()
        agent = None
        if m.group("by"):  # "by fellow physicians for promoting cures": the agent ends at its preposition
            agent = clean_speaker(_AGENT_END.split(phrase_after(masked, m.end())[0], maxsplit=1)[0])
        return agent, cue
    m = FELT.search(masked, words)
    if m and m.group(0).strip().lower().endswith("ed") and not _PERFECT.search(masked, max(0, m.start() - 30), m.start()):
        m = None  # "worried Democrats", "Frustrated Parents": an adjective; "has angered voters" is the verb
    if m and not _NOT_BEFORE_FELT.search(masked, max(0, m.start() - 12), m.start()):
        who = clean_speaker(_AGENT_END.split(phrase_after(masked, m.end())[0], maxsplit=1)[0])
        if who and (who[:1].isupper() or who.split()[-1].lower().endswith("s")):
            return who, m.group(0).strip().lower()
    return None
