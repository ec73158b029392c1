"""One named person's verdict compared across two reports of a trial (``Frame.outcome["verdict"]``).

Why: outlets disagree on how a trial ended ("X was acquitted of all charges" / "X was found guilty of one count")
with only the name in common, and agree on it in other verbs ("acquitted" / "cleared"); extraction stored the
person, the verdict and the charge (``extract.verdicts``). Here, for one person (the same surname), no two
different years stated:

* convicted against acquitted, where a side names no charge or all of them, from two sources, neither telling of
  an appeal or retrial: a **conflict** (a split verdict, "acquitted of murder" / "convicted of manslaughter", names
  two charges and is left alone; a verdict on appeal is a later verdict);
* the same verdict, where the charges named do not differ and neither counts them ("on all nine counts" / "on
  seven counts" is for the figure rules): **agree**.
"""

from __future__ import annotations

from workbench.analyze.sides import Side, same_source
from workbench.extract.words import same_stem
from workbench.models import Frame


def _verdict(f: Frame) -> dict | None:
    return (f.outcome or {}).get("verdict") if f.modality in ("done", "hedged", "quoted") else None


def _years(s: Side) -> set[str]:
    return {q.iso[:4] for q in s.quantities if q.kind == "date" and q.iso and q.iso[:4].isdigit()}


def _whole(charge: list[str]) -> bool:
    """No charge named, or all of them."""
    return not charge or charge == ["all"]


def verdict_relation(a: Side, b: Side) -> tuple[str, str] | None:
    """The relation of two claims' verdicts on one person (module docstring), else None."""
    va, vb = _verdict(a.frame), _verdict(b.frame)
    if not va or not vb or va["who"].split()[-1].casefold() != vb["who"].split()[-1].casefold():
        return None
    if _years(a) != _years(b):
        return None
    who = max(va["who"], vb["who"], key=len)
    ca, cb = va["charge"], vb["charge"]
    if va["kind"] != vb["kind"]:  # one source's two verdicts, or one on appeal, is a later verdict, not a clash
        if (_whole(ca) or _whole(cb)) and not same_source(a.frame, b.frame) and not (va.get("appeal") or vb.get("appeal")):
            return "conflict", f"verdict on one person ({who}): {va['kind']} vs {vb['kind']}"
        return None
    if va.get("counted") or vb.get("counted"):
        return None  # "on all nine counts" / "on seven counts": how many is for the figure rules
    if _whole(ca) or _whole(cb) or any(same_stem(x, y) for x in ca for y in cb):
        return "agree", f"same verdict on one person ({who}): {va['kind']} in both"
    return None
