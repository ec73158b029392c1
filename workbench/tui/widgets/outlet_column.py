"""One outlet/document of the open group: its header and its claim cards, scrolling on their own.

A column is mounted once and then re-filled (``show``) when the reviewer moves to another group:
the header and the cards it already has take the new text, and only the difference in card count
is mounted or removed. Re-mounting every column and card on each ``J`` was most of its cost on a
1M-claim database (mount, compose, CSS matching for ~30 widgets, then their removal).

A column out of view (the columns scroll sideways when more outlets than fit) is re-filled
without drawing: its cards hold their claims (the cursor keys and verdicts work on them), its
body is hidden, and the cards' text is built and laid out when the column scrolls into view
(``fill_in_view``). On the replicated 1M database a group has 10 columns of which 3 fit at
140x40: laying out and wrapping all ten was half of ``J``. Their headers wait too: a header's
new text is a layout request (one or two lines), so ten of them were ten more widgets measured
and laid out per ``J`` for three on screen.

A column never removes a card: the cards a shorter group does not need are hidden
(``display: none``, not laid out or painted) and kept after the shown ones, and a longer group
shows them again before it mounts any. Mounting a card (compose, CSS matching, its first
layout) and removing one cost more than re-filling; and with the heap frozen after the first
screen (``WorkbenchApp.freeze_heap``) a removed widget's reference cycles stayed until exit.
"""

from __future__ import annotations

import math

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
        blind: bool = False, draw: bool = True,
    ) -> None:
        """``reviews`` (claim id -> review data, loaded with the cards): each card is drawn once, complete.

        ``draw=False``: mounted out of view, the body hidden (not laid out) until :meth:`fill`.
        """
        super().__init__(classes="outlet-column")
        self.filled = draw  # the body shown and every card drawn (False: filled out of view)
        self.column = column
        self.index = index
        self.reviewer = reviewer
        reviews = reviews or {}
        self.cards = [ClaimCard(c, index, r, reviewer, reviews.get(c.id), blind) for r, c in enumerate(column.claims)]
        self.spare: list[ClaimCard] = []  # hidden cards after the shown ones, shown again before any is mounted
        self.header = Static(column_header(column), classes="column-header")
        self.body = VerticalScroll(*self.cards, classes="column-body", can_focus=False)
        self.body.display = draw
        self._header_stale = False  # re-filled out of view: the header's text waits for :meth:`fill`

    def compose(self) -> ComposeResult:
        yield self.header
        yield self.body

    async def show(
        self, column: ClaimColumn, index: int, reviews: dict[str, CardReview], blind: bool, cursor_id: str | None = None,
        draw: bool = True,
    ) -> None:
        """Show another group's column here: cards re-filled in place, the surplus hidden, spare ones shown first.

        ``draw=False``: out of view, the body hidden and the header's and cards' text left to :meth:`fill`.
        """
        self.column, self.index = column, index
        self._header_stale = not draw
        if draw:
            self.header.update(column_header(column))
        claims = column.claims
        shown = self.cards + self.spare  # in the body's order: the shown cards, then the hidden ones
        for row, claim in enumerate(claims[: len(shown)]):
            card = shown[row]
            card.show(claim, index, row, reviews.get(claim.id), blind, claim.id == cursor_id, draw)
            show_widget(card, True)
        for card in shown[len(claims):]:
            show_widget(card, False)
        extra = [ClaimCard(c, index, r, self.reviewer, reviews.get(c.id), blind)
                 for r, c in enumerate(claims) if r >= len(shown)]
        self.cards, self.spare = (shown + extra)[: len(claims)], shown[len(claims):]
        if extra:
            await self.body.mount_all(extra)
        if self.body.scroll_y:
            self.body.scroll_home(animate=False, immediate=True)
        self.filled = draw
        show_widget(self.body, draw)

    def fill(self) -> None:
        """Draw the header and cards re-filled out of view and show the body (the column is scrolling into view)."""
        if not self.filled:
            self.filled = True
            if self._header_stale:
                self._header_stale = False
                self.header.update(column_header(self.column))
            for card in self.cards:
                card.draw_if_stale()
            self.body.display = True


async def refill_columns(
    holder: Widget, columns: list[ClaimColumn], reviewer: str, reviews: dict[str, CardReview], blind: bool,
    cursor_id: str | None = None, in_view: int | None = None,
) -> list[OutletColumn]:
    """Show ``columns`` in ``holder``: the columns mounted there re-filled, the surplus hidden, only a lack mounted.

    As with cards, a column is never removed for a group with fewer outlets: it is hidden after
    the shown ones and shown again by the next group that needs it.
    ``cursor_id``: the claim the cursor will land on, drawn with it at once (re-filled cards only).
    ``in_view``: how many columns from the left are in view; re-filled columns past them are not drawn.
    """
    mounted = [w for w in holder.children if isinstance(w, OutletColumn)]  # the shown ones, then the hidden
    stray = [w for w in holder.children if not isinstance(w, OutletColumn)]  # the "nothing to show" sentence
    if stray:
        await holder.remove_children(stray)
    keep = min(len(mounted), len(columns))
    for i in range(keep):
        await mounted[i].show(columns[i], i, reviews, blind, cursor_id, in_view is None or i < in_view)
        show_widget(mounted[i], True)
    for column in mounted[keep:]:
        show_widget(column, False)
    extra = [OutletColumn(col, i, reviewer, reviews, blind, in_view is None or i < in_view)
             for i, col in enumerate(columns) if i >= keep]
    if extra:
        await holder.mount_all(extra)
    return mounted[:keep] + extra


def show_widget(widget: Widget, shown: bool) -> None:
    """``widget.display = shown`` only when it changes: the setter asks for a repaint and a layout even when it
    does not, and a repaint asked of a widget off screen makes Textual lay out the whole screen again."""
    if widget.display != shown:
        widget.display = shown


def shown_columns(holder: Widget) -> list[OutletColumn]:
    """The columns of the open group, left to right (hidden spare ones excluded)."""
    return [w for w in holder.children if isinstance(w, OutletColumn) and w.display]


def columns_in_view(n: int, width: int, x: float, view: int) -> range:
    """Indexes of the ``n`` columns, each ``width`` wide, that the view ``[x, x + view)`` shows (all when unknown)."""
    if view <= 0 or width <= 0:
        return range(n)
    return range(max(0, int(x) // width), min(n, math.ceil((x + view) / width)))


def fill_in_view(holder: Widget, width: int, x: float) -> None:
    """Draw the columns the view will show once ``holder`` is scrolled to ``x``."""
    columns = shown_columns(holder)
    for i in columns_in_view(len(columns), width, x, holder.scrollable_content_region.width):
        columns[i].fill()
