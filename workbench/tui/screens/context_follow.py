"""The context pane follows the claim cursor: read by a worker as the cursor lands, or handed over with the group.

A group read ahead carries the context of the claim the cursor lands on (``read_ahead``): the
switch shows it in its own frame (``show_landing_context``) and the ``ClaimFocused`` that follows
starts no worker. Before, on ``J`` the context's worker and the repaint of the pane came after
the switch's frame, a second read and a second paint inside the key's time.
"""

from __future__ import annotations

from textual.screen import Screen

from workbench.tui import messages as msg
from workbench.tui.screens import review_workers as work
from workbench.tui.widgets.context import ContextPane


class ContextFollow(Screen):
    """Mixin of the review screen (which provides ``pane``)."""

    _context_shown: str | None = None  # the claim whose context the group switch itself showed

    @property
    def context_pane(self) -> ContextPane:
        return self.query_one(ContextPane)

    def show_landing_context(self, message: msg.GroupLoaded) -> None:
        """Inside a group switch: show the focused claim's context when it came with the group."""
        card = self.pane.focused_card
        if card is not None and card.claim.id in message.contexts:
            self._context_shown = card.claim.id
            self.context_pane.show_context(card.claim.id, message.contexts[card.claim.id])

    def on_claim_focused(self, message: msg.ClaimFocused) -> None:
        shown, self._context_shown = self._context_shown, None
        if message.claim_id is not None and message.claim_id == shown:
            return  # its context came with the group and is on screen
        if message.claim_id is None:
            self.context_pane.show_context(None, None)
        else:
            self.call_after_refresh(work.load_context, self, message.claim_id)  # after the cards are painted

    def on_context_loaded(self, message: msg.ContextLoaded) -> None:
        card = self.pane.focused_card
        if card is not None and card.claim.id == message.claim_id:
            self.context_pane.show_context(message.claim_id, message.context)
