"""Claim frames: what a claim asserts, as slots analysis can compare without re-reading words.

Why: relations built from sentence wording ("denial:", "negation:") fire on whatever two sentences share. A
fact-checker compares *slots*: what is measured (and in which role: killed vs injured, a part vs the total), its value,
the time the figure refers to, the place, whether it is asserted as done, planned, expected, denied, hedged or
quoted, its direction, and who says it through whom. The frame is computed once at extraction and stored
(``claim_frames``); ``workbench.analyze`` reads these fields and never re-parses the text.

The vocabulary here is general news structure (modal verbs, reporting verbs, direction
verbs, calendar words), not any one story's names.
"""

from __future__ import annotations

import re
from datetime import date

from workbench.extract.act_phrases import act_phrase
from workbench.extract.acts import BACKSHIFTED_PLAN, PENDING, deed_stems, planned_stems
from workbench.extract.anchors import anchor_of
from workbench.extract.assessment import assess
from workbench.extract.beginnings import began_and_subject
from workbench.extract.blames import blame_slot
from workbench.extract.causes import act_slots
from workbench.extract.daytimes import clock_of as _clock
from workbench.extract.daytimes import dated_acts
from workbench.extract.departures import departure_of
from workbench.extract.directions import directed
from workbench.extract.effective import effective_from
from workbench.extract.eras import span_of
from workbench.extract.figures import measures_of, zero_roles
from workbench.extract.gates import Gated, words_of
from workbench.extract.later_plans import without_later_plans
from workbench.extract.measure_keys import measure_keys
from workbench.extract.onsets import onset_of
from workbench.extract.outcomes import outcome_of
from workbench.extract.polarity import NUMERIC_KINDS, polarity_fields
from workbench.extract.rebuttals import rebuttal_of
from workbench.extract.records import record_of
from workbench.extract.reftime import parse_published, resolve_time
from workbench.extract.reported_deeds import reported_deeds
from workbench.extract.said_times import statement_time
from workbench.extract.summed_counts import summed
from workbench.models import Attribution, Frame, Quantity

MODALITIES = ("done", "planned", "expected", "denied", "hedged", "quoted")

# a passive of a thing ("1,100 ballots were rejected", "the appeal was dismissed") reports what was done to it,
# no denial by a source: the participle after a form of "be" is left out
_DENIED = re.compile(
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )"
    r"\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes|disputed|disputes)\b"
    r"|\b(?:is|was|are|were) (?:false|untrue|not true)\b",
    re.IGNORECASE,
)
_AFFIRM = re.compile(
    r"\bthere (?:is|was|can be) (?:no|little) (?:question|doubt)\b|\bno doubt\b|"
    r"\bundeniabl[ey]\b|\bnobody (?:denies|disputes)\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|apparently|purportedly|is (?:believed|thought|said) to|"
    r"are (?:believed|thought|said) to|was (?:believed|thought|said) to|may have|might have|"
    r"could have|unconfirmed|it is unclear|possibly|perhaps|rumou?red)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"(?<=\w)['’]ll\b|\b(?:will|shall|plans? to|planned to|planning to|intends? to|is to|are to|"
    r"is set to|are set to|scheduled|due to (?!the)|aims? to|going to|would (?:be|take)|"
    r"(?:takes?|goes|go) (?:into )?effect|comes? into force|"  # present of a rule's start: scheduled
    rf"{PENDING}|must still)\b",  # an act still pending, or readiness now ("is ready to"), not past capacity
    re.IGNORECASE,
)
# Speed: _PLANNED's two halves, the contraction (only where an apostrophe is) and the gated words.
_PLANNED_LL = re.compile(_PLANNED.pattern.split("|", 1)[0], re.IGNORECASE)
_G_PLANNED_WORDS = Gated(re.compile(_PLANNED.pattern.split("|", 1)[1], re.IGNORECASE))
# "passed ... on Friday, a bill that aims to end X": what a thing is for (a relative clause) plans no act of the claim
_PURPOSE = re.compile(r"\b(?:that|which)\s+aims?\s+to\b", re.IGNORECASE)
# "called off at 9am, hours before the gates were due to open": a clause that times the act against a scheduled
# happening plans nothing of the claim's own act (the schedule is past: "was/were due to")
_SCHEDULED = re.compile(r"\b(?:before|after|when|as|until)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were)\s+due\s+to\b",
                        re.IGNORECASE)
_EXPECTED = re.compile(
    r"\b(?:expected|forecast|projected|predicted|likely to|could rise|may rise|estimated to reach|"
    r"anticipated)\b",
    re.IGNORECASE,
)
_SCOPE = (
    ("world", re.compile(r"\b(?:worldwide|globally|global|around the world|across the world)\b", re.IGNORECASE)),
    # a continent or world region is a scope word, not a topic: the closed list of them
    ("continent", re.compile(r"\b(?:in|across|throughout) (?:Europe|Asia|Africa|North America|South America|"
                             r"Latin America|Oceania|the Middle East)\b")),
    ("country", re.compile(r"\b(?:nationwide|national(?:ly)?|country(?:wide)?|nation)\b", re.IGNORECASE)),
    # a compass part of the country ("in the north", "across the south-east") is a region (closed class)
    ("region", re.compile(r"\b(?:region(?:al|s)?|provinc(?:e|ial)|state-wide|statewide|county|district|oblast|"
                          r"(?:in|across|throughout) the (?:north|south)?-?(?:east|west)?(?<=[a-z])(?:ern)?(?!\s+of\b))\b",
                          re.I)),
    # one subdivision of a town (closed class), before "city": "in the old-town ward" is a part of the town
    ("site", re.compile(r"\b(?:in|at)\s+(?:the|one|a)\s+(?:[\w-]+\s+){0,2}?(?:ward|precinct|borough|parish|suburb)\b", re.I)),
    ("city", re.compile(r"\b(?:city|town|village|municipal\w*|downtown|(?:in|across) the capital)\b", re.IGNORECASE)),
    ("site", re.compile(r"\b(?:plant|factory|mill|depot|refinery|site|facility|mine|hospital|school|"
                       r"building)\b", re.IGNORECASE)),
)
_ALL_SITES = re.compile(
    r"\b(?:all|every|across|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of)\b(?: \S+){0,2}? ?"
    r"(?:plants|factories|mills|depots|refineries|sites|facilities|mines|hospitals|schools)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?i:in|at|near|outside|from|across|throughout) (?P<p>(?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+)?)")
_WEEKDAY_OWNER = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s$")  # "from Sunday's derailment"
_NOT_PLACES = set(
    "The A An This That Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December I It He She They We "
    # a title opens a person's name, never a place ("no confidence in Prime Minister X", "in President Y's office")
    "Prime President Minister Mayor Governor Senator Speaker Chancellor Judge Mr Mrs Ms Dr Sen Rep Gov"
    .split()
)

# The party a denial names: a capitalised word a few words before the denying verb ("Renner on Monday denied").
_DENIER = re.compile(
    r"\b(?P<who>[A-Z][\w'-]+)(?:\s+[\w'-]+){0,3}?\s+(?:denied|denies|rejected|rejects|disputed|disputes)\b"
)
_NOT_DENIERS = {"The", "A", "An", "He", "She", "They", "It", "We", "But", "I", "And", "This", "That"}
# A figure stated as the latest of a count that moves (closed class: "now", "so far", change verbs + "to").
_RUNNING = re.compile(
    r"\b(?:now|so far|to date|latest|(?:has|have|had) (?:risen|climbed|grown|reached|increased|fallen|dropped|"
    r"declined|decreased|slipped|shrunk|sunk)|(?:rose|risen|climbed|grown|increased|jumped|fell|fallen|dropped|"
    r"declined|decreased|slipped|shrank|sank) to)\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")
# _RUNNING's alternatives are whole words; the words each needs besides its first (gate below, issue 12).
_HAVE, _TO_VERBS = frozenset({"has", "have", "had"}), frozenset(
    "rose risen climbed grown increased jumped fell fallen dropped declined decreased slipped shrank sank".split())
_HAD_VERBS = frozenset("risen climbed grown reached increased fallen dropped declined decreased slipped shrunk sunk".split())


def _may_run(words: frozenset[str] | None) -> bool:
    """False only when no _RUNNING alternative has all its words among ``words`` (tested against the pattern)."""
    return words is None or "now" in words or "latest" in words or ("so" in words and "far" in words) or (
        "to" in words and ("date" in words or not _TO_VERBS.isdisjoint(words))) or (
        not _HAVE.isdisjoint(words) and not _HAD_VERBS.isdisjoint(words))


# Speed: word-list patterns behind a gate on the claim's words (workbench.extract.gates; same results).
_G_AFFIRM, _G_DENIED, _G_HEDGED, _G_EXPECTED, _G_PLACE = (Gated(p) for p in (_AFFIRM, _DENIED, _HEDGED, _EXPECTED, _PLACE))
_G_SCOPE = tuple((name, Gated(r)) for name, r in _SCOPE)
_UNSET: frozenset[str] = frozenset({"<unset>"})  # "compute the words here": callers outside claim_frame pass nothing


def _words(text: str, words: frozenset[str] | None) -> frozenset[str] | None:
    return words_of(text) if words is _UNSET else words


def modality_of(
    text: str, attribution: Attribution | None = None, words: frozenset[str] | None = _UNSET
) -> tuple[str, bool]:
    """(modality, affirmed). A reporting frame ("X said") does not make a claim hedged."""
    words = _words(text, words)
    affirmed = bool(_G_AFFIRM.search(text, words))
    if _G_DENIED.search(text, words) and not affirmed:
        return "denied", affirmed
    if _G_HEDGED.search(text, words):
        return "hedged", affirmed
    text = without_later_plans(text)  # "called off ..., hours before the gates were due to open": done
    if _G_EXPECTED.search(text, words):
        return "expected", affirmed
    if words is None or "aims" in words or "aim" in words:
        text = _PURPOSE.sub(" ", text)  # a purpose clause plans nothing (the other cues are read as before)
    if words is None or "due" in words:
        text = _SCHEDULED.sub(" ", text)  # nor does a clause timing the act before a scheduled happening
    if (("'" in text or "’" in text) and _PLANNED_LL.search(text)) or _G_PLANNED_WORDS.search(text, words) \
            or ((words is None or "would" in words) and BACKSHIFTED_PLAN.search(text)):  # its "would" is a whole word
        return "planned", affirmed  # as _PLANNED.search(text), one half at a time; "would" after a reporting verb
    if _QUOTE.search(text) and attribution is not None and attribution.speaker_kind != "none":
        return "quoted", affirmed
    return "done", affirmed


def denier_of(text: str, modality: str, speaker: str | None) -> str | None:
    """Who denies, for a denial: the named party before the verb, else the speaker (last word of the name).

    Stored so that analysis can tell a denial by a party inside the story (the other claim
    reports what that party did) from a disagreement between outlets without re-reading the words.
    """
    if modality != "denied":
        return None
    m = _DENIER.search(text)
    if m and m.group("who") not in _NOT_DENIERS:
        return m.group("who")
    return speaker.split()[-1] if speaker else None


# A fronted restriction names the group a figure is about: "For businesses, ...", "Among women under 30, ..."
_GROUP = re.compile(r"^(?:For|Among) [^,.;:\d]{2,40},")


_SITE_PLURALS = ("plants", "factories", "mills", "depots", "refineries", "sites", "facilities", "mines", "hospitals",
                 "schools")  # _ALL_SITES cannot match without one of them in the lower-cased text


def scope_of(text: str, words: frozenset[str] | None = _UNSET) -> str | None:
    if _GROUP.match(text):
        return "group"
    words = _words(text, words)
    low = text.lower() if words is not None else None  # None: a character folds onto an ASCII letter, scan
    if (low is None or any(p in low for p in _SITE_PLURALS)) and _ALL_SITES.search(text):
        return "all-sites"
    for name, g in _G_SCOPE:
        if g.may_match(words) and any(not _opens_name(text, m) for m in g.pattern.finditer(text)):
            return name
    return None


_NAME_NEXT = re.compile(r"\s+[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def _opens_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised scope word with a capitalised word after it opens or sits inside a name ("the National
    Space Office", "City Hall"): it names an organisation or a building, not the scope of the claim. Not in a
    headline written in title case (no lower-case word of four letters), where every word is capitalised."""
    return (m.group(0)[:1].isupper() and m.start() > 0 and bool(_NAME_NEXT.match(text, m.end()))
            and _LOWER_WORD.search(text) is not None)


def place_of(text: str, words: frozenset[str] | None = _UNSET) -> str | None:
    if not _G_PLACE.may_match(_words(text, words)):
        return None
    for m in _PLACE.finditer(text):
        if m.group("p").split()[0] not in _NOT_PLACES and not _WEEKDAY_OWNER.match(m.group("p").split()[0]):
            return m.group("p")
    return None


def claim_frame(text: str, quantities: list[Quantity], attribution: Attribution | None = None,
                published: str | None = None, words: frozenset[str] | None = _UNSET) -> Frame:
    """The frame of one claim; ``published`` (ISO) resolves "on Wednesday", "last month"; ``words``: see _words."""
    pub = parse_published(published)
    words = _words(text, words)  # once for every gated pattern below
    modality, affirmed = modality_of(text, attribution, words)
    direction, moved = directed(text, words)
    time_iso, time_text = resolve_time(text, quantities, pub, future=modality in ("planned", "expected"))
    if time_text and modality in ("planned", "expected") and statement_time(text, time_text):
        # "will stay shut, the office said on Thursday": the day of a statement is behind the report, never ahead
        time_iso, time_text = resolve_time(text, quantities, pub, future=False)
    quote = _QUOTE.search(text)
    a = attribution or Attribution()
    judged = assess(text, words)
    deeds = deed_stems(text) if modality == "done" else []  # no deed stated: no act to find the subject of
    start, subject = began_and_subject(text, quantities, time_iso, pub, words, modality, deeds)
    plans, departure = planned_stems(text) if modality == "planned" else [], departure_of(text, words)
    polar = polarity_fields(text, [(q.start, q.end) for q in quantities if q.kind in NUMERIC_KINDS])
    clock, act_text = _clock(text, words), act_phrase(text, time_text)
    return Frame(
        measures=summed(text, quantities, measures_of(text, quantities, speaker=a.speaker)),
        time=time_iso,
        time_text=time_text,
        time_said=statement_time(text, time_text),
        clock=clock,
        days=dated_acts(text, quantities, pub, future=modality in ("planned", "expected")),
        place=place_of(text, words),
        scope=scope_of(text, words),
        modality=modality,
        affirmed=affirmed,
        direction=direction,
        moved=moved,
        speaker=a.speaker,
        speaker_kind=a.speaker_kind or "none",
        via=a.via,
        quote=" ".join(quote.group(1).split()) if quote else None,
        keys=measure_keys(text, quantities) + (["assessment:importance"] if judged else []),
        assessment={"sign": judged.sign, "phrase": judged.phrase} if judged else None,
        denier=denier_of(text, modality, a.speaker),
        zero=zero_roles(text),
        departure=departure,
        published=pub.isoformat() if pub else None,
        running=_may_run(words) and _RUNNING.search(text) is not None,
        plans=plans, deeds=deeds, reported_deeds=reported_deeds(text, deeds, a.cue), act_subject=subject, began=start, span=span_of(text, time_iso),
        act=act_slots(text), act_text=act_text, polarity=polar,
        onset=onset_of(text, act_text, modality, polar, bool(clock or time_iso)),
        anchor=anchor_of(text, act_text, polar, lambda t: modality_of(t, a)[0]),
        outcome=_with_effective(outcome_of(text, departure, time_iso, time_text, pub, modality, plans, deeds,
                                           polar.get("negated"), words), text, quantities, pub, modality),
        rebuts=rebuttal_of(text, polar, a.speaker),
        record=record_of(text),
        blame=blame_slot(text, words, modality),
    )


def _with_effective(outcome: dict | None, text: str, quantities: list, pub: date | None, modality: str) -> dict | None:
    """The outcome slots with the date the claim's measure applies from (``extract.effective``), where stated."""
    got = effective_from(text, quantities, pub, modality, bool((outcome or {}).get("now")))
    return {**(outcome or {}), "effective": got} if got else outcome
