"""The review workbench: a Textual app over one workbench database and one reviewer.

The app holds the UI thread's own SQLite connection (one-row reads as the cursor lands on a
claim), the write queue every verdict, note and undo goes through (committed in key order in
thread workers, never on the UI thread) and the keymap; the review screen does the rest. Importing this module pulls
in Textual and the store, never a model library (a subprocess test checks ``sys.modules``).
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

from textual import events
from textual.app import App
from textual.binding import Binding

from workbench.store import Database, open_db
from workbench.tui.commands import ReviewCommands
from workbench.tui.keymap import load_keymap
from workbench.tui.writes import WriteQueue

MIN_SIZE = (100, 30)  # columns, rows: the clusters pane, two outlet columns and the context pane fit


class WorkbenchApp(App[None]):
    """``WorkbenchApp(db_path, reviewer)``; ``keymap_path`` overrides the keymap file lookup."""

    CSS_PATH = "workbench.tcss"
    TITLE = "workbench review"
    COMMANDS = App.COMMANDS | {ReviewCommands}
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(
        self, db_path: str, reviewer: str, keymap_path: str | os.PathLike[str] | None = None, blind: bool = False
    ) -> None:
        super().__init__()
        self.db_path = str(db_path)
        self.reviewer = reviewer
        self.keymap_path = keymap_path
        self.blind = blind  # others' verdicts hidden on a card until this reviewer decides (b toggles)
        self.sub_title = f"{Path(self.db_path).name} · {reviewer}" + (" · blind" if blind else "")
        self._db: Database | None = None
        self.writes = WriteQueue(self.db_path)
        self.keymap_warnings: list[str] = []
        self._size_warned = False
        self.active_keymap: dict[str, str] = {}  # binding id -> keys, as applied (the help screen lists it)
        self._heap_frozen = False

    def freeze_heap(self) -> None:
        """Take every object alive now out of the cyclic collector's sight (``gc.freeze``).

        Once the first screen is up, Textual, the app and the group order are ~150k long-lived
        objects; each full collection walked them all (130-350 ms on a 1M-claim database, landing
        on a random key: the p95 of ``J``). Frozen, a collection walks only what was made since.
        Called after each load's first paint and once its order is listed; undone on unmount, so
        a process that runs many apps (the tests) collects their garbage as before. The cost: a
        frozen object later dropped inside a reference cycle (a removed column's widgets) is
        freed only on exit; with the columns re-filled in place that is a few widgets per reload.
        """
        gc.freeze()
        self._heap_frozen = True

    @property
    def db(self) -> Database:
        """The UI thread's connection (workers open their own)."""
        if self._db is None:
            self._db = open_db(self.db_path, create=False)
        return self._db

    @staticmethod
    def binding_ids() -> set[str]:
        from workbench.tui.screens.help import binding_sources

        return {b.id for _where, bindings in binding_sources() for b in bindings if b.id}

    def on_mount(self) -> None:
        keymap, self.keymap_warnings = load_keymap(self.keymap_path, self.binding_ids())
        if keymap:
            self.set_keymap(keymap)
            self.active_keymap = keymap
        for warning in self.keymap_warnings:
            self.notify(warning, severity="warning", timeout=8)
        from workbench.tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(self.db_path))

    def on_resize(self, event: events.Resize) -> None:
        """Below the size the layout is made for, say so once per shrink instead of leaving cut-off panes."""
        small = event.size.width < MIN_SIZE[0] or event.size.height < MIN_SIZE[1]
        self.set_class(small, "-cramped")  # narrower clusters pane, shorter context: more room for the cards
        if small and not self._size_warned:
            self.notify(
                f"The review screen is laid out for {MIN_SIZE[0]}×{MIN_SIZE[1]} and up (this terminal is "
                f"{event.size.width}×{event.size.height}): enlarge it; Ctrl+D/Ctrl+U page a long card, Enter reads the article.",
                severity="warning",
                timeout=10,
            )
        self._size_warned = small

    def on_app_focus(self, event: events.AppFocus) -> None:
        """Back from another window: show what other reviewers decided meanwhile."""
        from workbench.tui.widgets.comparison import ComparisonPane

        for pane in self.screen.query(ComparisonPane):
            pane.refresh_verdicts()

    def action_help(self) -> None:
        from workbench.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def on_unmount(self) -> None:
        if self._heap_frozen:
            gc.unfreeze()
            self._heap_frozen = False
        self.writes.close()
        if self._db is not None:
            self._db.close()
            self._db = None
