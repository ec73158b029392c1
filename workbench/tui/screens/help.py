"""The help screen: every binding of the review UI, with its id (for the keymap file).

Built from the widgets' own ``BINDINGS`` with the active keymap applied, so what it lists
is what the keys do, including a reviewer's remapped keys.
"""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

INTRO = (
    "Each verdict key saves at once (no save step) and moves to the next unreviewed claim.\n"
    "Remap keys by binding id in $WORKBENCH_KEYMAP or ~/.config/workbench/keymap.toml. "
    "Ctrl+P opens the command palette."
)


def binding_sources() -> list[tuple[str, list[Binding]]]:
    """(where, bindings) for every widget that owns keys, in the order the help lists them."""
    from workbench.tui.app import WorkbenchApp
    from workbench.tui.screens.article import ArticleScreen
    from workbench.tui.screens.event_view import EventViewScreen
    from workbench.tui.screens.prompt import PromptScreen
    from workbench.tui.screens.review import ReviewScreen
    from workbench.tui.screens.reviewers import ReviewerScreen
    from workbench.tui.widgets.card_scroll import CardScroller
    from workbench.tui.widgets.comparison import ComparisonPane

    def own(bindings) -> list[Binding]:
        return [b for b in Binding.make_bindings(bindings) if b.id]

    return [
        ("claims", own(ComparisonPane.BINDINGS)),
        ("claims", own(CardScroller.BINDINGS)),
        ("reviewers", own(ReviewerScreen.BINDINGS)),
        ("review", own(ReviewScreen.BINDINGS)),
        ("review", own(EventViewScreen.BINDINGS)),
        ("app", own(WorkbenchApp.BINDINGS)),
        ("article", own(ArticleScreen.BINDINGS)),
        ("prompt", own(PromptScreen.BINDINGS)),
        ("help", own(HelpScreen.BINDINGS)),
    ]


def binding_rows(keymap: dict[str, str]) -> list[tuple[str, str, list[str], str]]:
    """(where, id, keys, description): one row per binding id, keys merged, keymap applied."""
    rows: list[tuple[str, str, list[str], str]] = []
    for where, bindings in binding_sources():
        seen: dict[str, tuple[str, str, list[str], str]] = {}
        for b in bindings:
            if b.id not in seen:
                keys = keymap[b.id].split(",") if b.id in keymap else []
                seen[b.id] = (where, b.id, keys, b.description)
                rows.append(seen[b.id])
            if b.id not in keymap:
                seen[b.id][2].append(b.key)
    return rows


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close help", id="help.close")]

    def compose(self) -> ComposeResult:
        # no outer frame: one row per binding fits 120x40 with every binding on screen (g included)
        table = Table(title="workbench review: keys", expand=True, show_lines=False, box=box.SIMPLE_HEAD, show_edge=False)
        table.add_column("keys", style="bold", no_wrap=True)
        table.add_column("does")
        table.add_column("binding id", style="italic", no_wrap=True)
        for _where, binding_id, keys, description in binding_rows(getattr(self.app, "active_keymap", {})):
            shown = " / ".join(self.app.get_key_display(Binding(k, "")) for k in keys)
            table.add_row(shown, description, binding_id)
        with VerticalScroll(id="help-box"):
            yield Static(Text(INTRO), id="help-intro")
            yield Static(table, id="help-table")
            yield Static(Text("Escape, ? or q closes this help.", style="italic"))
