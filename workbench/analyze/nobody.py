"""No one harmed, by one source, against someone harmed, by another (``Frame.zero``, ``Frame.outcome``).

Why: "No one was hurt, the fire service said" and "A firefighter was treated in hospital for smoke inhalation" share
no figure (the second counts no one: it tells of one person), so the zero-against-figure rules never meet them,
and the harm rule compares one named person or role with itself. Extraction stored the zero's role (``Frame.zero``),
whether its subject is everyone (``outcome["nobody"]``: "no one", "nobody", not "no passengers", a group that may
leave others out) and the person a claim says was hurt or killed (``outcome["harm"]``). Here they conflict when:

* one claim says no one was hurt (or injured: zero "injured") and the other that someone was hurt or killed, or no one
  was killed and someone was killed;
* two different sources state them (one source's "no one" and its later count is its own update), and no two
  different days are stated.
"""

from __future__ import annotations

from workbench.analyze.sides import Side, same_source
from workbench.analyze.workings import days_apart

# which harm states a zero of each role rules out: "no one was hurt" rules out a death too
_RULES_OUT = {"injured": ("hurt", "killed"), "killed": ("killed",)}


def nobody_vs_harm(a: Side, b: Side) -> tuple[str, str] | None:
    """A **conflict** when one source says no one came to a harm another says someone came to (docstring)."""
    for none, some in ((a, b), (b, a)):
        fn, fs = none.frame, some.frame
        harm = (fs.outcome or {}).get("harm")
        if not harm or not (fn.outcome or {}).get("nobody") or fn.modality != "done" or fs.modality != "done":
            continue
        roles = [r for r in fn.zero if harm["state"] in _RULES_OUT.get(r, ())]
        if roles and not same_source(fn, fs) and not days_apart(fn, fs):
            return "conflict", (f"no one {roles[0]} ({fn.speaker or 'the report'}) vs {harm['text']} "
                                f"{harm['state']} ({fs.speaker or 'the report'})")
    return None
