"""The event's principal count told by two sources in other nouns and other verbs: each report's largest count of one
class.

Why: two sources count the people a happening touched in their own noun and their own predicate ("86 passengers
were on the line when it stopped" / "A total of 112 people were stuck in the cabins"; "The closure affects 1,140
pupils" / "Some 1,400 children are missing lessons"), and the two predicates sit far apart under MiniLM (0.16-0.28
on dev), so ``kin_counts``, which asks for one act, never compares them; nor does it where a report gives smaller
counts of the class too (the people brought down so far, the people in one cabin), which it reads as two groups.
What the reports show instead is which count is each one's *principal* count: the largest value of that class it
states at that time. A part (one cabin, those treated, those freed by six o'clock) is smaller than its whole, so
the largest count is the whole a report gives, and two reports' wholes of one class are one measure. Two counts
are taken as one here when

* each is from another report and another named source, asserted, at one time or none stated, neither a value per
  unit nor a part, nothing stored keeps them apart (``kin_counts.kin_scores``: two roles, "killed" / "injured";
  agents, groups, places, a place against a wider scope), and their nouns are one class under MiniLM
  (``counted_nouns.NOUN_SIMILARITY``), or one of them names any person ("people", ``count_groups.ANY_PERSON``)
  and the other is a person noun (``person_noun``): the general noun covers the specific one ("1,300 people depend
  on the inhaler" / "900 patients use it"), whatever MiniLM scores the pair (people / patients 0.40), unless the
  specific count is at most half the general one (``kin_counts.part_of_general``: "three elephants" of "40
  animals", a part);
* each is a stated figure, not a bound ("more than 2,000", "dozens of": how far a count reaches), and the claim's
  act is said of it (a predicate, state or object slot is stored: "after a breakfast with three members of his
  church" counts company, not what happened; both false conflicts on BASIL before this guard);
* both nouns count people (``person_noun``: a count of things in two states, "230 yachts were damaged" / "fewer
  than 90 boats sank", is two measures however large each is), or one count is a tally only ("firefighters
  counted 78 cars, vans and lorries in the wreckage", ``sole_counts.tallied``): a tally states no state of the
  things, so it counts the class as a whole, as the other report's largest count of it does; a role against a
  predicate ("killed" / "affected") is already a different measure in the slots (``one_measure``), before this rule
  is asked;
* each is the largest count of that class (a noun of either claim, or one as close to them) its report states at
  that time, counts of claims with a wider scope ("three schools in the county ... 2,900 pupils") left out where
  the claim itself names no wider scope: the whole of one site is not the region's;
* where one claim names the place its count stands in and the other names none, the placed count is the larger:
  a smaller count in a named place may be that place's part of the whole ("In the town itself, 64,000 people held
  accounts" / "the bank had about 210,000 customers");
* neither report states the other's value for that class: a report that gives both figures shows two measures.

Thresholds: the nouns' closeness is ``counted_nouns``'; a person noun's margin is ``kin_counts.PERSON_MARGIN``; no act
threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.count_groups import ANY_PERSON
from workbench.analyze.counted_nouns import NOUN_SIMILARITY
from workbench.analyze.figure_slots import measure_of
from workbench.analyze.kin_counts import MAX_RATIO, kin_scores, part_of_general, person_noun
from workbench.analyze.sole_counts import CountEntry, count_entry, tallied
from workbench.extract.words import same_stem, stem
from workbench.models import Frame, Quantity

# scopes wider than one named place (``extract.frames.scope_of``), as ``sole_counts``
_WIDE = frozenset({"world", "continent", "country", "region", "all-sites"})


def wide_scope(frame: Frame | None) -> bool:
    """The claim states a scope wider than one place (all sites, the region, the country)."""
    return bool(frame is not None and frame.scope in _WIDE)


# nouns that count households or groups, not persons ("24 families" rehoused is no rival of "13 people" hurt); a
# closed class of collective nouns, not a topic
_COLLECTIVE = frozenset({"family", "families", "household", "households", "couple", "couples", "group", "groups",
                         "team", "teams", "crew", "crews", "party", "parties", "unit", "units"})


@dataclass(frozen=True)
class ReportCount:
    """One count of a report as this module reads it: the entry and whether its claim states a wider scope."""

    entry: CountEntry
    wide: bool


def _covered(qa: Quantity, qb: Quantity) -> bool:
    """One counted noun names any person and the other is a person noun: the general noun covers the specific one
    (module docstring); a specific count at most half the general one is a part of it, not a rival."""
    heads = [str(q.unit).split()[-1].casefold() if q.unit else "" for q in (qa, qb)]
    general = [h in ANY_PERSON for h in heads]
    if general[0] == general[1] or not person_noun(heads[general.index(False)]):
        return False
    return not (part_of_general(qa, qb) or part_of_general(qb, qa))


def _of_class(noun: str | None, nouns: tuple[str, str]) -> bool:
    """The counted noun is one of the pair's nouns or as close to one of them as they are to each other."""
    if not noun:
        return False
    if any(same_stem(noun, n) for n in nouns):
        return True
    return any((phrase_similarity(noun, n) or 0.0) >= NOUN_SIMILARITY for n in nouns)


def _largest(report: list[ReportCount], mine: CountEntry, nouns: tuple[str, str], wide: bool) -> bool:
    """``mine`` is the largest count of the class its report states at its time (wider scopes left out unless
    the claim's own scope is wide)."""
    for c in report:
        e = c.entry
        if (e.time and mine.time and e.time != mine.time) or (c.wide and not wide):
            continue
        if e.value > mine.value and _of_class(e.noun, nouns):
            return False
    return True


def _states(report: list[ReportCount], value: float, nouns: tuple[str, str]) -> bool:
    """The report states ``value`` as a count of the class."""
    return any(c.entry.value == value and _of_class(c.entry.noun, nouns) for c in report)


def _said_of(frame: Frame, q: Quantity) -> bool:
    """The claim's act is said of the counted things: a predicate, a state or an object slot is stored for the count
    (``Frame.measures[*]["group"]``), not a count met in passing ("with three members of his church")."""
    return bool((measure_of(frame, q) or {}).get("group"))


def _part_of_place(fa: Frame, fb: Frame, qa: Quantity, qb: Quantity, va: float, vb: float) -> bool:
    """One claim names a place its count stands in (or a scope of one town or site) and the other names none, and
    the placed count is the smaller: it may be the part of the whole in that place ("In the town itself, 64,000
    people ..." / "about 210,000 customers"). The larger count named at a place is no part of a smaller whole."""
    placed = [bool(f.place or (measure_of(f, q) or {}).get("where") or (f.scope and f.scope not in _WIDE | {"group"}))
              for f, q in ((fa, qa), (fb, qb))]
    return placed[0] != placed[1] and (va < vb if placed[0] else vb < va)


def principal_count(fa: Frame, fb: Frame, qa: Quantity, ta: str, qb: Quantity, tb: str,
                    reports: tuple[list[ReportCount], list[ReportCount]], wide: tuple[bool, bool]) -> str | None:
    """Why two counts (of two reports and sources, checked by the caller) are each report's principal count of one
    class (module docstring), else None. ``wide``: whether each claim itself states a wider scope."""
    scores = kin_scores(fa, fb, qa, ta, qb, tb)
    if scores is None or (scores[0] < NOUN_SIMILARITY and not _covered(qa, qb)):
        return None
    if qa.bound or qb.bound or not _said_of(fa, qa) or not _said_of(fb, qb):
        return None  # "more than 2,000", "dozens of"; "after a breakfast with three members": no count of what happened
    ea, eb = count_entry(qa, fa), count_entry(qb, fb)
    if ea is None or eb is None or ea.value == eb.value:
        return None  # one value: nothing to tell apart, and ``counted_nouns`` bridges an agreement
    if _part_of_place(fa, fb, qa, qb, ea.value, eb.value):
        return None
    if max(ea.value, eb.value) > MAX_RATIO * min(ea.value, eb.value):
        return None  # an order of magnitude apart: two sets (staff / hurt), not two estimates of one
    units = (str(qa.unit).casefold(), str(qb.unit).casefold())
    if any(u.split()[-1] in _COLLECTIVE for u in units if u.split()):
        return None
    if not (all(person_noun(u) for u in units) or tallied(fa, qa) or tallied(fb, qb)):
        return None  # things in two states are two measures; a tally names no state (module docstring)
    nouns = (stem(str(qa.unit).split()[-1]), stem(str(qb.unit).split()[-1]))
    if not _largest(reports[0], ea, nouns, wide[0]) or not _largest(reports[1], eb, nouns, wide[1]):
        return None
    if _states(reports[0], eb.value, nouns) or _states(reports[1], ea.value, nouns):
        return None
    return f"each report's largest count of one class ({qa.unit} / {qb.unit}: {scores[0]:.2f})"
