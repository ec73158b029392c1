"""The act a claim reports, as a short phrase without its time, its attribution or what follows it.

Why: outlets time one happening in different verbs and shapes ("the lights went out across the city shortly
after 6.40pm" / "the blackout began at 18:40"; "the draw was halted at 20:15" / "the draw was stopped shortly
before 9pm"), often in claims that fact clustering puts apart, so no shared word says that the two times are
times of one act. Analysis compares the act phrases (``analyze.act_identity``) rather than the whole claims,
whose times, figures and sources make two reports of one act read apart and two acts of one story read alike.

Read from structure only: the reporting clause is cut ("..., police said", "according to ...", "X said that
..."); a clause that opens with a time ("On Wednesday afternoon, ...") loses it; the phrase ends where its
first time adverbial begins ("at 9pm", "shortly before midnight", "on Sunday", "between 3am and 4am") or at
the first clause break (an appositive or relative aside after the subject is skipped first); a capitalised time word after a capitalised word is part of a name ("the Kelby Dawn
left"), no time. Calendar words and reporting verbs are closed-class vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.extract.asides import skip_aside
from workbench.extract.daytimes import SPOKEN_CLOCK
from workbench.extract.lowered import lowerable, lowered_text
from workbench.extract.words import inside_name

_DAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
         "august|september|october|november|december|today|yesterday|tonight|midnight|noon|midday|dawn|dusk")
# a time adverbial: an optional degree word, an optional preposition (either order), then a clock time or a calendar
# word ("shortly after 6.40pm", "at about 8pm", "on Sunday", "between 3am", "early on Wednesday", "by Monday")
_CLOCK = r"(?<![\d.,])\d{1,2}(?:[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)(?!\w)"
_ERA = r"\b(?:1\d|20)\d0s\b|\b(?:1\d|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\s+century\b"
_TIME_LEADS = (  # the optional words before the time, each one word and the whitespace after it
    r"(?:\b(?:shortly|just|soon|some|roughly|about|around|approximately|early|late)\s+)?",
    r"(?:\b(?:before|after|by|at|on|in|between|from|until|till|during|around|about|since)\s+)?",
    r"(?:\b(?:shortly|just|about|around|approximately|roughly|early|late|the|mid-?)\s+)?", r"(?:on\s+|in\s+)?",
)
_TIME_CORE = (rf"(?:{_CLOCK}|{SPOKEN_CLOCK}|{_ERA}|\b(?:{_DAYS})\b|\b(?:this|last|next)\s+(?:week|month|year)\b"
              r"|\b(?:morning|afternoon|evening|night)\b)")
_TIME = re.compile("".join(_TIME_LEADS) + _TIME_CORE, re.IGNORECASE)
_CORE = re.compile(_TIME_CORE, re.IGNORECASE)
_SAYS = "said|says|say|told|tells|according|added|adds|believe|believes|insisted|claimed|reported|announced|stated|wrote"
# "..., police said.", "..., according to the zoo.", "..., the museum's contractor told the Times."
_TAIL = re.compile(rf",\s+[^,]*\b(?:{_SAYS})\b[^,]*(?:,[^,]*)*$", re.IGNORECASE)
# "Rell said the first call ...", "A spokeswoman said that ...", "According to the contractor, ..."
_LEAD = re.compile(rf"^(?:[^,]{{0,60}}?\b(?:{_SAYS})\b(?:\s+(?:reporters|journalists))?(?:\s+that)?\s+|"
                   r"according to [^,]{1,60},\s+)",
                   re.IGNORECASE)
# "the fire was first reported at 2.15pm", "the leak had been reported": a verb of saying after a form of "be" is the
# act itself (passive), no speaker's lead
_PASSIVE_SAY = re.compile(rf"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+|first\s+|also\s+|later\s+|not\s+)?"
                          rf"(?:{_SAYS})\b", re.IGNORECASE)
# "Per X, the site's night guard, said the ...": a short speaker (no figure in it) with an apposition between commas,
# then a verb of saying, leads too; "according to" after two commas ends a claim instead
_APPOSED = re.compile(r"^[^,\d]{1,40},[^,]{1,60},\s*(?:said|says|told|tells|added|adds|insisted|claimed|wrote)\b"
                      r"(?:\s+(?:reporters|journalists))?(?:\s+that)?\s+", re.IGNORECASE)
_BREAK = re.compile(r"[,;:(](?=\s)|\s[-–—]\s|\b(?:when|as|after|before|because|while|which|who|where)\b", re.IGNORECASE)
_DANGLING = re.compile(r"(?:\s+\b(?:the|a|an|of|from)\b)+\s*$", re.IGNORECASE)  # "date from the" (not "fell in")
MIN_WORDS = 2  # "The draw was halted" keeps four; a phrase cut to one word is no act


# Speed (speed14): the time and break scans run as case-sensitive twins over the lower-cased phrase (same spans;
# workbench.extract.lowered says why that is exact); _TIME is tried at every position of every claim.
_TWINS = {p: re.compile(p.pattern, p.flags & ~re.IGNORECASE) for p in (_TIME, _BREAK, _CORE) if lowerable(p)}
if len(_TWINS) != 3:  # a pattern edited out of lowerable form must not silently lose its twin
    raise ImportError("act_phrases: a scan pattern is no longer lowerable (extract.lowered)")



def _times(text: str, core: re.Pattern[str], time: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``time.finditer(text)`` (_TIME or its twin; ``core``: _CORE or its twin), scanning mostly for the core.

    Why: _TIME tries its lead words at every position, and its scan costs twice that of its core alone. Every match
    holds a core match, and the first core match at or after ``pos`` is itself a match, so the next match starts no
    later than it and no earlier than the last len(_TIME_LEADS) whitespace-separated runs before it (each lead is one
    word and whitespace): _TIME is searched from there only. The same matches; tested against finditer."""
    pos = 0
    while (c := core.search(text, pos)) is not None:
        runs = text[: c.start()].rsplit(None, len(_TIME_LEADS))
        m = time.search(text, max(pos, len(runs[0])) if len(runs) > len(_TIME_LEADS) else pos)
        if m is None:  # cannot happen (_TIME matches where _CORE does); kept so the loop always ends
            return
        yield m
        pos = m.end()


_SPOKEN_END = re.compile(rf"(?:{SPOKEN_CLOCK})$", re.IGNORECASE)
_LEADS_TIME = frozenset("at by before after until till around about from between since shortly just roughly".split())


def _named(t: str, start: int, end: int) -> bool:
    """No time adverbial: the time word that ends the match ``t[start:end]`` is part of a name ("the ferry Kelby Dawn
    left"), or a time told in words stands without a preposition before it (a ratio: "outnumber them five to one")."""
    found = t[start:end]
    words = found.split()
    if _SPOKEN_END.search(found) and words[0].lower() not in _LEADS_TIME:
        return True
    return not words[-1][:1].isdigit() and inside_name(t, end - len(words[-1]), end)


def act_phrase(text: str, time_text: str | None = None) -> str | None:
    """The claim's act without its time, source or later clauses ("The draw was halted"), else None.

    None also where the claim's only stated day (``time_text``) is in its reporting clause ("..., the service said on
    Monday"): that is when it was said, and the act has no time to compare."""
    t = text.strip().rstrip(".!?\"'”’ ")
    lead = _APPOSED.match(t)
    if lead is not None:  # "Per X, the guard, said the ...": the speaker leads, the act follows (cut first: the
        t = t[lead.end():]  # reporting tail would read ", the guard, said the ..." as the claim's end)
    tail = _TAIL.search(t)
    if tail is not None and time_text and time_text in tail.group(0) and time_text not in t[:tail.start()]:
        return None
    t = t[:tail.start()] if tail is not None else t
    lead = _LEAD.match(t)
    if lead is not None and not _PASSIVE_SAY.search(lead.group(0)):
        t = t[lead.end():]
    head = _TIME.match(t)
    if head:  # "On Wednesday afternoon, 4,000 homes ...": the opening time, up to its comma
        comma = t.find(",", head.end())
        if 0 <= comma and comma - head.end() < 30:
            t = t[comma + 1:].strip()
    t = skip_aside(t)  # "A, head of B, was held": the predicate, not the subject alone (extract.asides)
    cut, low = len(t), lowered_text(t)
    for pattern in (_TIME, _BREAK):  # the first time or break that leaves an act before it ("The Saturday draw ...")
        if pattern is _TIME:
            found = _times(t, _CORE, _TIME) if low is None else _times(low, _TWINS[_CORE], _TWINS[_TIME])
        else:
            found = pattern.finditer(t) if low is None else _TWINS[pattern].finditer(low)  # the same spans
        m = next((m for m in found if len(t[:m.start()].split()) >= MIN_WORDS
                  and not (pattern is _TIME and _named(t, m.start(), m.end()))), None)
        if m is not None:
            cut = min(cut, m.start())
    phrase = _DANGLING.sub("", t[:cut]).strip(" ,;:")
    return phrase if len(phrase.split()) >= MIN_WORDS else None
