"""The review screen's long-running work, each in a named thread worker.

Every worker opens its own SQLite connection (``open_db``; connections are per thread),
reports progress with coalescing ``Progress`` messages and hands its result up as a
message; it never touches a widget. A database problem becomes a ``WorkerFailed`` line.
"""

from __future__ import annotations

from textual import work
from textual.screen import Screen
from textual.worker import get_current_worker

from workbench.errors import WorkbenchError
from workbench.store import DB_ERRORS, StoreError, open_db
from workbench.store.cards import group_columns
from workbench.store.review import (
    PAGE_SIZE,
    cluster_group_keys,
    db_state,
    document_group_keys,
    group_rows,
    next_unreviewed_group,
)
from workbench.tui.agreement_status import agreement_status
from workbench.tui.export_adapter import export_csv
from workbench.tui.messages import (
    AgreementComputed,
    ExportFinished,
    GroupLoaded,
    GroupsExtended,
    GroupsLoaded,
    Progress,
    Resume,
    WorkerFailed,
)


class ReviewWorkers(Screen):
    """Mixin base of the review screen: the workers and nothing else."""

    db_path: str

    @work(thread=True, exclusive=True, group="load", name="load-groups")
    def load_groups(
        self, request: int, filter_name: str, search: str | None, keep_key: str | None = None, keep_claim: str | None = None
    ) -> None:
        """Order and page the groups and find where to resume (kept group, else first unreviewed).

        Clusters are posted as soon as they are ordered; the documents holding unclustered
        claims (slower to find after analysis) follow in a second message.
        """
        worker = get_current_worker()
        try:
            db = open_db(self.db_path, create=False)
        except DB_ERRORS as exc:
            self.post_message(WorkerFailed("load-groups", str(exc)))
            return
        try:
            self.post_message(Progress("load-groups", "reading the database…", 0.1))
            state = db_state(db)
            self.post_message(Progress("load-groups", f"ordering clusters of {state.claims:,} claims…", 0.2))
            keys = cluster_group_keys(db, filter_name, search) if not state.empty else []
            resume = self._resume(db, keys, keep_key, keep_claim)
            pending_documents = not state.empty
            if resume.group_index is None and not state.empty:
                # nothing to open among the clusters: the document groups decide (before analysis: all groups)
                self.post_message(Progress("load-groups", "listing documents…", 0.5))
                keys += document_group_keys(db, filter_name, search)
                resume = self._resume(db, keys, keep_key, keep_claim)
                pending_documents = False
            if resume.group_index is None and keys:
                resume = Resume(0, None)  # everything reviewed: start at the top
            if worker.is_cancelled:
                return
            end = max(PAGE_SIZE, (resume.group_index or 0) + 20)
            # the group to open rides along: one round trip less before the first screen
            first = group_columns(db, keys[resume.group_index]) if resume.group_index is not None else None
            self.post_message(GroupsLoaded(request, state, keys, group_rows(db, keys[:end]), resume, first))
            if pending_documents:
                # clusters are on screen; documents with unclustered claims follow them in the order
                self.post_message(Progress("load-groups", "listing unclustered claims…", 0.8))
                more = document_group_keys(db, filter_name, search)
                if not worker.is_cancelled:
                    self.post_message(GroupsExtended(request, more))
            self.post_message(Progress("load-groups", "", 1.0))
        except DB_ERRORS as exc:
            self.post_message(WorkerFailed("load-groups", str(exc)))
        finally:
            db.close()

    @staticmethod
    def _resume(db, keys: list[str], keep_key: str | None, keep_claim: str | None) -> Resume:
        """The kept group (refresh, filter) if listed, else the first group with an unreviewed claim, else none."""
        if keep_key is not None and keep_key in keys:
            return Resume(keys.index(keep_key), keep_claim)
        return Resume(next_unreviewed_group(db, keys, 0) if keys else None, None)

    @work(thread=True, exclusive=True, group="group", name="load-group")
    def load_group(self, request: int, key: str, focus_claim: str | None) -> None:
        """The claims of one group as outlet columns (only the selected group is ever read)."""
        try:
            db = open_db(self.db_path, create=False)
        except DB_ERRORS as exc:
            self.post_message(WorkerFailed("load-group", str(exc)))
            return
        try:
            columns, total = group_columns(db, key)
            self.post_message(GroupLoaded(request, key, columns, total, focus_claim))
        except DB_ERRORS as exc:
            self.post_message(WorkerFailed("load-group", str(exc)))
        finally:
            db.close()

    @work(thread=True, exclusive=True, group="export", name="export")
    def export_worker(self, path: str) -> None:
        """Write the CSV export; progress every few hundred rows."""
        try:
            db = open_db(self.db_path, create=False)
        except StoreError as exc:
            self.post_message(ExportFinished(path, None, str(exc)))
            return
        try:

            def progress(done: int, total: int | None) -> None:
                text = f"exporting… {done:,}" + (f"/{total:,}" if total else "") + " rows"
                self.post_message(Progress("export", text, done / total if total else None))

            rows = export_csv(db, path, progress)
            self.post_message(Progress("export", "", 1.0))
            self.post_message(ExportFinished(path, rows))
        except (*DB_ERRORS, WorkbenchError, OSError) as exc:  # ExportError, StoreError, disk: one line
            self.post_message(Progress("export", "", 1.0))
            self.post_message(ExportFinished(path, None, str(exc) or type(exc).__name__))
        finally:
            db.close()

    @work(thread=True, exclusive=True, group="agreement", name="agreement")
    def agreement_worker(self, request: int) -> None:
        """Reviewer agreement for the status line (kappa over every reviewer's verdicts)."""
        try:
            db = open_db(self.db_path, create=False)
        except DB_ERRORS as exc:
            self.post_message(WorkerFailed("agreement", str(exc)))
            return
        try:
            self.post_message(AgreementComputed(request, agreement_status(db)))
        except (*DB_ERRORS, ValueError) as exc:
            self.post_message(WorkerFailed("agreement", str(exc)))
        finally:
            db.close()
