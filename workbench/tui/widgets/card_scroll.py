"""Keys that scroll the focused claim card inside its outlet column, for cards taller than the view.

A card with several relation reasons, a note and "seen before" lines is taller than a column at
100×30 (and far taller at 80×24); the cursor keys move from card to card and the column scrolls
only to a card's top. These keys page through the focused card itself: never past its top or its
bottom, so the cursor's card stays the one on screen, and a bell when there is nothing more to see.
The comparison pane inherits this class (its ``focused_card`` is the card to scroll).
"""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll

OVERLAP = 2  # lines of the previous view kept on screen when paging, so the eye finds its place


class CardScroller(Vertical):
    BINDINGS = [
        Binding("ctrl+d,pagedown", "scroll_card(1)", "Scroll the card down", show=False, id="card.scroll_down"),
        Binding("ctrl+u,pageup", "scroll_card(-1)", "Scroll the card up", show=False, id="card.scroll_up"),
    ]

    def scroll_target(self, step: int) -> tuple[VerticalScroll, float] | None:
        """The focused card's column and where to scroll it; None when the card is all in view that way."""
        card = getattr(self, "focused_card", None)
        body = card.parent if card is not None else None
        if not isinstance(body, VerticalScroll):
            return None
        view = body.scrollable_content_region.height
        top = card.virtual_region.y
        bottom = card.virtual_region.bottom
        y = body.scroll_y
        page = max(1, view - OVERLAP)
        if step > 0:
            target = min(y + page, bottom - view, body.max_scroll_y)
            return (body, target) if target > y else None
        target = max(y - page, top, 0)
        return (body, target) if target < y else None

    def action_scroll_card(self, step: int) -> None:
        found = self.scroll_target(step)
        if found is None:
            self.app.bell()
            return
        body, y = found
        body.scroll_to(y=y, animate=False, immediate=True)
