"""The review screen's CSV export (``e``): ask for a path, write it in a worker, say how it went."""

from __future__ import annotations

from textual.screen import Screen

from workbench.tui import messages as msg
from workbench.tui.export_adapter import default_export_path
from workbench.tui.screens import review_workers as work
from workbench.tui.screens.prompt import PromptScreen


class ExportAction(Screen):
    """Mixin of the review screen (its ``db_path`` and status line)."""

    def action_export(self) -> None:
        def start(path: str | None) -> None:
            if path:
                self.status.set_progress("export", "exporting…")
                work.run_export(self, path)

        self.app.push_screen(PromptScreen("Export CSV to", value=default_export_path(self.db_path)), start)

    def on_export_finished(self, message: msg.ExportFinished) -> None:
        if message.error:
            self.notify(f"{message.path}: {message.error}", title="Export failed", severity="error")
        else:
            self.notify(f"{message.rows:,} rows written to {message.path}", title="Exported")
