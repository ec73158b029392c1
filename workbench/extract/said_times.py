"""Whether the time a claim names is the time of a statement, not of the act the statement reports.

Why a module of its own: news dates what was said ("a report published Monday", "first reported on Monday",
"confirmed Monday night", "posted to Twitter Sunday evening", "a notice issued Thursday"); that day belongs
to the reporting verb, and two outlets that report one deed on two different days, or name the deed's
own date against the day it was reported, do not contradict each other. ``extract.frames`` stores the
answer on ``Frame.time_said`` so analysis reads a field (``analyze.slot_values``, ``analyze.time_slots``).
"""

from __future__ import annotations

import re

# reporting, publishing, confirming and posting verbs (closed class; a subset of ``extract.verbs``'s forms that
# name an act of saying or publishing, never a stance or a deed such as "attacked" or "planned")
STATEMENT_VERBS = (
    "said|says|told|tells|reported|announced|announces|confirmed|confirms|acknowledged|acknowledges|"
    "admitted|admits|stated|wrote|writes|tweeted|tweets|posted|posts|published|publishes|issued|"
    "disclosed|discloses|revealed|reveals|testified|declared|declares|added|adds|noted|"
    "explained|explains|denied|denies|claimed|insisted|insists|warned|warns|disputed|disputes|conceded|"
    "concedes|replied|responded|recalled|reiterated|emailed|texted"
)
# the verb, then at most one short prepositional phrase ("to Twitter", "in a written statement") and at most one
# preposition or part-of-period word before the time's words; no comma or clause between them
_BEFORE = re.compile(
    rf"\b(?:{STATEMENT_VERBS})(?:\s+(?:to|in|on|via|through|with|at|during)(?:\s+[\w'’.-]+){{1,4}}?)?"
    r"\s+(?:(?:on|in|at|late|early|last|this)\s+)?$",
    re.IGNORECASE,
)
# a verb of publishing or announcing that is itself still to come ("will be published in September", "is to be
# announced on Friday"): the time dates that act, not a statement made about it
_AHEAD = re.compile(r"\b(?:will|would|shall|to|must|may|might|could|should)(?:\s+(?:not|also|only|now|then|soon|finally))?"
                    r"\s+(?:be\s+|have\s+been\s+)?$", re.IGNORECASE)
# the time's words, then the verb: "Officials on Tuesday said", "The ministry Monday confirmed"
_AFTER = re.compile(rf"\s+(?:{STATEMENT_VERBS})\b", re.IGNORECASE)  # matched at the time's end (no "^": it anchors to the string)
# the time's words before a noun of saying that they date: "an Oct. 14, 2016, interview", "his Tuesday speech"
_NOUN_AFTER = re.compile(r",?\s+(?:interview|statement|speech|remarks|testimony|press conference|news conference|"
                         r"briefing|letter|tweet|post|op-ed|column)s?\b", re.IGNORECASE)


def statement_time(text: str, time_text: str | None) -> bool:
    """The claim's chosen time (``time_text``, as ``extract.reftime.resolve_time`` found it) is governed by a
    verb of saying or publishing, so it dates the statement, not the deed the statement reports."""
    if not time_text:
        return False
    words = re.sub(r"^(?:on|in|at|as of|by|last|this)\s+", "", time_text, flags=re.IGNORECASE)
    start = text.find(time_text)
    while start >= 0:
        lead = text[: start + len(time_text) - len(words)]
        end = start + len(time_text)
        said = _BEFORE.search(lead)
        if (said and not _AHEAD.search(lead, 0, said.start())) or _AFTER.match(text, end) or _NOUN_AFTER.match(text, end):
            return True
        start = text.find(time_text, start + 1)
    return False
