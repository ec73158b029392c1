"""A court's verdict on one named person, as a claim states it: convicted against acquitted, with the charge.

Why: reports of one trial disagree on its outcome ("X was acquitted of all charges" / "X was found guilty of one
count"), and the two sentences share only the name, so no figure or wording rule meets them. Read here from the
closed class of verdict verbs in the passive ("was convicted", "was found guilty"; "was acquitted", "was cleared",
"was found not guilty"), the person the nearest name before the verb; a negated verdict ("was not convicted") or a
clearance for something ("cleared to return", "cleared for release") is left out.

Stored under ``Frame.outcome["verdict"]``: {"kind": "convicted" | "acquitted", "who": the name, "charge": stems of the
"of" phrase, ["all"] for "of all charges", [] when none is named, "appeal": True when an appeal or retrial is
told (a later verdict of its own), "counted": True when the charge phrase counts the counts}; a split verdict
(both kinds in one claim) is none.
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated
from workbench.extract.words import content_stems

_VERDICT = Gated(re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?(?P<verb>convicted|found\s+(?P<neg>not\s+)?guilty|"
                            r"acquitted|cleared)(?!\s+(?:to|for|by\s+doctors)\b)", re.I))
_NOT = re.compile(r"\b(?:not|never)\s*$|n't\s*$", re.I)
# a capitalised run of words (a name), not the sentence's first word alone unless it is followed by the verb
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
# between the name and its verb: nothing, an apposition's closing comma ("its director, X, was cleared") or an
# inserted clause ("X, who ran it for years, was cleared"; "X, who was cleared")
_SUBJECT_GAP = re.compile(r"\s*(?:,[^,]*)?,?\s*$")
_ALL = re.compile(r"^\s+(?:of|on)\s+(?:all|every|any)\b", re.I)
_CHARGE = re.compile(r"^\s+(?:of|on)\s+(?!appeal\b|\w+day\b|\d)([^,.;]+)", re.I)
_COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b", re.I)
_APPEAL = re.compile(r"\b(?:on\s+appeal|appeals?\s+court|retrial|overturned|quashed)\b", re.I)
_NOT_NAMES = frozenset("Her His Their The A An Its On In At After Before When".split())


def _kind(m: re.Match[str]) -> str:
    return "acquitted" if m.group("neg") or m.group("verb").lower() in ("acquitted", "cleared") else "convicted"


def verdict_of(text: str, words: frozenset[str] | None = None) -> dict | None:
    """The claim's verdict slot (module docstring), None when it states none of one named person."""
    m = _VERDICT.search(text, words)
    if m is None or _NOT.search(text[: m.start()]):
        return None
    kinds = {_kind(v) for v in _VERDICT.pattern.finditer(text)}
    if len(kinds) > 1:
        return None  # a split verdict ("convicted on seven counts and acquitted on two"): the figures compare it
    names = [n for n in _NAME.finditer(text, 0, m.start()) if n.group(0) not in _NOT_NAMES]
    if not names or not _SUBJECT_GAP.match(text, names[-1].end(), m.start()):
        return None  # no name, or the name is not the verdict's subject ("Hale's lawyer said the firm was cleared")
    rest = text[m.end():]
    c = _CHARGE.match(rest)
    charge = ["all"] if _ALL.match(rest) else content_stems(c.group(1)) if c else []
    out = {"kind": _kind(m), "who": names[-1].group(0), "charge": charge}
    if c and _COUNTED.search(c.group(1)):
        out["counted"] = True  # "on all nine counts", "of one count of fraud": how many counts, for the figure rules
    return out | {"appeal": True} if _APPEAL.search(text) else out
