"""The card's multi-reviewer lines: your verdict and the others' apart, blind mode, adjudication, seen before.

A card's headline is the claim's current verdict (an adjudication first); below it these
lines say who decided what, so one reviewer's later verdict no longer hides another's
dispute. In blind mode :func:`shown_state` keeps the others' verdicts, notes and any
adjudication off the card until this reviewer has decided. Every state is a word or a
symbol; every text from the database is made printable.
"""

from __future__ import annotations

from rich.text import Text

from workbench.models import VerdictState
from workbench.textnorm import printable
from workbench.tui.card_reviews import CardReview

WORDS = {"verified": "✔ verified", "disputed": "✘ disputed", "unattributed": "? unattributed"}
SEEN_CHARS = 140  # the earlier claim is cut here: `workbench history CLAIM` has it whole


def shown_state(state: VerdictState, review: CardReview | None, reviewer: str, blind: bool) -> VerdictState:
    """The verdict the card may show: in blind mode, nothing of others' until this reviewer decided."""
    if not blind or state.reviewer in (None, reviewer):
        return state
    if review is not None and review.view is not None and review.view.mine is not None:
        return state  # this reviewer has decided: the others are revealed
    return VerdictState()


def _word(verdict: str | None) -> str:
    return WORDS.get(verdict or "", "—")


def review_lines(review: CardReview | None) -> Text:
    """Lines (each starting with a newline) under the headline; empty for a claim only one person decided."""
    out = Text()
    view = review.view if review is not None else None
    if view is None:
        return out
    if view.hidden:
        out.append("\n")
        out.append(
            f"◌ {view.hidden} verdict{'s' if view.hidden != 1 else ''} hidden until you decide (blind)", style="italic"
        )
    if view.others:
        out.append("\n")
        out.append("you: ", style="bold")
        out.append(_word(view.mine.verdict if view.mine else None))
        for other in view.others:
            out.append(printable(f" · {other.reviewer}: "), style="bold")
            out.append(_word(other.verdict))
        if view.state == "split":
            out.append("\n")
            out.append("⚡ reviewers disagree", style="bold magenta")
    if view.adjudication is not None:
        adj = view.adjudication
        out.append("\n")
        out.append("⚖ adjudicated: ", style="bold")
        out.append(printable(f"{adj.verdict} · by {adj.reviewer}"))
        if adj.note:
            out.append(printable(f" — {adj.note}"), style="italic")
    return out


def seen_lines(review: CardReview | None) -> Text:
    """``↺ seen before: verified by bob on 3 Mar 2026: <claim>`` and the verdict it suggests."""
    out = Text()
    if review is None or not review.seen:
        return out
    described = printable(review.seen[0].describe())
    if len(described) > SEEN_CHARS:
        described = described[: SEEN_CHARS - 1].rstrip() + "…"
    out.append("\n")
    out.append("↺ seen before: ", style="bold")
    out.append(described, style="italic")
    if len(review.seen) > 1:
        out.append(f" (+{len(review.seen) - 1} more)")
    if review.suggested:
        out.append("\n")
        out.append(f"suggested from earlier decisions: {review.suggested}", style="italic")
    return out
