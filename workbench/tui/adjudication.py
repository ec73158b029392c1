"""The adjudication prompt's one line: a final verdict, then an optional note ("d the figure was retracted").

No textual import: parsed and tested on its own. ``clear`` is not a final verdict (an
adjudication is withdrawn with undo), so it is refused here with the same words the store uses.
"""

from __future__ import annotations

from workbench.models import ReviewView

FINAL = {"v": "verified", "d": "disputed", "u": "unattributed"}


def parse_adjudication(line: str) -> tuple[str, str | None]:
    """``(verdict, note)`` from ``"d why"`` / ``"disputed why"``; ValueError with a one-line reason."""
    word, _, note = line.strip().partition(" ")
    verdict = FINAL.get(word.lower(), word.lower())
    if verdict not in FINAL.values():
        raise ValueError(
            "start with the final verdict: v (verified), d (disputed) or u (unattributed); undo (z) withdraws one"
        )
    return verdict, note.strip() or None


def standing_summary(view: ReviewView | None) -> str:
    """What the reviewers said, for the prompt: ``alice: disputed · bob: verified`` (plain text)."""
    if view is None:
        return "no verdicts loaded"
    people = ([view.mine] if view.mine else []) + list(view.others)
    said = " · ".join(f"{v.reviewer}: {v.verdict}" for v in people) or "no reviewer has decided"
    if view.hidden:
        said += f" ({view.hidden} hidden: blind)"
    if view.adjudication is not None:
        said += f"; adjudicated {view.adjudication.verdict} by {view.adjudication.reviewer}"
    return said
