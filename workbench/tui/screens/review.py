"""The review screen: clusters pane | comparison pane over context pane, status line, footer.

The screen owns the group order (filter, search, position) and the workers; panes get data
handed down and report back with messages. Verdict keys live on the comparison pane, group
navigation and the whole-view actions (undo, search, filter, export, refresh) live here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, OptionList, Static

from workbench.models import DbState
from workbench.store import DB_ERRORS, undo_last
from workbench.store.review import FILTERS, group_of_claim, next_unreviewed_group
from workbench.tui.export_adapter import default_export_path
from workbench.tui.messages import (
    ClaimFocused,
    ExportFinished,
    GroupExhausted,
    GroupLoaded,
    GroupsExtended,
    GroupsLoaded,
    VerdictSaved,
    WorkerFailed,
)
from workbench.tui.screens.prompt import PromptScreen
from workbench.tui.screens.status_line import StatusLine
from workbench.tui.widgets.cluster_list import ClusterList
from workbench.tui.widgets.comparison import ComparisonPane
from workbench.tui.widgets.context import ContextPane
from workbench.tui.widgets.render import FILTER_LABELS, group_title

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


class ReviewScreen(StatusLine):
    BINDINGS = [
        Binding("J,tab", "next_group(1)", "Next cluster", key_display="J", id="cluster.next"),
        Binding("K,shift+tab", "next_group(-1)", "Prev cluster", show=False, id="cluster.prev"),
        Binding("z", "undo", "Undo", id="verdict.undo"),
        Binding("slash", "search", "Search", id="search"),
        Binding("f", "cycle_filter", "Filter", id="filter"),
        Binding("e", "export", "Export", id="export"),
        Binding("r", "refresh", "Refresh", id="refresh"),
    ]

    def __init__(self, db_path: str) -> None:
        super().__init__()
        self.db_path = db_path
        self.filter_name = "all"
        self.search: str | None = None
        self.state: DbState | None = None
        self.current_key: str | None = None
        self._groups_request = 0
        self._group_request = 0

    @property
    def wb(self) -> WorkbenchApp:
        return cast("WorkbenchApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield ClusterList(id="clusters")
            with Vertical(id="right"):
                yield ComparisonPane(id="comparison")
                yield ContextPane(id="context")
        yield Static("", id="status")
        yield Footer(compact=True)

    @property
    def clusters(self) -> ClusterList:
        return self.query_one(ClusterList)

    @property
    def pane(self) -> ComparisonPane:
        return self.query_one(ComparisonPane)

    def on_mount(self) -> None:
        self.clusters.border_title = "Clusters"
        self.pane.focus()
        self.reload()
        self.refresh_agreement(now=True)

    # --- loading -------------------------------------------------------------------------
    def reload(self, keep: bool = False) -> None:
        """(Re)read the group order; ``keep`` stays on the open group and claim."""
        self._groups_request += 1
        card = self.pane.focused_card
        self.load_groups(
            self._groups_request,
            self.filter_name,
            self.search,
            self.current_key if keep else None,
            card.claim.id if keep and card else None,
        )

    async def on_groups_loaded(self, message: GroupsLoaded) -> None:
        if message.request != self._groups_request:
            return  # a newer filter/search superseded this load
        self.state = message.state
        self.clusters.show_groups(message.keys, message.rows)
        self.clusters.border_subtitle = f"{len(message.keys):,} groups"
        self.current_key = None
        self.pane.set_hint(self._hint(message.state))
        self.update_status()
        if message.state.empty:
            self.pane.set_title("")
            await self.pane.show_message(
                "This database has no claims yet.\n\nIngest articles first, for example:\n\n"
                f"  workbench ingest articles/ --db {self.db_path}\n"
                f"  workbench analyze --db {self.db_path}\n\n"
                "or load the bundled samples with `workbench demo`. Then press r here to refresh."
            )
            return
        if not message.keys:
            self.pane.set_title("")
            await self.pane.show_message(
                f"No group matches (filter: {FILTER_LABELS[self.filter_name]}"
                + (f", search: {self.search!r}" if self.search else "")
                + ").\n\nPress f to change the filter, / to search again (an empty search clears it)."
            )
            return
        index = message.resume.group_index or 0
        if message.first_group is None:
            self.open_group(message.keys[index], message.resume.claim_id)
        else:
            self.current_key = message.keys[index]
            self._group_request += 1
            self.clusters.mark_selected(self.current_key)
            columns, total = message.first_group
            await self.on_group_loaded(
                GroupLoaded(self._group_request, self.current_key, columns, total, message.resume.claim_id)
            )
        self.clusters.select_index(index)

    def on_groups_extended(self, message: GroupsExtended) -> None:
        if message.request != self._groups_request:
            return
        self.clusters.extend_keys(message.keys)
        self.clusters.border_subtitle = f"{len(self.clusters.keys):,} groups"
        self._show_title()

    def _hint(self, state: DbState) -> str:
        if state.empty or state.analyzed:
            return ""
        return (
            "Not analyzed yet: claims are grouped per document. "
            f"Run `workbench analyze --db {self.db_path}` to compare outlets side by side, then press r."
        )

    def open_group(self, key: str, focus_claim: str | None = None) -> None:
        self.current_key = key
        self._group_request += 1
        self.clusters.mark_selected(key)
        self.load_group(self._group_request, key, focus_claim)

    async def on_group_loaded(self, message: GroupLoaded) -> None:
        if message.request != self._group_request:
            return
        self._show_title()
        await self.pane.show_group(message.key, message.columns, message.focus_claim)
        if message.total > sum(len(c.claims) for c in message.columns):
            self.notify(f"This group has {message.total} claims; showing the first {sum(len(c.claims) for c in message.columns)}.")

    def _show_title(self) -> None:
        key = self.current_key
        row = self.clusters.rows.get(key) if key else None
        index = self.clusters.index_of(key) if key else None
        self.pane.set_title(group_title(row, index or 0, len(self.clusters.keys)))

    @on(OptionList.OptionHighlighted, "#clusters")
    def _group_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        key = event.option.id
        if key and key != self.current_key:
            self.open_group(key)

    @on(OptionList.OptionSelected, "#clusters")
    def _group_clicked(self, event: OptionList.OptionSelected) -> None:
        self.pane.focus()

    # --- messages from the panes ---------------------------------------------------------
    def on_claim_focused(self, message: ClaimFocused) -> None:
        self.query_one(ContextPane).show_claim(message.claim_id)

    def on_verdict_saved(self, message: VerdictSaved) -> None:
        self.refresh_agreement()
        if self.current_key:
            if message.reviewed_delta is None:
                self.clusters.refresh_row(self.current_key)
            else:
                self.clusters.adjust_reviewed(self.current_key, message.reviewed_delta)
            self._show_title()

    def on_group_exhausted(self, message: GroupExhausted) -> None:
        keys = self.clusters.keys
        index = self.clusters.index_of(self.current_key) if self.current_key else None
        start = (index + 1) if index is not None else 0
        target = next_unreviewed_group(self.wb.db, keys, start % max(len(keys), 1)) if keys else None
        if target is None or target == index:
            self.notify("Every claim in this view has a verdict.", title="All reviewed")
            return
        self._go_to(target)

    def on_worker_failed(self, message: WorkerFailed) -> None:
        self.notify(message.error, title=f"{message.worker} failed", severity="error")

    def on_export_finished(self, message: ExportFinished) -> None:
        if message.error:
            self.notify(f"{message.path}: {message.error}", title="Export failed", severity="error")
        else:
            self.notify(f"{message.rows:,} rows written to {message.path}", title="Exported")

    # --- actions -------------------------------------------------------------------------
    def _go_to(self, index: int, focus_claim: str | None = None) -> None:
        keys = self.clusters.keys
        if not keys:
            return
        index = max(0, min(index, len(keys) - 1))
        self.open_group(keys[index], focus_claim)
        self.clusters.select_index(index)

    def action_next_group(self, step: int) -> None:
        if not self.clusters.keys:
            self.app.bell()
            return
        index = self.clusters.index_of(self.current_key) if self.current_key else None
        self._go_to(0 if index is None else index + step)

    def action_undo(self) -> None:
        try:
            event = undo_last(self.wb.db, self.wb.reviewer)
        except DB_ERRORS as exc:
            self.notify(str(exc), severity="error")
            return
        if event is None:
            self.notify("Nothing of yours to undo.")
            return
        claim_id, restored = event["claim_id"], event["verdict"]
        self.refresh_agreement()
        self.notify(f"Undone; the claim is back to {'no verdict' if restored == 'cleared' else restored}.")
        card = self.pane.card_for(claim_id)
        if card is not None:
            self.pane.refresh_verdicts()
            self.pane.move_to(card)
            self.on_verdict_saved(VerdictSaved(claim_id, restored))
            return
        key = group_of_claim(self.wb.db, claim_id)
        index = self.clusters.index_of(key) if key else None
        if index is not None:
            self.clusters.ensure_loaded(index)
            self.clusters.refresh_row(key)
            self._go_to(index, claim_id)

    def action_search(self) -> None:
        def apply(term: str | None) -> None:
            if term is None:
                return
            self.search = term or None
            self.reload(keep=True)

        self.app.push_screen(
            PromptScreen("Search claim text, speakers and outlets", value=self.search or "", placeholder="e.g. Wagner"),
            apply,
        )

    def action_cycle_filter(self) -> None:
        self.filter_name = FILTERS[(FILTERS.index(self.filter_name) + 1) % len(FILTERS)]
        self.notify(f"Filter: {FILTER_LABELS[self.filter_name]}")
        self.reload(keep=True)

    def action_export(self) -> None:
        def start(path: str | None) -> None:
            if path:
                self._progress["export"] = "exporting…"
                self.update_status()
                self.export_worker(path)

        self.app.push_screen(PromptScreen("Export CSV to", value=default_export_path(self.db_path)), start)

    def action_refresh(self) -> None:
        self.reload(keep=True)
        self.refresh_agreement(now=True)
