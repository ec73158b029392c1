"""One claim card, and the in-place text update the panes use on every keystroke.

Why ``update_in_place``: ``Static.update`` asks for a screen-wide layout pass by default (the
new text might be taller). On the review screen that reflow, and the repaint of everything it
moves, was most of a verdict keystroke's cost (tens of ms on a 100k-claim database), yet a
verdict normally changes a card's label, not its height. So the new text is measured at the
widget's current width and a layout is asked for only when the height really changes (a
"suggested: unattributed" line going away, a note appearing, a wrapped label).
"""

from __future__ import annotations

from dataclasses import replace

from textual import events
from textual.message import Message
from textual.visual import VisualType
from textual.widgets import Static

from workbench.models import ReviewClaim, VerdictState
from workbench.tui.card_reviews import CardReview
from workbench.tui.widgets.render import card_text
from workbench.tui.widgets.review_lines import shown_state


def update_in_place(widget: Static, content: VisualType) -> None:
    """``widget.update(content)``, with a layout pass only when the content's height changes."""
    width = widget.content_region.width
    if not widget.is_mounted or width <= 0:
        widget.update(content)  # not laid out yet: nothing to compare against
        return
    before = widget.visual.get_height(widget.styles, width)
    widget.update(content, layout=False)
    if widget.visual.get_height(widget.styles, width) != before:
        widget.refresh(layout=True)


class ClaimCard(Static):
    """One claim. Clicking it moves the cursor here."""

    class Clicked(Message):
        def __init__(self, card: ClaimCard) -> None:
            super().__init__()
            self.card = card

    def __init__(
        self, claim: ReviewClaim, col: int, row: int, reviewer: str, review: CardReview | None = None, blind: bool = False
    ) -> None:
        shown = shown_state(claim.state, review, reviewer, blind)
        super().__init__(card_text(replace(claim, state=shown), False, reviewer, review), classes="claim-card")
        self.claim = claim
        self.col = col
        self.row = row
        self.reviewer = reviewer
        self.review = review  # who decided what and "seen before", from the worker that loaded the cards
        self.blind = blind
        self.cursor = False
        self.stale = False  # re-filled out of view, text not built yet (``show``)
        self.set_class(shown.reviewed, "-reviewed")

    @property
    def shown(self) -> VerdictState:
        """The verdict this reviewer may see (blind mode hides the others' until they decide)."""
        return shown_state(self.claim.state, self.review, self.reviewer, self.blind)

    def show(
        self, claim: ReviewClaim, col: int, row: int, review: CardReview | None, blind: bool, cursor: bool = False,
        draw: bool = True,
    ) -> None:
        """Become the card of another claim (the comparison pane re-fills its cards instead of re-mounting them).

        ``cursor``: drawn with the cursor already, so the card the cursor lands on is drawn once, not twice.
        ``draw=False`` (its column is out of view): the card holds the claim, its text is built when shown.
        """
        self.claim, self.col, self.row, self.review, self.blind = claim, col, row, review, blind
        self.cursor = cursor
        self.stale = not draw
        if not draw:  # classes too wait (a class change repaints, and a repaint off screen re-lays out the screen)
            return
        self.set_class(cursor, "-cursor")
        shown = self.shown
        self.set_class(shown.reviewed, "-reviewed")
        self.update(card_text(replace(claim, state=shown), cursor, self.reviewer, review))  # a new height: layout

    def draw_if_stale(self) -> None:
        """Build the text of a card re-filled while out of view (``show(draw=False)``)."""
        if self.stale:
            self.redraw()

    def set_review(self, review: CardReview | None, blind: bool) -> None:
        if (review, blind) != (self.review, self.blind):
            self.review, self.blind = review, blind
            self.redraw()

    def set_cursor(self, on: bool) -> None:
        if on != self.cursor:
            self.cursor = on
            self.set_class(on, "-cursor")
            self.redraw()

    def set_state(self, state: VerdictState) -> bool:
        """Show ``state``; False (and no redraw) when it is what the card already shows."""
        old = self.claim.state
        if (state.verdict, state.reviewer, state.note) == (old.verdict, old.reviewer, old.note):
            return False
        self.claim.state = state
        self.redraw()
        return True

    def redraw(self) -> None:
        self.stale = False
        shown = self.shown
        claim = self.claim if shown is self.claim.state else replace(self.claim, state=shown)
        self.set_class(self.cursor, "-cursor")
        self.set_class(shown.reviewed, "-reviewed")
        update_in_place(self, card_text(claim, self.cursor, self.reviewer, self.review))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Clicked(self))
