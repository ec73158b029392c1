"""The review screen: clusters pane | comparison pane over context pane, status line, footer.

The screen owns the group order (filter, search, position) and starts the workers (plain
loader functions run by ``workbench.tui.workers``, each on its own connection); panes get
data handed down and report back with messages; the status line owns its own worker. Verdict
keys live on the comparison pane; group navigation, the focused claim's article, and the
whole-view actions (undo, search, filter, export, refresh) live here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, OptionList

from workbench.store.review import FILTERS
from workbench.tui import messages as msg
from workbench.tui.frames import one_frame
from workbench.tui.screens import review_workers as work
from workbench.tui.screens.article import ArticleScreen
from workbench.tui.screens.context_follow import ContextFollow
from workbench.tui.screens.event_view import EventViewScreen
from workbench.tui.screens.order_stream import OrderStream
from workbench.tui.screens.prompt import PromptScreen
from workbench.tui.screens.read_ahead import ReadAhead
from workbench.tui.screens.review_export import ExportAction
from workbench.tui.widgets.cluster_list import ClusterList
from workbench.tui.widgets.comparison import ComparisonPane
from workbench.tui.widgets.context import ContextPane
from workbench.tui.widgets.render import FILTER_LABELS, group_title
from workbench.tui.widgets.status_line import StatusLine
from workbench.tui.widgets.texts import empty_db_message, no_match_message, not_analyzed_hint

if TYPE_CHECKING:
    from workbench.models import DbState
    from workbench.tui.app import WorkbenchApp


class ReviewScreen(OrderStream, ReadAhead, ContextFollow, ExportAction, EventViewScreen):
    BINDINGS = [
        Binding("J,tab", "next_group(1)", "Next cluster", key_display="J", id="cluster.next"),
        Binding("K,shift+tab", "next_group(-1)", "Prev cluster", show=False, id="cluster.prev"),
        Binding("z", "undo", "Undo", id="verdict.undo"),
        Binding("slash", "search", "Search", id="search"),
        Binding("f", "cycle_filter", "Filter", id="filter"),
        Binding("e", "export", "Export", id="export"),
        Binding("r", "refresh", "Refresh", id="refresh"),
        Binding("enter", "article", "Read the whole article", show=False, id="claim.article"),
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
        yield StatusLine(self.db_path, self.wb.reviewer, id="status")
        yield Footer(compact=True)

    @property
    def clusters(self) -> ClusterList:
        return self.query_one(ClusterList)

    @property
    def pane(self) -> ComparisonPane:
        return self.query_one(ComparisonPane)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def update_status(self) -> None:
        self.status.show_view(self.filter_name, self.search, self.state)

    def on_progress(self, message: msg.Progress) -> None:
        self.status.set_progress(message.worker, message.text)

    def on_mount(self) -> None:
        self.clusters.border_title = "Clusters"
        self.pane.focus()
        self.reload()

    def reload(self, keep: bool = False) -> None:
        """(Re)read the group order; ``keep`` stays on the open group and claim."""
        self._groups_request += 1
        card = self.pane.focused_card
        kept = (self.current_key, card.claim.id if card else None) if keep else (None, None)
        work.load_groups(self, self._groups_request, self.filter_name, self.search, *kept, by_event=self.clusters.by_event)

    async def on_groups_loaded(self, message: msg.GroupsLoaded) -> None:
        try:
            await self._show_order(message)
        finally:  # the worker lists the rest of the order once this is on screen
            self.call_after_refresh(message.painted.set)
            self.call_after_refresh(self.wb.freeze_heap)

    async def _show_order(self, message: msg.GroupsLoaded) -> None:
        if message.request != self._groups_request:
            return  # a newer filter/search superseded this load
        order = message.order
        self.state = order.state
        self.clusters.show_groups(order.keys, order.rows, listing=order.more_pending)
        self._show_count()
        self.current_key = None
        self.pane.set_hint(not_analyzed_hint(order.state, self.db_path))
        self.update_status()
        if self.status.review is None:  # progress and agreement scan every verdict: after the first paint
            self.call_after_refresh(self.status.refresh_agreement, True)
        if order.state.empty:
            self.pane.set_title("")
            await self.pane.show_message(empty_db_message(self.db_path))
            return
        if not order.keys:
            self.pane.set_title("")
            await self.pane.show_message(no_match_message(self.filter_name, self.search))
            return
        index = order.resume.group_index or 0
        if order.first_group is None:
            self.open_group(order.keys[index], order.resume.claim_id)
        else:
            self.current_key = order.keys[index]
            self._group_request += 1
            self.clusters.mark_selected(self.current_key)
            columns, total = order.first_group
            first = msg.GroupLoaded(self._group_request, self.current_key, columns, total, order.resume.claim_id,
                                    order.first_reviews)
            await self.on_group_loaded(first)
            self.apply_reviews(self.current_key, order.first_reviews, land=order.resume.claim_id is None)
        self.clusters.select_index(index)

    def open_group(self, key: str, focus_claim: str | None = None) -> None:
        self.current_key = key
        self._group_request += 1
        self.clusters.mark_selected(key)
        ahead = self.take_ahead(key, self._group_request, focus_claim)
        if ahead is not None:  # read while the reviewer read the previous group: mounted without a worker
            self.post_message(ahead)
        else:
            work.load_group(self, self._group_request, key, focus_claim)

    async def on_group_loaded(self, message: msg.GroupLoaded) -> None:
        if message.request != self._group_request:
            return

        async def show() -> None:
            self._show_title()
            await self.pane.show_group(message.key, message.columns, message.focus_claim, message.reviews)
            self.show_landing_context(message)  # read ahead with the group: no worker of its own

        # laid out and painted once (see ``frames``)
        await one_frame(self.app, (self.pane, self.clusters, self.context_pane), show)
        # after the new group is painted: on two cores its thread would compete with the layout for the GIL
        self.call_after_refresh(self.read_ahead)
        if message.total > sum(len(c.claims) for c in message.columns):
            self.notify(f"This group has {message.total} claims; showing the first {sum(len(c.claims) for c in message.columns)}.")

    def _show_title(self) -> None:
        key = self.current_key
        row = self.clusters.rows.get(key) if key else None
        index = self.clusters.index_of(key) if key else None
        self.pane.set_title(group_title(row, index or 0, len(self.clusters.keys), more=self.clusters.listing))

    @on(OptionList.OptionHighlighted, "#clusters")
    def _group_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        key = event.option.id
        if key and key != self.current_key:
            self.open_group(key)

    @on(OptionList.OptionSelected, "#clusters")
    def _group_clicked(self, event: OptionList.OptionSelected) -> None:
        self.pane.focus()

    def on_cluster_list_page_wanted(self, message: ClusterList.PageWanted) -> None:
        work.load_rows(self, message.keys)

    def on_rows_loaded(self, message: msg.RowsLoaded) -> None:
        if message.refresh:  # new counts for listed groups
            self.clusters.update_rows(message.rows)
            self._show_title()
        else:
            self.clusters.add_rows(message.keys, message.rows)

    def on_verdict_saved(self, message: msg.VerdictSaved) -> None:
        self.status.refresh_agreement()
        if self.current_key:
            if message.reviewed_delta is None:
                work.load_rows(self, [self.current_key], refresh=True)
            else:
                self.clusters.adjust_reviewed(self.current_key, message.reviewed_delta)
            self._show_title()

    def on_group_exhausted(self, message: msg.GroupExhausted) -> None:
        index = self.clusters.index_of(self.current_key) if self.current_key else None
        work.find_next_group(self, list(self.clusters.keys), self.current_key, (index + 1) if index is not None else 0)

    def on_next_group_found(self, message: msg.NextGroupFound) -> None:
        if message.after != self.current_key:
            return  # the reviewer moved on meanwhile
        index = self.clusters.index_of(self.current_key) if self.current_key else None
        if message.index is None or message.index == index:
            self.notify("Every claim in this view has a verdict.", title="All reviewed")
            return
        self._go_to(message.index)

    def on_worker_failed(self, message: msg.WorkerFailed) -> None:
        self.notify(message.error, title=f"{message.worker} failed", severity="error")

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

    def action_article(self) -> None:
        card = self.pane.focused_card
        if card is None:
            self.app.bell()
        else:
            work.load_article(self, card.claim.id)

    def on_article_loaded(self, message: msg.ArticleLoaded) -> None:
        if message.article is not None:  # else the claim left the database (r refreshes)
            self.app.push_screen(ArticleScreen(message.article))

    def action_undo(self) -> None:
        work.run_undo(self, self.wb.reviewer)

    def on_undo_done(self, message: msg.UndoDone) -> None:
        undone = message.undone
        if undone is None:
            self.notify("Nothing of yours to undo.")
            return
        self.status.refresh_agreement()
        self.notify(f"Undone; the claim is back to {'no verdict' if undone.restored == 'cleared' else undone.restored}.")
        card = self.pane.card_for(undone.claim_id)
        if card is not None:
            self.pane.refresh_verdicts()
            self.pane.move_to(card)
            self.on_verdict_saved(msg.VerdictSaved(undone.claim_id, undone.restored))
            return
        index = self.clusters.index_of(undone.group_key) if undone.group_key else None
        if index is not None:
            work.load_rows(self, [undone.group_key], refresh=True)
            self._go_to(index, undone.claim_id)

    def action_search(self) -> None:
        def apply(term: str | None) -> None:
            if term is None:
                return
            self.search = term or None
            self.reload(keep=True)

        prompt = PromptScreen("Search claim text, speakers and outlets", value=self.search or "", placeholder="words")
        self.app.push_screen(prompt, apply)

    def action_cycle_filter(self) -> None:
        self.filter_name = FILTERS[(FILTERS.index(self.filter_name) + 1) % len(FILTERS)]
        self.notify(f"Filter: {FILTER_LABELS[self.filter_name]}")
        self.reload(keep=True)

    def action_refresh(self) -> None:
        self.reload(keep=True)
        self.status.refresh_agreement(now=True)
