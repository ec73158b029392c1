"""Rich text for the panes: claim cards, column headers, group rows, context.

Every state is spelled out in words or symbols (✔ VERIFIED, ⚠ CONFLICT, ▶ cursor) and colour
only repeats it, so the UI reads the same in light and dark themes and on a monochrome
terminal. Quantities are bold + underlined, not merely tinted.
"""

from __future__ import annotations

from rich.text import Text

from workbench.models import ClaimColumn, ClaimContext, GroupRow, ReviewClaim, VerdictState, suggest_verdict
from workbench.textnorm import printable
from workbench.tui.card_reviews import CardReview
from workbench.tui.widgets.review_lines import review_lines, seen_lines

VERDICT_LABELS = {
    "verified": ("✔ VERIFIED", "bold green"),
    "disputed": ("✘ DISPUTED", "bold red"),
    "unattributed": ("? UNATTRIBUTED", "bold yellow"),
}
UNREVIEWED = ("○ unreviewed", "dim")
# How a card names each compared relation (read from the card's claim's side): word, style, joining word.
RELATION_LABELS = {
    "conflict": ("⚠ CONFLICT", "bold red", "with"),
    "agree": ("≈ AGREES", "bold green", "with"),
    "update": ("↻ UPDATE", "bold cyan", "with"),
    "narrower": ("⊂ NARROWER", "bold cyan", "than"),
    "broader": ("⊃ BROADER", "bold cyan", "than"),
    "different_measure": ("≠ DIFFERENT MEASURE", "bold", "from"),
}
SUGGESTION_WHY = {"unattributed": "no source", "disputed": "conflict"}
FILTER_LABELS = {
    "all": "all groups",
    "unreviewed": "unreviewed",
    "conflicts": "conflicts",
    "unattributed": "suggested unattributed",
    "split": "reviewers disagree",
}
QUANTITY_STYLE = "bold underline"
INDENT = "\u00a0\u00a0"  # non-breaking: the list would strip plain leading spaces of a line
LABEL_WIDTH = 26  # clusters pane is 32 cells: borders, scrollbar, marker, label
KIND_WORDS = {"named": "named", "organization": "organization", "anonymous": "anonymous", "none": "no source"}


def verdict_text(state: VerdictState, reviewer: str | None = None) -> Text:
    label, style = VERDICT_LABELS.get(state.verdict or "", UNREVIEWED)
    text = Text(label, style=style)
    if state.reviewed and state.reviewer:
        who = "you" if state.reviewer == reviewer else state.reviewer
        text.append(printable(f" · {who}"), style="italic")
    return text


def highlighted_claim(claim: ReviewClaim) -> Text:
    """The claim text with each quantity span bold + underlined (offsets index the claim text)."""
    text = Text(printable(claim.text))  # same length: quantity offsets still hold
    n = len(claim.text)
    for q in claim.quantities:
        if 0 <= q.start < q.end <= n:
            text.stylize(QUANTITY_STYLE, q.start, q.end)
    return text


def source_line(claim: ReviewClaim) -> Text:
    line = Text()
    if claim.speaker:
        line.append(printable(claim.speaker), style="bold")
        line.append(printable(f" ({KIND_WORDS.get(claim.speaker_kind, claim.speaker_kind)})"))
    else:
        line.append("no source named", style="italic")
    if claim.cue:
        line.append(printable(f" · {claim.cue}"))
    if claim.via:
        line.append(printable(f" · via {claim.via}"))
    return line


def card_text(claim: ReviewClaim, cursor: bool, reviewer: str | None = None, review: CardReview | None = None) -> Text:
    """Everything a reviewer needs to judge one claim, top to bottom (``review``: who decided what, seen before)."""
    out = Text()
    out.append("▶ " if cursor else "  ", style="bold")
    out.append_text(verdict_text(claim.state, reviewer))
    out.append_text(review_lines(review))
    out.append("\n")
    out.append_text(source_line(claim))
    out.append("\n")
    out.append_text(highlighted_claim(claim))
    for badge in claim.badges:
        out.append("\n")
        label, style, joint = RELATION_LABELS.get(badge.relation, (badge.relation.upper(), "bold", "with"))
        out.append(label, style=style)
        out.append(printable(f" {joint} {badge.other_outlet}"))
        if badge.reason:
            out.append(printable(f": {badge.reason}"), style="italic")
    suggested = suggest_verdict(claim.speaker_kind, claim.has_conflict)
    if suggested:  # kept after a verdict too: the card keeps its height
        out.append("\n")
        out.append(f"suggested: {suggested} ({SUGGESTION_WHY[suggested]})", style="italic")
    out.append_text(seen_lines(review))
    if claim.state.note:
        out.append("\n")
        out.append(printable(f"✎ note: {claim.state.note}"), style="italic")
    out.append("\n")
    out.append(f"id {claim.id}", style="dim")  # select to copy; Enter opens the article, c there copies it
    return out


def clip(text: str, width: int) -> str:
    """``text`` made printable and cut to ``width`` cells with an ellipsis."""
    text = printable(text)
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + "…"


def column_header(column: ClaimColumn, width: int = 60) -> Text:
    head = Text(clip(column.outlet or "unknown outlet", width - 13), style="bold")
    head.append(printable(f" · {column.published[:10] if column.published else 'no date'}"))
    if column.title:
        head.append("\n")
        head.append(clip(column.title, width), style="italic")
    return head


def conflict_marker(row: GroupRow) -> str:
    if row.n_conflicts:
        return f"⚠ {row.n_conflicts} conflict{'s' if row.n_conflicts != 1 else ''}"
    return ""


def group_prompt(row: GroupRow, selected: bool = False, event_header: bool = False) -> Text:
    """A clusters-pane entry: label, claims, outlets, conflicts, reviewed/total.

    ``event_header``: the first cluster of an event in the grouped list carries the event's
    label and date span above it (one entry per group keeps the list's paging simple).
    """
    text = Text(style="bold")  # the entry's base style
    if event_header and row.event:
        text.append(f"◆ {clip(row.event, LABEL_WIDTH)}\n", style="yellow")
        text.append(f"{INDENT}{clip(row.event_span or 'undated', LABEL_WIDTH)}\n", style="yellow")
    text.append("▶ " if selected else "  ")
    text.append(clip(row.label, LABEL_WIDTH), style="bold")
    text.append(f"\n{INDENT}")
    text.append(f"{row.n_claims} claim{'s' if row.n_claims != 1 else ''} · {row.n_outlets} outlet{'s' if row.n_outlets != 1 else ''}")
    done = "✔ " if row.n_claims and row.reviewed >= row.n_claims else ""
    text.append(f"\n{INDENT}{done}{row.reviewed}/{row.n_claims} reviewed")
    marker = conflict_marker(row)
    if marker:
        text.append(f"\n{INDENT}")
        text.append(marker, style="bold red")
    return text


def group_title(row: GroupRow | None, position: int, total: int, more: bool = False) -> Text:
    """``more``: the order is still being listed, so ``total`` is a lower bound ("20000+")."""
    if row is None:
        return Text("")
    kind = "Cluster" if row.is_cluster else "Document"
    text = Text(f"{kind} {position + 1}/{total}{'+' if more else ''}: ", style="bold")
    text.append(printable(row.label), style="bold")
    text.append(f"  ({row.n_claims} claims · {row.n_outlets} outlets · {row.reviewed}/{row.n_claims} reviewed")
    marker = conflict_marker(row)
    if marker:
        text.append(" · ")
        text.append(marker, style="bold red")
    text.append(")")
    return text


def context_text(ctx: ClaimContext) -> Text:
    text = Text(printable(ctx.title or "(untitled)"), style="bold")
    meta = " · ".join(p for p in (ctx.outlet, (ctx.published or "")[:10] or None, ctx.author) if p)
    if meta:
        text.append(printable(f"  {meta}"))
    text.append("\n")
    text.append(printable(ctx.url or "(no url)"), style="italic")
    text.append("\n\n")
    if ctx.before:
        text.append(printable(ctx.before + " "))
    text.append("»", style="bold")
    text.append(printable(ctx.claim), style="bold underline")
    text.append("«", style="bold")
    if ctx.after:
        text.append(printable(" " + ctx.after))
    return text
