"""What a claim says about the outcome of one act, stored as ``Frame.outcome`` so analysis compares fields.

Why: the disagreements between outlets that no figure slot catches are about *how an act ended* and *when its
state changes*: one outlet says a named person resigned, another that the same person was sacked; one says an
act was done on Saturday, another that it will not happen before October; one that a site reopens on Thursday,
another that it is shut for at least a month; a deadline stated once and later "now" moved. Each is read here
from closed-class structure (departure verbs, "not before/until", closure and resumption aspect verbs, a span
with "at least", the revision adverb "now"), never from topic words. Keys, each present only when stated:

* ``leaver``: the named person whose departure ``Frame.departure`` characterises ("Odo Farrant"); else ``role``:
  the stems of the role that left, head last ("the head keeper resigned" -> head, keeper);
* ``not_before``: ISO date the act is said not to happen before, with ``act``, the negated verb's stem;
* ``closed_until``: ISO day before which a closure stated with a span ("at least a month") does not end;
* ``resumes``: ISO day a stopped activity restarts, reopens or resumes (planned or done);
* ``due_by``: ISO day a planned act is promised by, given as a span from the report ("within 28 days",
  ``extract.deadlines``);
* ``now``: True for a planned date stated as changed ("will now report by August 31");
* ``route``: the way someone got in or out ("through a skylight on the roof"), ``extract.routes``;
* ``end``, ``to``: where a movement ended, who a thing went to (``extract.ends``);
* ``harm``: one person or role stated hurt, killed or unhurt (``extract.harms``); ``nobody``: True where no one
  at all is said to be (``extract.harms.nobody_of``); ``some``: a count of people harmed (``some_harmed``);
* ``working``: one thing stated to have worked or to have failed (``extract.workings``), or denied to have failed
  (or worked): the denier states the opposite; or stated intact or damaged (``extract.damages``);
* ``verdict``: one named person stated convicted or acquitted, with the charge (``extract.verdicts``);
* ``course``: a plan kept or moved, a holding kept or lost, with the thing (``extract.courses``);
* ``binding``: a decision stated to bind or only to advise, with the decision (``extract.bindings``);
* ``tally``: a vote's two sides, larger first ("by 84 votes to 80", ``extract.tallies``);
* ``recovery``: a thing given up freely or taken by force, with the thing (``extract.recoveries``);
* ``vote``: a body's decision taken, or still waiting for that body's vote, with the thing decided (``extract.votes``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from workbench.extract.bindings import binding_of
from workbench.extract.courses import course_of
from workbench.extract.damages import damage_of
from workbench.extract.deadlines import due_by
from workbench.extract.departures import leaver_of, role_of
from workbench.extract.ends import ends_of
from workbench.extract.gates import Gated, words_of
from workbench.extract.harms import harm_of, nobody_of, some_harmed
from workbench.extract.recoveries import recovery_of
from workbench.extract.routes import route_of
from workbench.extract.sites import site_of
from workbench.extract.states import state_of
from workbench.extract.tallies import tally_of
from workbench.extract.verdicts import verdict_of
from workbench.extract.votes import vote_of
from workbench.extract.words import content_stems
from workbench.extract.workings import denied_working, working_of

_NEG_BOUND = re.compile(r"(?:\b(?:not|never|no)\b|n't)[^.;]{0,50}?\b(?:before|until|till|earlier than)\s+(?:the\s+)?", re.I)
# a clock time said before the bound's day ("until 7am on Wednesday", "before 22:00 on Friday"): the day is the bound
_CLOCK_FIRST = re.compile(r"^(?:about\s+|around\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midnight)\s+"
                          r"(?=on\s|\w+day\b)")
# a closure's end stated as a date: "closed until at least March", "will stay shut until May 4"
_UNTIL = re.compile(r"\buntil\s+(?:at\s+least\s+)?(?:the\s+)?", re.I)
_CLOSE = re.compile(r"\b(?:shut|shuts|closed|closes|close|suspended|suspends|halted|halts|sealed off|shut down|"
                    r"closed down|(?:stay|stays|remain|remains) in (?:place|force|effect))\b", re.I)
# ("will stay in place for at least a week": a measure -- a ban, a notice -- kept in force is a stoppage that lasts)
_SPAN = re.compile(r"\b(?:until|for|take|takes|last|lasts)\b[^.;]{0,60}?\b(?:at least|more than|no less than|"
                   r"a minimum of)\s+(?P<n>a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                   r"(?P<unit>day|week|month|year)s?\b", re.I)
_NUMBER = {"a": 1, "an": 1, "another": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# aspect verbs of an activity starting again (closed class), as stems
# ... and of a stopping measure ending ("the ban will be lifted"): what it stopped starts again
RESUME_STEMS = frozenset(content_stems("restart restarts reopen reopens resume resumes lift lifts lifted"))
# "will be lifted on May 4 at the earliest": a bound on the restart, not its day
_EARLIEST = re.compile(r"\bat the earliest\b|\bno (?:earlier|sooner) than\b", re.I)
_NOW = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had)\s+now\b|\bnow\s+(?:due|set|expected|scheduled|"
                  r"planned|plans|expects|intends|aims)\b", re.I)


def _span_end(text: str, c: re.Match[str], start: date) -> str | None:
    """The earliest end of a closure stated with a lower-bounded span after its verb ("shut ... until the inquiry
    is complete, which will take at least a month"), counted from ``start``."""
    s = _SPAN.search(text, c.end())
    if s is None:
        return None
    raw = s.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER.get(raw, 0)
    return (start + timedelta(days=n * _DAYS[s.group("unit").lower()])).isoformat() if n else None


# Speed: the word-list patterns behind a gate on the claim's words (``extract.gates``; same results)
_G_CLOSE, _G_NOW = Gated(_CLOSE), Gated(_NOW)


def outcome_of(text: str, departure: str | None, time_iso: str | None, time_text: str | None,
               published: date | None, modality: str, plans: list[str], deeds: list[str],
               negated: str | None, words: frozenset[str] | None | bool = False) -> dict | None:
    """The claim's outcome slots (module docstring), None when it states none. ``words``: the claim's letter runs
    (``extract.gates.words_of``; None: scan every pattern), computed here when not given."""
    words = words_of(text) if words is False else words
    out: dict = {}
    if departure:
        who = leaver_of(text)
        if who:
            out["leaver"] = who
        elif role := role_of(text):
            out["role"] = role  # "the head keeper resigned": the role that left (its stems), where no name is
    if time_iso and time_text and negated:
        b = _NEG_BOUND.search(text)
        rest = _CLOCK_FIRST.sub("", text[b.end():].lower()) if b else ""  # "until 7am on Wednesday": the day bounds
        if b and rest.startswith(time_text.lower().removeprefix("the ")):
            out.update(not_before=time_iso, act=negated)
    start = date.fromisoformat(time_iso) if time_iso and len(time_iso) == 10 else published
    shut = _G_CLOSE.search(text, words)
    end = _span_end(text, shut, start) if start and shut else None
    c = shut if time_iso and time_text and not negated else None
    u = _UNTIL.search(text, c.end()) if c else None
    if u and text[u.end():].lower().startswith(time_text.lower().removeprefix("the ")):
        end = time_iso  # the stated end; a restart dated before it falls inside the closure
    if end:
        out["closed_until"] = end
    # an expectation stores no plan stems: its words say what is expected ("expected the ban to be lifted on Friday")
    verbs = plans if modality == "planned" else content_stems(text) if modality == "expected" and not negated \
        else deeds
    if time_iso and len(time_iso) == 10 and any(v in RESUME_STEMS for v in verbs) and not _EARLIEST.search(text):
        out["resumes"] = time_iso
    route = route_of(text, words) if modality in ("done", "hedged", "quoted") and not negated else None
    if route:
        out["route"] = route
    due = due_by(text, published, modality, negated) if not time_iso else None  # a date stated: that is its time
    if due:
        out["due_by"] = due
    if time_iso and modality in ("planned", "expected") and _G_NOW.search(text, words):
        out["now"] = True
    if modality in ("done", "hedged", "quoted"):
        out.update(ends_of(text, words))  # where the act ended, who it went to, a place ruled out (extract.ends)
    state = state_of(text, words, bool(negated))  # a thing said to have ended or to go on (extract.states)
    if state:
        out["state"] = state
    site = site_of(text, words) if not negated else None  # where a thing is kept or moved to (extract.sites)
    if site:
        out["site"] = site
    harm = harm_of(text) if modality in ("done", "hedged", "quoted") else None
    if harm:
        out["harm"] = harm
    if modality in ("done", "hedged", "quoted") and nobody_of(text):
        out["nobody"] = True
    some = some_harmed(text) if modality in ("done", "hedged", "quoted") and not harm else None
    if some:
        out["some"] = some
    tally = tally_of(text)  # "by 84 votes to 80", "failed 82-84" (extract.tallies)
    if tally:
        out["tally"] = tally
    working = working_of(text, words) if modality in ("done", "hedged", "quoted") \
        else denied_working(text, words) if modality == "denied" else None
    if not working and modality in ("done", "hedged", "quoted"):
        working = damage_of(text)  # intact / damaged (extract.damages)
    if working:
        out["working"] = working
    verdict = verdict_of(text, words) if modality in ("done", "hedged", "quoted") else None
    if verdict:
        out["verdict"] = verdict
    recovery = recovery_of(text, words) if modality in ("done", "hedged", "quoted") else None
    if recovery:
        out["recovery"] = recovery  # a thing given up freely or taken by force (extract.recoveries)
    vote = vote_of(text, modality, words) if modality not in ("denied",) else None
    if vote:
        out["vote"] = vote  # a body's decision taken, or waiting for its vote (extract.votes)
    course = course_of(text, words) if modality not in ("denied",) else None
    if course:
        out["course"] = course
    binding = binding_of(text, words) if modality in ("done", "hedged", "quoted") else None
    if binding:
        out["binding"] = binding
    return out or None
