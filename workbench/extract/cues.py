"""Reporting cues and quotation marks, read on one sentence at a time.

Quoted words are the claim, not its attribution, so cue search runs on a *masked*
sentence where every quoted stretch is replaced by the same number of ``█`` characters
(offsets are preserved). The quote state is carried from sentence to sentence inside a
paragraph, which is what lets a quote that opens in one sentence and closes two sentences
later be attributed as one run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MASK = "█"
OPENERS = "“«„"
CLOSERS = "”»"
TOGGLES = '"'

VERB_FORMS = (
    r"said|says|say|told|tells|tell|claimed|claims|claim|estimates|estimated|estimate|denied|denies|deny|"
    r"reported|reports|report|added|adds|warned|warns|warn|stated|states|announced|announces|confirmed|confirms|"
    r"insisted|insists|argued|argues|argue|believes|believe|believed|assessed|assesses|assess|noted|notes|"
    r"wrote|writes|tweeted|explained|explains|acknowledged|acknowledges|admitted|admits|alleged|alleges|"
    r"asserted|asserts|predicted|predicts|vowed|vows|suggested|suggests|stressed|stresses|maintained|maintains|"
    r"concluded|declared|declares|disclosed|accused|accuses|insist|think|thinks|expects|expect|"
    r"testified|recalled|emphasized|emphasised|acknowledge|conceded|replied|responded|countered|contended|"
    r"shows|showed|show|found|finds|asked|urged|urges|praised|agreed|agrees|pledged|pledges|promised|promises|"
    r"lamented|touted|touts|demanded|demands|denounced|proposed|joked|complained|criticized|criticised|"
    r"questioned|described|called"
)
CUE = re.compile(
    rf"(?<![\w-])(?P<adv>(?:(?:also|later|earlier|previously|repeatedly|again|reportedly|separately|then|has|have|"
    rf"had|would|will|further)\s+)*)(?P<verb>{VERB_FORMS})(?![\w-])",
    re.I,
)
# ", saying ...": the participle reports for the subject of the main clause.
PARTICIPLE = re.compile(r",\s*(?:saying|adding|noting|telling|arguing|warning|claiming|insisting|writing)\b", re.I)
LEADING_NP = re.compile(r"^\s*((?:the |a |an )?[A-Z][\w.'’-]*(?:\s+(?:of |for |the )*[A-Z][\w.'’-]*)*)")
TRAILING_TIME = re.compile(
    r"\s+(?:(?:this|last|on|earlier|late|early) )?(?:week|month|year|morning|evening|night|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s*$",
    re.I,
)
ACCORDING = re.compile(r"(?<![\w-])according to\s+", re.I)
BOUNDARY = re.compile(rf"[,;:()]|{MASK}+|\s[-–—]+\s|[–—]")
# What ends the noun phrase after "according to" / "told" / an inverted "said".
PHRASE_END = re.compile(rf"[,;:.!?()]|{MASK}|\s(?:that|in|on|at|during|after|before|earlier|last|this|when|as|while)\s")
INTERVIEW_WITH = re.compile(
    r"\bin an? (?:interview|conversation|call) with (?P<outlet>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)"
)


@dataclass
class QuoteState:
    """Quote marks of one sentence: masked text, open at start/end, whether it contains any."""

    masked: str
    open_at_start: bool
    open_at_end: bool
    has_quote: bool


def scan_quotes(text: str, open_at_start: bool) -> QuoteState:
    """Mask quoted stretches; ``open_at_start`` says a quote from an earlier sentence is still open."""
    chars = list(text)
    inside = open_at_start
    has_quote = open_at_start
    for i, ch in enumerate(text):
        if ch in OPENERS or (ch in TOGGLES and not inside):
            inside = True
            has_quote = True
            chars[i] = MASK
        elif ch in CLOSERS or (ch in TOGGLES and inside):
            inside = False
            has_quote = True
            chars[i] = MASK
        elif inside:
            chars[i] = MASK
    return QuoteState("".join(chars), open_at_start, inside, has_quote)


def chunk_bounds(masked: str, pos: int) -> tuple[int, int]:
    """Start and end of the clause chunk (between commas, quotes, dashes) around ``pos``."""
    start = 0
    for m in BOUNDARY.finditer(masked):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            return start, m.start()
    return start, len(masked.rstrip(" .!?"))


def phrase_after(masked: str, pos: int) -> tuple[str, int]:
    """The noun phrase starting at ``pos`` (up to a comma, "that", a time phrase...), and its end."""
    m = PHRASE_END.search(masked, pos)
    end = m.start() if m else len(masked.rstrip(" .!?"))
    return masked[pos:end].strip(), end


def cue_matches(masked: str) -> list[re.Match[str]]:
    return list(CUE.finditer(masked))
