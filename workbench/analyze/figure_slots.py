"""Whether two close money or percent figures may be called one figure: what each is of and for, its modifiers, an open bound.

Why: the values of one story's sums and shares overlap by chance ("nearly $15 million" to charity, "$13.6 million" in
state taxes; "over 10 percent" of income given away, a tax rate of 31 percent), and a currency or a percent sign does
not say what is measured, so an overlap alone is weak evidence. The slots stored at extraction
(``extract.figure_purposes``: ``what``, ``for``, ``mods``) decide: two figures whose stated things or purposes share
no word, or whose measure modifiers make two measures (adjusted gross vs plain income, a net worth vs a payment, a
median vs an average) are not one figure; an open bound ("more than", "over") agrees only with a figure of the thing it
bounds, or one next to its rounded value, and the reason says it is a bound.
Reads stored fields only, never the wording.
"""

from __future__ import annotations

import math

from workbench.analyze.figure_sorts import complement, sort_apart
from workbench.extract.figure_purposes import CHANGING
from workbench.extract.words import STOPWORDS, content_stems
from workbench.models import Frame, Quantity

_STATISTIC = {"total": "total", "average": "average", "mean": "average", "median": "median", "marginal": "marginal"}
_SIGNS = ("money", "percent")  # units that do not say what is measured


def _words(m: dict, *slots: str) -> set[str]:
    return {_norm(w) for s in slots for w in m.get(s) or ()} - STOPWORDS


def _alike(a: str, b: str) -> bool:
    """One word in two forms ("tax" / "taxes", "charity" / "charitable"): a shared start long enough to be a word."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))) \
        or (min(len(a), len(b)) >= 5 and a[:5] == b[:5])


def _heads(m: dict, *slots: str) -> set[str]:
    """The last word of each stated phrase: its head noun ("general border security" -> security)."""
    return {_norm(m[s][-1]) for s in slots if m.get(s)}


def _norm(w: str) -> str:
    return w.lower().removesuffix("'s").removesuffix("’s")


def _share(ma: dict, mb: dict, *slots: str) -> bool:
    """One phrase's head is a word of the other's ("state taxes" / "state and local taxes", "charity" / "charitable
    contributions"); a shared modifier alone ("border security" / "border wall") is not one thing."""
    wa, wb = _words(ma, *slots), _words(mb, *slots)
    return any(_alike(h, w) for h in _heads(ma, *slots) for w in wb) or \
        any(_alike(h, w) for h in _heads(mb, *slots) for w in wa)


def _describe(m: dict) -> str:
    words = [*(m.get("mods") or ()), *(m.get("what") or ())]
    purpose = " ".join(m.get("for") or ())
    return " ".join(words + ([f"for {purpose}"] if purpose else [])) or m.get("role") or "unstated"


def holders_differ(ha: str | None, hb: str | None) -> bool:
    """Two holders are known to differ only when both are names (or both descriptions such as "the couple")
    sharing no word: a name and a description may be one party ("Lo" / "the couple"). Read by the frame slots
    (``figure_acts``); not by the wording rules' pairs: an act's subject ("the White House plans", "Trump would
    have") is too loose a holder to refuse an agreement on (EQUATE dev lost two right ones that way)."""
    if not ha or not hb or ha.startswith("the ") != hb.startswith("the "):
        return False
    return not set(content_stems(ha)) & set(content_stems(hb))


def slots_apart(ma: dict, mb: dict) -> str | None:
    """Why two figures are two measures on their stored slots, naming them; None when nothing stated on both differs.

    A measure-changing modifier (net, adjusted, real ...) counts even when stated on one side only: the plain noun
    ("income", "worth") is then the other measure. A statistic (total, average, median) only when both state one."""
    ca, cb = (set(m.get("mods") or ()) & CHANGING for m in (ma, mb))
    if ca != cb:
        return f"different measure: {_describe(ma)} vs {_describe(mb)} (modifier)"
    sa, sb = ({_STATISTIC[w] for w in m.get("mods") or () if w in _STATISTIC} for m in (ma, mb))
    if sa and sb and not sa & sb:
        return f"different measure: {_describe(ma)} vs {_describe(mb)} (statistic)"
    if ma.get("for") and mb.get("for") and not _share(ma, mb, "for"):
        return f"different purpose or recipient: {_describe(ma)} vs {_describe(mb)}"
    if (ma.get("what") or ma.get("for")) and (mb.get("what") or mb.get("for")) and not _share(ma, mb, "what", "for"):
        return f"different things: {_describe(ma)} vs {_describe(mb)}"
    return None


def _bound(q: Quantity) -> bool:
    return q.bound in ("lower", "upper")


def _matched(ma: dict, mb: dict) -> bool:
    """Both figures say what they measure, alike: a stated thing or purpose shared, or (neither states one) one role."""
    ta, tb = _words(ma, "what", "for"), _words(mb, "what", "for")
    if ta or tb:
        return bool(ta and tb and _share(ma, mb, "what", "for"))
    return bool(ma.get("role")) and ma.get("role") == mb.get("role")


def _step(v: float) -> float:
    """The unit of a rounded figure's last significant digit: 700 billion -> 100 billion, 5.7 billion -> 0.1 billion."""
    if v <= 0:
        return 1.0
    p = 10.0 ** math.floor(math.log10(v))
    while p > 1e-6 and abs(v / p - round(v / p)) > 1e-9 * (v / p):
        p /= 10
    return p


def _span(q: Quantity) -> tuple[float, float]:
    """What a figure's wording implies without knowing what it measures: a rounded open bound lies within one unit of
    its last digit ("more than $700 billion": 700-800 billion; "less than 5.7": 5.6-5.7), a point within its
    tolerance (2%, "about" 12%)."""
    v = abs(float(q.value))  # type: ignore[arg-type]
    if q.bound == "lower":
        return v, v + _step(v)
    if q.bound == "upper":
        return v - _step(v), v
    tol = 0.12 if q.approx else 0.02
    return v * (1 - tol), v * (1 + tol)


def judge_pair(kind: str, qa: Quantity, ma: dict | None, qb: Quantity, mb: dict | None, reason: str) -> tuple[str, str]:
    """A pairing of ``quantity_match`` read back on the stored slots: an agreement or a conflict of two money or
    percent figures whose slots part them is a mismatch ("$44 million in taxes" vs "$139 million in income" are no
    rivals), and so is a pair of rates over different spans (``per``: "a month" / "a year"); an agreement is further
    judged by :func:`judge_agree`."""
    sorted_ = sort_apart(ma or {}, mb or {}, qa, qb) or (complement(qa, qb, ma or {}, mb or {})
                                                      if kind.endswith("conflict") else None)
    if sorted_:  # an age, a rank or a threshold against another sort, or a share against its complement
        return "mismatch", f"{qa.text} vs {qb.text}: {sorted_}"
    per_a, per_b = (ma or {}).get("per"), (mb or {}).get("per")
    if per_a != per_b and per_a in _SPANS and per_b in _SPANS:  # "110 euros a month" / "a year": two rates, whatever the values
        return "mismatch", f"{qa.text} vs {qb.text}: a rate per {per_a} vs per {per_b}"
    if kind.endswith("conflict") and "(earlier sentence)" in ((ma or {}).get("whose"), (mb or {}).get("whose")):
        return "mismatch", f"{qa.text} vs {qb.text}: one figure is of a thing an earlier sentence named ('that', 'this')"
    if kind == "agree":
        return judge_agree(qa, ma, qb, mb, reason)
    why = slots_apart(ma or {}, mb or {}) if kind.endswith("conflict") and qa.kind in _SIGNS else None
    if kind.endswith("conflict") and qa.kind == "count" and _changed(ma) != _changed(mb):  # "before tax" / "after tax"
        why = f"different measure: {qa.text} {' '.join(_changed(ma))} vs {qb.text} {' '.join(_changed(mb))} (modifier)"
    return ("mismatch", f"{qa.text} vs {qb.text}: {why}") if why else (kind, reason)


def _changed(m: dict | None) -> list[str]:
    return sorted(set((m or {}).get("mods") or ()) & CHANGING)


def judge_agree(qa: Quantity, ma: dict | None, qb: Quantity, mb: dict | None, reason: str,
                apart: str = "mismatch") -> tuple[str, str]:
    """("agree", reason) for two overlapping figures that may be one, else (``apart``, why not, naming the slots).
    Only money and percent figures: a counted noun already says what a count counts."""
    if qa.kind not in _SIGNS or qb.kind not in _SIGNS:
        return "agree", reason
    ma, mb = ma or {}, mb or {}
    why = slots_apart(ma, mb)
    if why:
        return apart, f"{qa.text} vs {qb.text}: {why}"
    if _year_back(ma) != _year_back(mb) and not (ma.get("period") and mb.get("period")) \
            and not any(str(m.get("role") or "").endswith(" change") for m in (ma, mb)):
        # "when it stood at 7.6%" a year ago / "the rate stands at 7.6%": a level moved back a year against one
        # stated for no period (now) are two times of one measure, not one figure (a change "than a year earlier"
        # is measured against that year, not dated by it)
        return apart, f"{qa.text} vs {qb.text}: a year earlier vs now"
    if not (_bound(qa) or _bound(qb)):
        return "agree", reason
    if qa.bound == qb.bound and qa.value is not None and qb.value is not None \
            and abs(float(qa.value) - float(qb.value)) <= 0.02 * max(abs(float(qa.value)), abs(float(qb.value))):
        return "agree", f"{reason} (the same open bound)"  # "up to 100,000 euros" twice: one stated limit
    if _matched(ma, mb):
        return "agree", f"{reason} (within the open bound; same {_describe(ma if _words(ma, 'what', 'for') else mb)})"
    (lo_a, hi_a), (lo_b, hi_b) = _span(qa), _span(qb)
    if lo_a <= hi_b and lo_b <= hi_a:  # "more than $700 billion" / "$716 billion": next to the bound, its figure
        return "agree", f"{reason} (next to the open bound)"
    return apart, f"{qa.text} vs {qb.text}: an open bound far from the other figure, and not of the same measure " \
        f"({_describe(ma)} vs {_describe(mb)})"


def _year_back(m: dict) -> bool:
    return m.get("period") == "year earlier"


_SPANS = ("year", "month", "week", "day", "hour", "minute", "decade")


def names_a_thing(kind: str, unit: str | None) -> bool:
    """An agreed figure that says what it is: a sum, a share or a count of a named thing, not a bare number or a
    span of time ("eight years" agrees with "the eight year span" whatever was earned in it)."""
    return kind in _SIGNS or (kind == "count" and bool(unit) and not str(unit).startswith(_SPANS))


def measure_of(frame: Frame | None, q: Quantity) -> dict | None:
    """The stored measure slot of a quantity of a claim (same wording and kind), None when the frame has none."""
    if frame is None:
        return None
    return next((m for m in frame.measures if m.get("text") == q.text and m.get("kind") == q.kind), None)
