"""Where one act ended and who it ended with, as a claim states it; stored in ``Frame.outcome`` (``extract.outcomes``).

Why: outlets disagree on how a happening ended as much as on its figures, and each says it with its own verb:
one that a moving thing "stopped 800 metres short of" a place, another that it "reached" one; one that a sold
thing "went to" one buyer, another that it "was bought by" another (a place one source rules out, "not in" a
town, is ``extract.rebuttals``'). Read from closed-class structure only (verbs of arriving and stopping short, of
changing hands), never from topic words. Keys, each only when stated:

* ``end``: {"kind": "reached" | "short", "text", "stems", "who"}: the end point of a movement and the mover's stems;
* ``to``: {"text", "stems", "at"?, "who"}: who a thing went to (bought by, sold to), where that party was (``at``:
  the head of a locative phrase: "a bidder on the telephone" -> telephone), and the thing's stems;
"""

from __future__ import annotations

import re

from workbench.extract.gates import Gated
from workbench.extract.words import content_stems

_NP = r"(?:the\s+|a\s+|an\s+)?[A-Za-z][^,;:()\"“”]*"
_SHORT = re.compile(rf"\b(?:stopped|halted|ended|stalled|came\s+to\s+(?:a\s+)?(?:halt|stop|rest)|fell)\s+(?:[\w.]+\s+)"
                    rf"{{0,4}}?short\s+of\s+(?P<np>{_NP})|\b(?:did\s+not|didn't|never|failed\s+to)\s+reach\s+(?P<np2>{_NP})", re.I)
_REACHED = re.compile(rf"\b(?:reached|got\s+as\s+far\s+as|made\s+it\s+to|poured\s+into|flowed\s+into)\s+(?P<np>{_NP})", re.I)
_TO = re.compile(rf"\b(?:went|passed|was\s+sold|were\s+sold|sold|was\s+awarded|were\s+awarded|was\s+handed|"
                 rf"were\s+handed)\s+to\s+(?P<np>{_NP})|\b(?:was|were|had\s+been|has\s+been)\s+(?:bought|acquired|purchased|"
                 rf"snapped\s+up)\s+by\s+(?P<np2>{_NP})", re.I)
# where a phrase ends: a time, a source, a second clause (closed class)
_END = re.compile(r"\s+(?:at\s+(?:about|around|\d)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                  r"sunday)|overnight|yesterday|today|shortly|after|before|when|while|according|and|but|as|then|"
                  r"during|sending|leaving|\w+ing\s+(?:up|out|down)|said|says|whose|who|which|\d)\b.*$", re.I | re.S)
_AT = re.compile(r"\b(?:at|in|on|by|over|via|near|outside|inside|behind|beside)\s+(?:the\s+|a\s+|an\s+)?(?P<np>(?:(?!(?:of|on|in|at|near|by|to|from|"
                 r"with|for|that)\b)[\w’'-]+\s*){1,4})", re.I)
_CLAUSE = re.compile(r"(?:^|[,;:]\s*|\b(?:said|says|that)\s+)(?P<s>[^,;:]*?)$", re.I)
_DIGIT_START = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?:\d|(?:about|around|nearly|almost|more|over|some)\b)", re.I)
_GATE = frozenset("short reach reached went passed sold awarded handed bought acquired purchased snapped got made "
                  "poured flowed not".split())

# Speed: each pattern only where one of its first words stands (``extract.gates``; same results)
_G_SHORT, _G_REACHED, _G_TO = Gated(_SHORT), Gated(_REACHED), Gated(_TO)


def _phrase(np: str) -> str:
    return " ".join(_END.sub("", np).split()[:10]).strip()


def _who(text: str, at: int) -> list[str]:
    """Stems of the subject of the verb at ``at`` (the mover, the thing sold)."""
    m = _CLAUSE.search(text[:at])
    subject = m.group("s") if m else ""
    subject = re.sub(r"\s(?:was|were|had|has|have|is|are)(?:\s+been)?\s*$", "", subject, flags=re.I)
    return content_stems(subject)


def _slot(text: str, m: re.Match[str]) -> dict | None:
    np = next((g for k, g in m.groupdict().items() if k.startswith("np") and g), "")
    words = _phrase(np)
    if not words or _DIGIT_START.match(words):
        return None  # "reached 3.1 million": a figure's level, not a place
    stems = content_stems(words)
    return {"text": re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.I), "stems": stems, "who": _who(text, m.start())} \
        if stems else None


def ends_of(text: str, words: frozenset[str] | None = None) -> dict:
    """The claim's end-point slots (module docstring); {} when it states none."""
    if words is not None and words.isdisjoint(_GATE):
        return {}
    out: dict = {}
    for pattern, kind in ((_G_SHORT, "short"), (_G_REACHED, "reached")):
        m = pattern.search(text, words)
        found = _slot(text, m) if m else None
        if found:
            out["end"] = {"kind": kind, **found}
            break
    m = _G_TO.search(text, words)
    found = _slot(text, m) if m else None
    if found:
        at = _AT.search(found["text"])
        head = content_stems(at.group("np"))[-1:] if at else []
        out["to"] = {**found, "at": head[0]} if head else found
    return out
