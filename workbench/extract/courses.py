"""Whether a thing stays on its course or is changed, as a claim states it: a plan kept against a plan moved, a
holding kept against a holding lost. Stored in ``Frame.outcome["course"]``.

Why: outlets disagree on whether a plan stands ("the exams will go ahead as planned" / "the exams have been put
back by two weeks") or whether someone keeps what they hold ("X will keep her title" / "X will lose her title"),
and the two sentences share everything but the verb, so a paraphrase rule even reads them as one statement. Read
here from closed classes of verbs, never from topic words:

* ``schedule``: kept ("go ahead as planned", "take place as scheduled", "be on schedule") against changed
  ("postponed", "put back", "pushed back", "put off", "rescheduled", "called off", "cancelled");
* ``holding``: kept ("keep", "retain" + a possessive and the thing) against changed ("lose", "forfeit", "be
  stripped of" + the thing), the thing held stored (``obj``);
* ``response``: a party's answer to a decision, kept ("accept", "abide by" + the decision) against contested
  ("challenge", "contest", "appeal against" + the decision; "file" or "lodge" an appeal or a challenge, the decision
  left unnamed, ``obj`` []). A subject pronoun ("the federation said it accepted the ruling") is stored as
  ``"pron": True`` with no words: the party is the claim's speaker, which analysis reads from the frame.

The subject is read as for a working state (``extract.workings.subject_before``), a negation turning the verb round
("will not lose her title": kept). {"slot": "schedule" | "holding", "kind": "kept" | "changed", "text": the verb as
written, "who", "head", "mods", "of": the subject's words, "obj": stems of the thing held ([] for a schedule)}.
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated
from workbench.extract.words import content_stems
from workbench.extract.workings import subject_before

_SCHEDULE_KEPT = Gated(re.compile(r"\b(?:go|goes|went|going|gone)\s+ahead\s+as\s+(?:planned|scheduled|normal)\b|"
                                  r"\b(?:take|takes|took|taking|taken)\s+place\s+as\s+(?:planned|scheduled)\b|"
                                  r"\b(?:be|is|are|was|were|remains?|remained|stays?|stayed)\s+on\s+schedule\b", re.I))
# "organisers called off the race": an agent's deed with its object, not the thing that was moved
_SCHEDULE_MOVED = Gated(re.compile(r"\b(?:postponed|put\s+back|pushed\s+back|put\s+off|rescheduled|called\s+off|"
                                   r"cancell?ed)\b(?!\s+(?:the|a|an|its|his|her|their|this|that|all|plans?)\b)", re.I))
_OBJ = r"\s+(?:her|his|its|their|the)\s+(?P<obj>[^,.;]+)"
_HOLD_KEPT = Gated(re.compile(rf"\b(?:keep|keeps|kept|keeping|retain|retains|retained|retaining){_OBJ}", re.I))
_HOLD_LOST = Gated(re.compile(rf"\b(?:lose|loses|lost|losing|forfeit|forfeits|forfeited|stripped\s+of){_OBJ}", re.I))
_ANSWER_KEPT = Gated(re.compile(rf"\b(?:accept|accepts|accepted|accepting|abides?\s+by|abided\s+by|abiding\s+by){_OBJ}",
                                re.I))
_ANSWER_CONTESTED = Gated(re.compile(
    rf"\b(?:(?:challenge|challenges|challenged|challenging|contest|contests|contested|contesting|"
    rf"appeal(?:s|ed|ing)?\s+against){_OBJ}|"
    r"(?:file|files|filed|filing|lodge|lodges|lodged|lodging)\s+(?:its|his|her|their|an?)\s+(?:appeal|challenge)\b)",
    re.I))
_PATTERNS = ((_SCHEDULE_KEPT, "schedule", "kept"), (_SCHEDULE_MOVED, "schedule", "changed"),
             (_HOLD_KEPT, "holding", "kept"), (_HOLD_LOST, "holding", "changed"),
             (_ANSWER_KEPT, "response", "kept"), (_ANSWER_CONTESTED, "response", "changed"))
# "the federation said it accepted the ruling": a subject pronoun, then only auxiliaries and a negation
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:said|says|added|that)\s+)(?:it|they|he|she|we)\s+"
                              r"(?P<aux>(?:(?:has|have|had|will|would|did|does|do|not|never|also|still|now)\s+)*)$",
                              re.I)
_FLIP = {"kept": "changed", "changed": "kept"}
_OBJ_WORDS = 5  # the thing held: its first words ("her 2025 Tour of Lisma title"), not the rest of the clause


def course_of(text: str, words: frozenset[str] | None = None) -> dict | None:
    """The claim's course slot (module docstring), None when it states none."""
    for pattern, slot, kind in _PATTERNS:
        m = pattern.search(text, words)
        if m is None:
            continue
        found = subject_before(text, m.start()) or (_pronoun(text, m.start()) if slot == "response" else None)
        if found is None:
            continue
        thing, negated = found
        named = m.group("obj") if slot != "schedule" else None  # a lodged appeal names no decision
        obj = content_stems(" ".join(named.split()[:_OBJ_WORDS])) if named else []
        if slot == "holding" and not obj:
            continue
        verb = m.group(0)[: m.start("obj") - m.start()] if slot == "holding" else m.group(0)
        verb = " ".join(verb.split()[:_OBJ_WORDS])  # a response's text keeps the decision it answers
        return {"slot": slot, "kind": _FLIP[kind] if negated else kind, "text": " ".join(verb.split()), **thing,
                "obj": obj}
    return None


def _pronoun(text: str, start: int) -> tuple[dict, bool] | None:
    """A subject pronoun right before the verb ("said it accepted"): no words of its own, the speaker's (analysis)."""
    p = _PRONOUN_SUBJECT.search(text, 0, start)
    if p is None:
        return None
    return {"who": [], "head": "", "mods": [], "of": [], "pron": True}, bool(re.search(r"\b(?:not|never)\b", p["aux"]))
