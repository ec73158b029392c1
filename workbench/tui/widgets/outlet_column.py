"""One outlet/document of the open group: its header and its claim cards, scrolling on their own.

A column is mounted once and then re-filled (``show``) when the reviewer moves to another group:
the header and the cards it already has take the new text, and only the difference in card count
is mounted or removed. Re-mounting every column and card on each ``J`` was most of its cost on a
1M-claim database (mount, compose, CSS matching for ~30 widgets, then their removal).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from workbench.models import ClaimColumn
from workbench.tui.card_reviews import CardReview
from workbench.tui.widgets.claim_card import ClaimCard
from workbench.tui.widgets.render import column_header


class OutletColumn(Vertical):
    def __init__(
        self, column: ClaimColumn, index: int, reviewer: str, reviews: dict[str, CardReview] | None = None,
        blind: bool = False,
    ) -> None:
        """``reviews`` (claim id -> review data, loaded with the cards): each card is drawn once, complete."""
        super().__init__(classes="outlet-column")
        self.column = column
        self.index = index
        self.reviewer = reviewer
        reviews = reviews or {}
        self.cards = [ClaimCard(c, index, r, reviewer, reviews.get(c.id), blind) for r, c in enumerate(column.claims)]

    def compose(self) -> ComposeResult:
        yield Static(column_header(self.column), classes="column-header")
        with VerticalScroll(classes="column-body", can_focus=False):
            yield from self.cards

    async def show(
        self, column: ClaimColumn, index: int, reviews: dict[str, CardReview], blind: bool, cursor_id: str | None = None
    ) -> None:
        """Show another group's column here: cards re-filled in place, only the surplus mounted or removed."""
        self.column, self.index = column, index
        self.query_one(".column-header", Static).update(column_header(column))
        body = self.query_one(".column-body", VerticalScroll)
        claims = column.claims
        keep = min(len(self.cards), len(claims))
        for row in range(keep):
            claim = claims[row]
            self.cards[row].show(claim, index, row, reviews.get(claim.id), blind, claim.id == cursor_id)
        surplus = self.cards[keep:]
        extra = [ClaimCard(c, index, r, self.reviewer, reviews.get(c.id), blind)
                 for r, c in enumerate(claims) if r >= keep]
        self.cards = self.cards[:keep] + extra
        if surplus:
            await body.remove_children(surplus)
        if extra:
            await body.mount_all(extra)
        body.scroll_home(animate=False, immediate=True)


async def refill_columns(
    holder: Widget, columns: list[ClaimColumn], reviewer: str, reviews: dict[str, CardReview], blind: bool,
    cursor_id: str | None = None,
) -> list[OutletColumn]:
    """Show ``columns`` in ``holder``: the columns mounted there re-filled, only the difference mounted or removed.

    ``cursor_id``: the claim the cursor will land on, drawn with it at once (re-filled cards only).
    """
    mounted = [w for w in holder.children if isinstance(w, OutletColumn)]
    stray = [w for w in holder.children if not isinstance(w, OutletColumn)]  # the "nothing to show" sentence
    if stray:
        await holder.remove_children(stray)
    keep = min(len(mounted), len(columns))
    for i in range(keep):
        await mounted[i].show(columns[i], i, reviews, blind, cursor_id)
    extra = [OutletColumn(col, i, reviewer, reviews, blind) for i, col in enumerate(columns) if i >= keep]
    if mounted[keep:]:
        await holder.remove_children(mounted[keep:])
    if extra:
        await holder.mount_all(extra)
    return mounted[:keep] + extra
