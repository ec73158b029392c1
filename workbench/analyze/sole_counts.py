"""One count of one predicate in each of two reports: the event's evidence that two sources count one thing.

Why: outlets count one happening in their own nouns ("412 homes had been flooded" / "fewer than 150 properties were
flooded"), so neither a shared counted noun nor a shared measure key pairs them, and the pair was left as
"different measures". What the reports show instead is the *predicate* each count is stated with (the act done to
the counted thing or the state it is in, stored by ``extract.count_groups``) and how many values of that predicate
each report gives. Two counts are taken as one measure when

* each is from another report and another *named* source (a count the outlet states itself is no second source),
  both asserted, at one time or none stated (a date that only dates the statement, "said on Tuesday", is no time
  of the count), in one scope and place where both state one;
* both are stated with one predicate ("were flooded" / "had been flooded"), or in one state worded alike on both
  sides ("were on duty" / "had been on duty"); a tally verb ("counted", "put") names no predicate, and a state
  names one only where the other count is in that same state;
* each report states a single value of that predicate at that time: a report with two ("412 homes were flooded
  ... 60 of them in one street") shows the predicate holds more than one measure there (a part and the whole),
  and nothing is concluded;
* nothing stored keeps them apart: two roles (killed / injured), two group words that the event's reports keep
  for two figures (``count_groups.groups_apart``), two agents of the deed.

Closed-class structure only: no noun list says which nouns name one kind of object. The report counts are set
once per event by ``sole_figures.event_figures``; outside that block nothing is known. Tried and left out on dev
D1-D60: pairing by act phrases close under MiniLM (two counts of one noun in one story score 0.6-0.9 whatever
the predicate: "whales came ashore" / "refloated 23 whales"), and group words read from an object slot
("the bridge's four spans" / "two arches").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from workbench.analyze.count_groups import groups_apart
from workbench.analyze.figure_slots import measure_of
from workbench.analyze.unit_sizes import spans_time, unit_dimension
from workbench.extract.words import same_stem, stem
from workbench.models import Frame, Quantity

# verbs that only tally the thing ("counted 71 whales", "put the number at"): they name no predicate of it
_TALLY = frozenset({"count", "counted", "counts", "numbered", "totalled", "totaled", "put", "puts", "estimated",
                    "recorded", "reported", "tallied"})
# roles of a harm done to the counted (``extract.figures``): those it befell are a group among those present
_HARMS = frozenset({"killed", "injured", "ill", "missing"})
# scopes wider than one named place (``extract.frames.scope_of``): a town's count is a part of the province's
_WIDE = frozenset({"world", "continent", "country", "region", "all-sites"})


@dataclass(frozen=True)
class CountEntry:
    """One count stated in a report: the claim's time (None when not said), value, and the predicate it is
    stated with (``count_groups``' group word, None where none or only a tally verb is stored)."""

    time: str | None
    value: float
    predicate: str | None
    noun: str | None = None  # the counted noun's stem ("pupils" -> pupil), for ``kin_counts``
    state: str | None = None  # the state the things are in, as stored ("on duty"), where no predicate is read


def counted(q: Quantity, frame: Frame | None) -> bool:
    """A count of things or people (a counted noun, no unit of measure, no span of time), not part of the speaker."""
    if q.kind != "count" or q.value is None or not q.unit or spans_time(q) or unit_dimension(q.unit) != "count":
        return False
    speaker = (frame.speaker or "") if frame is not None else ""
    return q.text.casefold() not in speaker.casefold()


def count_time(frame: Frame | None) -> str | None:
    """When the count holds: the claim's time unless that time only dates the statement."""
    return None if frame is None or frame.time_said else frame.time


def predicate_of(frame: Frame | None, q: Quantity) -> str | None:
    """The stored act or state the count is of ("predicate:flooded", "standing:flooded" -> flooded); a place or
    time the figure stands in ("state:in ...") or a tally verb names none."""
    group = str((measure_of(frame, q) or {}).get("group") or "")
    kind, _, word = group.partition(":")
    if kind not in ("predicate", "standing") or not word.isalpha() or word.casefold() in _TALLY:
        return None
    return word.casefold()


def tallied(frame: Frame | None, q: Quantity) -> bool:
    """The count is stated with a tally verb only ("firefighters counted 78 cars"): it names no act or state of the
    things, so it counts the class the story is about as a whole."""
    group = str((measure_of(frame, q) or {}).get("group") or "")
    return group.partition(":")[2].casefold() in _TALLY


def counted_as(q: Quantity, frame: Frame | None) -> Quantity:
    """The count with its counted noun: a bare figure a "number of X" phrase names ("put the number of injured
    riders at nine", stored as the measure's ``count_of``) counts X as much as "nine riders" does; else ``q``."""
    noun = None if q.unit else (measure_of(frame, q) or {}).get("count_of")
    return replace(q, unit=str(noun)) if noun and q.kind == "count" else q


def count_entry(q: Quantity, frame: Frame | None) -> CountEntry | None:
    """The report's record of one count, None for a figure that is no count of things."""
    q = counted_as(q, frame)
    if not counted(q, frame):
        return None
    return CountEntry(count_time(frame), float(q.value or 0.0), predicate_of(frame, q), stem(str(q.unit).split()[-1]),
                      state_of(frame, q))


def state_of(frame: Frame | None, q: Quantity) -> str | None:
    """The stored state the counted things are in ("state:on duty" -> "on duty"), None for any other group and for a
    named place ("in Tarrow": where they are, no state of theirs; the module docstring's place guard)."""
    kind, _, words = str((measure_of(frame, q) or {}).get("group") or "").partition(":")
    plain = all(w.isalpha() and w.islower() for w in words.split())
    return words if kind == "state" and words and plain else None


def _sole(entries: list[CountEntry], mine: CountEntry) -> bool:
    """The report gives no other value of the predicate (or of the state, for a count in a state) at that time: one
    count of what the predicate happens to."""
    if not mine.predicate:
        return all(e.value == mine.value or (e.time and mine.time and e.time != mine.time) or e.state != mine.state
                   for e in entries)
    return all(e.value == mine.value or (e.time and mine.time and e.time != mine.time)
               or not e.predicate or not same_stem(e.predicate, str(mine.predicate)) for e in entries)


def kept_apart(fa: Frame, fb: Frame, qa: Quantity, qb: Quantity) -> bool:
    """Stored slots that make the counts two measures: two roles, two groups, two scopes or places (or a place
    against a wider scope), two agents."""
    ma, mb = measure_of(fa, qa) or {}, measure_of(fb, qb) or {}
    if ma.get("role") and mb.get("role") and ma["role"] != mb["role"]:
        return True
    if _harmed_vs_present(ma, mb) or _harmed_vs_present(mb, ma):
        return True
    if ma.get("agent") and mb.get("agent") and not same_stem(str(ma["agent"][-1]), str(mb["agent"][-1])):
        return True
    if groups_apart(fa, fb) is not None or places_apart(ma, mb):
        return True
    wide = [f.scope in _WIDE for f in (fa, fb)]
    if wide[0] != wide[1] and any(f.place or m.get("where") for f, m, w in zip((fa, fb), (ma, mb), wide, strict=True) if not w):
        return True  # "in <town>" against "across the province": a place inside a wider scope
    return bool((fa.scope and fb.scope and fa.scope != fb.scope) or (fa.place and fb.place and fa.place != fb.place))


def _harmed_vs_present(ma: dict, mb: dict) -> bool:
    """A count of those a harm befell ("87 people have fallen ill") against a count of those who were somewhere, with
    no act of its own ("there were 150 guests at the wedding", stored as a state of place): the harmed are some of
    those present, not a second value of their number."""
    return ma.get("role") in _HARMS and not mb.get("role") and str(mb.get("group") or "").startswith("state:")


def places_apart(ma: dict, mb: dict) -> bool:
    """Both counts name the place their things are in (``Frame.measures[*]["where"]``) and the names share no word."""
    wa, wb = (set(str(m.get("where") or "").casefold().split()) for m in (ma, mb))
    return bool(wa and wb and not wa & wb)


def sole_count(fa: Frame, fb: Frame, qa: Quantity, qb: Quantity,
               reports: tuple[list[CountEntry], list[CountEntry]]) -> str | None:
    """Why the two counts (of two reports and sources, already checked by the caller) state one measure, else None."""
    if not fa.speaker or not fb.speaker:  # a count the outlet states itself names no second source
        return None
    qa, qb = counted_as(qa, fa), counted_as(qb, fb)
    ea, eb = count_entry(qa, fa), count_entry(qb, fb)
    if ea is None or eb is None:
        return None
    one_state = not ea.predicate and not eb.predicate and ea.state is not None and ea.state == eb.state
    if not one_state and (not ea.predicate or not eb.predicate or not same_stem(ea.predicate, eb.predicate)):
        return None  # "were on duty" / "had been on duty": one stated state is one predicate too
    if (ea.time and eb.time and ea.time != eb.time) or (fa.clock and fb.clock and fa.clock != fb.clock):
        return None
    if kept_apart(fa, fb, qa, qb) or not _sole(reports[0], ea) or not _sole(reports[1], eb):
        return None
    return f"each report states one count that was {ea.predicate or ea.state}"
