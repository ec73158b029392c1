"""One count told by two sources in other nouns and other verbs: the event's evidence that they count one class.

Why: outlets count one happening in their own words and their own predicate ("About 6,000 bags missed their
flights" / "More than 11,000 suitcases were left behind"), so neither the shared noun ``counted_nouns`` bridges
inside one fact nor the shared predicate ``sole_counts`` pairs across the event reaches the pair, and the two rival
figures were never compared. Two counts are taken as one measure here when

* each is from another report and another *named* source (neither rejecting a figure: ``rebuttals``' own), both asserted, at one time or none stated (as
  ``sole_counts``), and neither is a value per unit ("each", "per": ``Frame.measures[*]["per"]``) nor a part
  ("of them", "including": ``["part"]``);
* the two counted nouns are one class under the bundled MiniLM (``NOUN_SIMILARITY``, the guards of
  ``counted_nouns``: nouns that sort people, nouns one claim of the event counts apart, a claim naming both);
* the two predicates, each claim's act phrase with its figure taken out, are one act or state under MiniLM
  (``ACT_SIMILARITY``);
* each report states one value of a count of that class at that time: a report that counts both nouns, or one of
  them twice, with other values keeps them apart (a part and the whole, two groups);
* nothing stored keeps them apart (``sole_counts``' roles, agents, groups, places, and a place against a wider
  scope: "in <town>" / "across the province");
* the count of a kind is not smaller than a count in a noun that names any person or animal ("40 animals" / "three
  elephants": the kind may be a part of the whole, ``count_groups.GENERAL_NOUNS``).

Thresholds chosen on dev D1-D68 as a whole (docs/evaluation.md lists the pairs and scores chosen from).
"""

from __future__ import annotations

from workbench.analyze.act_identity import phrase_similarity
from workbench.analyze.count_groups import GENERAL_NOUNS
from workbench.analyze.counted_nouns import NOUN_SIMILARITY, apart_nouns
from workbench.analyze.figure_slots import measure_of
from workbench.analyze.sole_counts import CountEntry, count_entry, kept_apart
from workbench.extract.figure_states import PER_UNIT
from workbench.extract.words import content_stems, same_stem, stem
from workbench.models import Frame, Quantity

ACT_SIMILARITY = 0.45


def _noun(q: Quantity) -> str:
    return stem(str(q.unit).split()[-1])


def _predicate(frame: Frame, q: Quantity, text: str) -> str:
    """The claim's act phrase with the figure (and its noun) taken out: what is said of the counted things. A stored
    phrase that does not hold the figure stopped before it ("The capital, <name>, now has 1.9 million residents":
    the phrase ends at the apposition); the claim's words up to the figure are then its predicate."""
    act = frame.act_text or text
    if q.text not in act and q.text in text[q.start: q.end + 1]:
        act = text[: q.end]
    return " ".join(act.replace(q.text, " ").split()) or act


def noun_closeness(qa: Quantity, ta: str, qb: Quantity, tb: str) -> float | None:
    """The MiniLM cosine of two *other* counted nouns nothing shows to be two groups; None else. One noun is left
    to ``sole_counts``, which asks for one predicate: one noun in two verbs is often a part and its whole
    ("64 people were left hanging" / "eight people were trapped in the top cabin")."""
    na, nb = _noun(qa), _noun(qb)
    if same_stem(na, nb) or apart_nouns(na, nb) or nb in content_stems(ta) or na in content_stems(tb):
        return None
    return phrase_similarity(str(qa.unit).casefold(), str(qb.unit).casefold())


def kin_scores(fa: Frame, fb: Frame, qa: Quantity, ta: str, qb: Quantity, tb: str) -> tuple[float, float] | None:
    """(noun closeness, predicate closeness) of two counts that could be one measure, None where structure already
    says they are not (no named source, a per-unit figure or a part, another time, a stored difference)."""
    if not fa.speaker or not fb.speaker or any((f.rebuts or {}).get("figure") for f in (fa, fb)):
        return None  # no named source; or a claim that sets its count against another's ("rather than the 7,400")
    ea, eb = count_entry(qa, fa), count_entry(qb, fb)
    if ea is None or eb is None:
        return None
    ma, mb = measure_of(fa, qa) or {}, measure_of(fb, qb) or {}
    if PER_UNIT in (ma.get("per"), mb.get("per")) or ma.get("part") == "part" or mb.get("part") == "part":
        return None
    if (ea.time and eb.time and ea.time != eb.time) or (fa.clock and fb.clock and fa.clock != fb.clock):
        return None
    if kept_apart(fa, fb, qa, qb):
        return None
    noun = noun_closeness(qa, ta, qb, tb)
    act = phrase_similarity(_predicate(fa, qa, ta), _predicate(fb, qb, tb))
    return None if noun is None or act is None else (noun, act)


def _one_value(entries: list[CountEntry], mine: CountEntry, nouns: tuple[str, str]) -> bool:
    """The report counts the class (either noun) with one value only at that time. A count stated with a predicate
    other than this count's ("100,000 people were missed" beside "the town counted 2 million people") counts
    another group of the class, not a second value of this one."""
    return all(e.value == mine.value or (e.time and mine.time and e.time != mine.time) or not e.noun
               or (e.predicate and not same_stem(e.predicate, str(mine.predicate)))
               or not any(same_stem(e.noun, n) for n in nouns) for e in entries)


def _part_of_general(whole: Quantity, kind: Quantity) -> bool:
    """``whole`` counts a noun that names any person or animal and ``kind`` a specific noun, at most half as many: a
    part ("three elephants" of "40 animals"). A kind within a factor of two of the general count is read as a rival
    estimate of one count ("42,000 residents" / "47,500 people" of one town): a part that large is rarely told as
    a count of its own, and the two rules that met here (a narrower trap, a rival count) need the line somewhere."""
    general = str(whole.unit).split()[-1].casefold() in GENERAL_NOUNS
    specific = str(kind.unit).split()[-1].casefold() not in GENERAL_NOUNS
    return general and specific and float(kind.value or 0.0) <= 0.5 * float(whole.value or 0.0)


def kin_count(fa: Frame, fb: Frame, qa: Quantity, ta: str, qb: Quantity, tb: str,
              reports: tuple[list[CountEntry], list[CountEntry]]) -> str | None:
    """Why two counts in other nouns and verbs (of two reports and sources, checked by the caller) state one
    measure (module docstring), else None."""
    scores = kin_scores(fa, fb, qa, ta, qb, tb)
    if scores is None or scores[0] < NOUN_SIMILARITY or scores[1] < ACT_SIMILARITY:
        return None
    if _part_of_general(qa, qb) or _part_of_general(qb, qa):
        return None
    ea, eb = count_entry(qa, fa), count_entry(qb, fb)
    nouns = (_noun(qa), _noun(qb))
    if ea is None or eb is None or not _one_value(reports[0], ea, nouns) or not _one_value(reports[1], eb, nouns):
        return None
    return f"each report states one count of one class ({qa.unit} / {qb.unit}: {scores[0]:.2f}) " \
           f"in one act ({scores[1]:.2f})"
