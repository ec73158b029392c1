"""The context pane: the focused claim inside its document, with title, url and date.

The screen's context worker reads the sentences around the claim (one primary-key lookup,
off the UI thread) and hands them here; the pane never holds more than one claim's context. The text is padded with blank lines to the pane's height, so
moving from one claim to the next (every verdict key does) does not change the text's
height and costs a repaint of the pane, not a layout pass of the whole screen; a context
longer than the pane still scrolls.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.containers import VerticalScroll
from textual.visual import visualize
from textual.widgets import Static

from workbench.models import ClaimContext
from workbench.tui.widgets.claim_card import update_in_place
from workbench.tui.widgets.render import context_text


class ContextPane(VerticalScroll, can_focus=False):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.claim_id: str | None = None
        self.border_title = "Context"
        self._text = Text()

    def compose(self):
        yield Static("", id="context-text")

    def show_context(self, claim_id: str | None, ctx: ClaimContext | None) -> None:
        """Show ``ctx`` for ``claim_id`` (None and None: no claim focused; a None context: the claim is gone)."""
        self.claim_id = claim_id
        if claim_id is None:
            self._text = Text()
        else:
            self._text = context_text(ctx) if ctx else Text("(this claim is no longer in the database; press r to refresh)")
        self._show()
        self.scroll_home(animate=False)

    def _show(self) -> None:
        body = self.query_one("#context-text", Static)
        text = self._text.copy()
        width, height = body.content_region.width, self.scrollable_content_region.height
        if width > 0 and height > 0:
            lines = visualize(body, text).get_height(body.styles, width)
            if lines < height:
                text.append("\n" * (height - lines))
        update_in_place(body, text)

    def on_resize(self, event: events.Resize) -> None:
        self._show()  # pad to the new height
