"""One outlet/document of the open group: its header and its claim cards, scrolling on their own."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
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
        reviews = reviews or {}
        self.cards = [ClaimCard(c, index, r, reviewer, reviews.get(c.id), blind) for r, c in enumerate(column.claims)]

    def compose(self) -> ComposeResult:
        yield Static(column_header(self.column), classes="column-header")
        with VerticalScroll(classes="column-body", can_focus=False):
            yield from self.cards
