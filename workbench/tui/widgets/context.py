"""The context pane: the focused claim inside its document, with title, url and date.

Fetching the document text is one primary-key lookup; the pane never holds more than the
sentences around one claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.containers import VerticalScroll
from textual.widgets import Static

from workbench.tui.claim_data import claim_context
from workbench.tui.widgets.render import context_text

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


class ContextPane(VerticalScroll, can_focus=False):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.claim_id: str | None = None
        self.border_title = "Context"

    def compose(self):
        yield Static("", id="context-text")

    def show_claim(self, claim_id: str | None) -> None:
        self.claim_id = claim_id
        body = self.query_one("#context-text", Static)
        if claim_id is None:
            body.update("")
            return
        ctx = claim_context(cast("WorkbenchApp", self.app).db, claim_id)
        body.update(context_text(ctx) if ctx else "(this claim is no longer in the database; press r to refresh)")
        self.scroll_home(animate=False)
