"""No one harmed, by one source, against someone harmed, by another (``Frame.zero``, ``Frame.outcome``).

Why: "No one was hurt, the fire service said" and "A firefighter was treated in hospital for smoke inhalation" share
no figure (the second counts no one: it tells of one person), so the zero-against-figure rules never meet them,
and the harm rule compares one named person or role with itself. Extraction stored the zero's role (``Frame.zero``),
whether its subject is everyone (``outcome["nobody"]``: "no one", "nobody", not "no passengers", a group that may
leave others out) and the person a claim says was hurt or killed (``outcome["harm"]``). Here they conflict when:

* one claim says no one was hurt (or injured: zero "injured") and the other that someone was hurt or killed, or no one
  was killed and someone was killed, or that there were no illnesses and someone fell ill, was treated in hospital
  or died. "No deaths have been ..." is a zero of everyone as "no one died" is (``outcome["nobody"]``); the someone
  is one person (``outcome["harm"]``) or a count of people harmed ("Four guests were treated in hospital",
  ``outcome["some"]``);
* two different sources state them (one source's "no one" and its later count is its own update), no two
  different days are stated, and the harm is not dated after the day the zero was reported (it came since).
"""

from __future__ import annotations

from workbench.analyze.sides import Side, same_source
from workbench.analyze.workings import days_apart
from workbench.models import Frame

# which harm states a zero of each role rules out: "no one was hurt" rules out a death too
# (being taken ill or treated in hospital is an illness in a story that counts illnesses)
_RULES_OUT = {"injured": ("hurt", "killed"), "killed": ("killed",), "ill": ("ill", "hurt", "killed")}


def _since(none: Frame, some: Frame) -> bool:
    """The harm is dated after the day the zero was reported: it befell someone since, no rival account."""
    day = (some.time or "")[:10] if not some.time_said else ""
    return bool(len(day) == 10 and none.published and day > none.published[:10])


def nobody_vs_harm(a: Side, b: Side) -> tuple[str, str] | None:
    """A **conflict** when one source says no one came to a harm another says someone came to (docstring)."""
    for none, some in ((a, b), (b, a)):
        fn, fs = none.frame, some.frame
        harm = (fs.outcome or {}).get("harm") or (fs.outcome or {}).get("some")
        if not harm or not (fn.outcome or {}).get("nobody") or fn.modality != "done" or fs.modality != "done":
            continue
        roles = [r for r in fn.zero if harm["state"] in _RULES_OUT.get(r, ())]
        if roles and not same_source(fn, fs) and not days_apart(fn, fs) and not _since(fn, fs):
            return "conflict", (f"no one {roles[0]} ({fn.speaker or 'the report'}) vs {harm['text']} "
                                f"{harm['state']} ({fs.speaker or 'the report'})")
    return None
