"""What two claims of one event share and where their stored slots differ, as named numbers a learned scorer weighs
(``benchmarks.pair_scorer_study``: a study, not part of the product).

Why: on events nobody here wrote, most missed disagreements are pairs every rule leaves "related": two
sources give one measure in other nouns ("180,000 households" / "310,000 customers"), a time in other
words ("6.10am" / "about half past five"), a cause or a place in other verbs. Each wording rule widens
the comparison for a few sentence shapes; a weighing of the compared slots learns which combinations mark
a disagreement. Every feature is read from the stored frame, quantities and speaker (computed once in
extract) and is named, so the reason a relation carries can say which slots weighed
(had a scorer shipped). Features are scale-free (no event's vocabulary, no absolute figure).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.extract.words import content_stems
from workbench.models import Frame, Quantity

NUMERIC = ("count", "percent", "money", "ratio")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_WORD = re.compile(r"[a-z]+")
# the relation the rules gave the pair (None: no verdict), as one-hot features: a learned weighing only
# adds where the rules had no say, and it learns how often each of their verdicts hides a disagreement
RULE_KINDS = ("none", "related", "different_measure", "agree", "update", "narrower", "broader")


@dataclass(frozen=True)
class PairSide:
    """One claim as the scorer reads it (the fields of ``store.analysis.ClaimRow`` it needs)."""

    text: str
    speaker: str | None
    quantities: Sequence[Quantity]
    frame: Frame | None


def _minutes(clock: str | None) -> int | None:
    m = _CLOCK.search(clock or "")
    return int(m.group(1)) % 24 * 60 + int(m.group(2)) if m else None


def _words(text: str | None) -> set[str]:
    return {w for w in _WORD.findall((text or "").lower()) if len(w) > 2}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _numbers(side: PairSide) -> list[Quantity]:
    return [q for q in side.quantities if q.kind in NUMERIC and q.value is not None and q.value > 0]


def _unit(q: Quantity) -> str:
    return (q.unit or "").lower().rstrip("s")


def figure_compare(a: PairSide, b: PairSide) -> tuple[float, float, float, str]:
    """(same kind, equal figure, smallest log-ratio apart (capped at 3), the two figures' text) over the
    pairs of figures of one kind; same-unit pairs are preferred to other-unit ones."""
    best: tuple[int, float, str] | None = None
    equal = 0.0
    for x in _numbers(a):
        for y in _numbers(b):
            if x.kind != y.kind:
                continue
            gap = abs(math.log(x.value / y.value))
            if gap <= (0.06 if (x.approx or y.approx or x.bound or y.bound) else 0.005):
                equal = 1.0
            rank = (0 if _unit(x) and _unit(x) == _unit(y) else 1, gap)
            if best is None or rank < best[:2]:
                best = (*rank, f"{x.text} vs {y.text}")
    if best is None:
        return 0.0, 0.0, 0.0, ""
    return 1.0, equal, min(best[1], 3.0), best[2]


def _dates(side: PairSide) -> set[str]:
    return {q.iso for q in side.quantities if q.kind == "date" and q.iso}


def _speaker_words(side: PairSide) -> set[str]:
    return _words(side.speaker) - {"the", "said", "and", "its", "his", "her"}


def _cause_stems(f: Frame | None) -> set[str]:
    out: set[str] = set()
    if f is None:
        return out
    for slot in (f.blame or {}, f.act or {}):
        for key in ("cause", "agent", "means", "how"):
            part = slot.get(key) if isinstance(slot, dict) else None
            if isinstance(part, dict):
                out.update(part.get("stems") or [])
    return out


def _polar(f: Frame | None) -> bool:
    return bool(f and (f.polarity or {}).get("denial") or f and (f.polarity or {}).get("neg") or f and f.denier)


def features(a: PairSide, b: PairSide, similarity: float, same_fact: bool, rule: str | None) -> dict[str, float]:
    """Named features of one pair (all in [0, 3]); ``rule`` is the rules' verdict (None: none)."""
    fa, fb = a.frame or Frame(), b.frame or Frame()
    kind, equal, gap, _ = figure_compare(a, b)
    ca, cb = _minutes(fa.clock), _minutes(fb.clock)
    clock_gap = min(abs(ca - cb), 1440 - abs(ca - cb)) if ca is not None and cb is not None else None
    ta = fa.time if not fa.time_said else None
    tb = fb.time if not fb.time_said else None
    da, db = _dates(a), _dates(b)
    sa, sb = _speaker_words(a), _speaker_words(b)
    causes_a, causes_b = _cause_stems(fa), _cause_stems(fb)
    stems_a, stems_b = set(content_stems(a.text)), set(content_stems(b.text))
    out = {
        "similarity": similarity,
        "same_fact": float(same_fact),
        "content_overlap": _jaccard(stems_a, stems_b),
        "act_overlap": _jaccard(_words(fa.act_text), _words(fb.act_text)),
        "deed_overlap": _jaccard(set(fa.deeds), set(fb.deeds)),
        "subject_overlap": _jaccard(set(fa.act_subject), set(fb.act_subject)),
        "figures_same_kind": kind,
        "figures_equal": equal,
        "figures_apart": gap if kind and not equal else 0.0,
        "clocks_apart": float(clock_gap is not None and clock_gap > 20),
        "clocks_equal": float(clock_gap is not None and clock_gap <= 20),
        "days_apart": float(bool(ta and tb and ta[:10] != tb[:10])),
        "days_equal": float(bool(ta and tb and ta[:10] == tb[:10])),
        "dates_apart": float(bool(da and db and not da & db)),
        "places_apart": float(bool(fa.place and fb.place and not _words(fa.place) & _words(fb.place))),
        "causes_apart": float(bool(causes_a and causes_b and not causes_a & causes_b)),
        "departures_apart": float(bool(fa.departure and fb.departure and fa.departure != fb.departure)),
        "modality_apart": float(fa.modality != fb.modality),
        "one_negated": float(_polar(fa) != _polar(fb)),
        "both_negated": float(_polar(fa) and _polar(fb)),
        "sources_apart": float(bool(sa and sb and not sa & sb)),
        "one_unsourced": float(bool(sa) != bool(sb)),
        "running": float(fa.running or fb.running),
        "published_apart": float(bool(fa.published and fb.published and fa.published != fb.published)),
        "scopes_apart": float(bool(fa.scope and fb.scope and fa.scope != fb.scope)),
    }
    for k in RULE_KINDS:
        out[f"rule_{k}"] = float((rule or "none") == k)
    return out


NAMES = tuple(features(PairSide("", None, (), None), PairSide("", None, (), None), 0.0, False, None))
