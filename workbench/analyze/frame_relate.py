"""Structural relations from stored claim frames: compare slots, not wording.

Why: two figures for one measure at different reference times are a development (update),
not a contradiction; different roles (killed vs injured, level vs change) or different scopes
(city vs region) are different measures; two claims that both report a denial agree; a
claim reported as done against one reported as planned is a modality disagreement a reviewer
must see. Each verdict names the slots it compared.
"""

from __future__ import annotations

from workbench.models import Frame

_SCOPE_RANK = {"site": 0, "city": 1, "region": 2, "country": 3, "all-sites": 3}
_MODAL_CLASH = {frozenset(("done", "planned")), frozenset(("done", "expected"))}


def _measure(f: Frame) -> dict | None:
    return f.measures[0] if f.measures else None


def _when(f: Frame) -> str:
    return f.time_text or f.time or "undated"


def frame_relation(a: Frame, b: Frame, numbers_differ: bool) -> tuple[str, str] | None:
    """(relation, reason) when the frames decide it, else None (the text rules decide)."""
    if a.modality == "denied" and b.modality == "denied":
        return "agree", "both report the same denial (modality: denied in both)"
    ma, mb = _measure(a), _measure(b)
    if ma and mb and ma.get("kind") == mb.get("kind"):
        ra, rb = ma.get("role"), mb.get("role")
        if ra and rb and ra != rb:
            return "different_measure", f"different measure: {ra} vs {rb}"
        if ma.get("base") and mb.get("base") and ma["base"] != mb["base"]:
            return "different_measure", f"different measure: {ma['base']} vs {mb['base']}"
        if a.scope and b.scope and a.scope != b.scope and a.scope in _SCOPE_RANK and b.scope in _SCOPE_RANK:
            kind = "narrower" if _SCOPE_RANK[a.scope] < _SCOPE_RANK[b.scope] else "broader"
            return kind, f"scope: {a.scope} vs {b.scope}"
        if numbers_differ and a.time and b.time and a.time != b.time:
            first, second = (ma, a), (mb, b)
            if b.time < a.time:
                first, second = second, first
            role = f" {ra}" if ra else ""
            return "update", (
                f"update: {first[0].get('text')}{role} ({_when(first[1])}) → {second[0].get('text')}{role} ({_when(second[1])})"
            )
    if frozenset((a.modality, b.modality)) in _MODAL_CLASH and (ma or mb or a.quote is None):
        if ma and mb or (a.place and a.place == b.place):
            return "conflict", f"modality: {a.modality} vs {b.modality}"
    return None
