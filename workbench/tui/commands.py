"""Command palette provider: every review action by name (Ctrl+P), for the mouse-first and the forgetful."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

# (name, help, target, action): target "pane" is the comparison pane, "screen" the review screen.
COMMANDS: tuple[tuple[str, str, str, str], ...] = (
    ("Verdict: verified", "Mark the focused claim verified", "pane", "verdict('verified')"),
    ("Verdict: disputed", "Mark the focused claim disputed", "pane", "verdict('disputed')"),
    ("Verdict: unattributed", "Mark the focused claim unattributed", "pane", "verdict('unattributed')"),
    ("Verdict: clear", "Remove the verdict of the focused claim", "pane", "verdict('cleared')"),
    ("Note on claim", "Attach a note to the focused claim", "pane", "note"),
    ("Undo my last verdict", "Restore the state before your last verdict", "screen", "undo"),
    ("Next cluster", "Open the next cluster", "screen", "next_group(1)"),
    ("Previous cluster", "Open the previous cluster", "screen", "next_group(-1)"),
    ("Search claims", "Search claim text, speakers and outlets", "screen", "search"),
    ("Cycle filter", "all / unreviewed / conflicts / suggested unattributed / reviewers disagree", "screen", "cycle_filter"),
    ("Group by event", "List the clusters event by event, with each event's label and dates (toggle)", "screen",
     "group_by_event"),
    ("Blind review", "Hide other reviewers' verdicts until you decide (toggle)", "screen", "toggle_blind"),
    ("Adjudicate", "Record the final verdict on the focused claim", "screen", "adjudicate"),
    ("Export CSV", "Write the verdicts as CSV", "screen", "export"),
    ("Refresh", "Re-read the database (other reviewers' verdicts)", "screen", "refresh"),
    ("Help: keys", "List every key binding", "app", "help"),
)


class ReviewCommands(Provider):
    """Offers the review actions; runs them on the widget that owns them."""

    async def _run(self, target: str, action: str) -> None:
        from workbench.tui.widgets.comparison import ComparisonPane

        screen = self.screen
        if target == "app":
            await self.app.run_action(action)
            return
        if target == "pane":
            panes = screen.query(ComparisonPane)
            if panes:
                await panes.first().run_action(action)
            return
        await screen.run_action(action)

    async def discover(self) -> Hits:
        for name, help_text, target, action in COMMANDS:
            yield DiscoveryHit(name, partial(self._run, target, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, target, action in COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._run, target, action), help=help_text)
