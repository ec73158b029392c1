"""The review screen's background work: which loader runs in which worker, and the message it posts.

Each function starts one named thread worker (``workbench.tui.workers.run_loader``: its own
connection, errors as one line) around plain functions of ``workbench.tui.loaders`` and the
store, and posts the result to the screen. Nothing here touches a widget.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.worker import get_current_worker

from workbench.errors import WorkbenchError
from workbench.store import DB_ERRORS, Database
from workbench.store.cards import claim_article, claim_context, group_columns
from workbench.store.review import group_rows
from workbench.tui import loaders
from workbench.tui.card_reviews import card_reviews
from workbench.tui.export_adapter import export_csv
from workbench.tui.messages import (
    ArticleLoaded,
    ContextLoaded,
    ExportFinished,
    GroupLoaded,
    GroupsExtended,
    GroupsListed,
    GroupsLoaded,
    NextGroupFound,
    Progress,
    RowsLoaded,
    UndoDone,
)
from workbench.tui.workers import run_loader

FIRST_PAINT_WAIT_S = 2.0  # longest the rest of the order waits for the first screen to be drawn


def load_groups(
    screen: Screen, request: int, filter_name: str, search: str | None, keep_key: str | None, keep_claim: str | None,
    by_event: bool = False,
) -> None:
    """The group order and the first screen; the document groups follow in a second message."""
    reviewer, blind = screen.wb.reviewer, screen.wb.blind

    def job(db: Database) -> None:
        def say(text: str, fraction: float | None) -> None:
            screen.post_message(Progress("load-groups", text, fraction))

        order, rest = loaders.group_order(
            db, filter_name, search, keep_key, keep_claim, say, reviewer if blind else None, by_event
        )
        if order.first_group is not None:
            ids = [c.id for column in order.first_group[0] for c in column.claims]
            order.first_reviews = card_reviews(db, ids, reviewer, blind)
        if get_current_worker().is_cancelled:
            return
        loaded = GroupsLoaded(request, order)
        screen.post_message(loaded)
        if order.more_pending:
            # not before the first screen is drawn: on two busy cores this listing would slow it down
            loaded.painted.wait(FIRST_PAINT_WAIT_S)
            # the first screen is up; the rest of the order follows in steps (clusters, then documents)
            say("listing the rest of the groups…", 0.8)
            for chunk in loaders.rest_of_order(rest):
                if get_current_worker().is_cancelled:
                    return
                screen.post_message(GroupsExtended(request, chunk))
            screen.post_message(GroupsListed(request))
        say("", 1.0)

    run_loader(screen, "load-groups", screen.db_path, job)


def load_group(screen: Screen, request: int, key: str, focus_claim: str | None) -> None:
    """The claims of one group as outlet columns (only the selected group is ever read)."""

    reviewer, blind = screen.wb.reviewer, screen.wb.blind

    def job(db: Database) -> GroupLoaded:
        columns, total = group_columns(db, key)
        reviews = card_reviews(db, [c.id for column in columns for c in column.claims], reviewer, blind)
        return GroupLoaded(request, key, columns, total, focus_claim, reviews)

    run_loader(screen, "load-group", screen.db_path, job)


def load_context(screen: Screen, claim_id: str) -> None:
    """The focused claim inside its document, for the context pane."""
    run_loader(screen, "load-context", screen.db_path, lambda db: ContextLoaded(claim_id, claim_context(db, claim_id)))


def load_article(screen: Screen, claim_id: str) -> None:
    """The focused claim's whole document (Enter)."""
    run_loader(screen, "load-article", screen.db_path, lambda db: ArticleLoaded(claim_id, claim_article(db, claim_id)))


def load_rows(screen: Screen, keys: list[str], refresh: bool = False) -> None:
    """Display rows of the clusters pane for ``keys``: the next page, or (``refresh``) groups whose counts changed."""
    name = "refresh-rows" if refresh else "load-rows"
    run_loader(screen, name, screen.db_path, lambda db: RowsLoaded(keys, group_rows(db, keys), refresh), exclusive=False)


def find_next_group(screen: Screen, keys: list[str], after: str | None, start: int) -> None:
    """The next group with an unreviewed claim (the open one is exhausted).

    It must see the verdict that finished the group: queued behind the writes when any are pending
    (``app.writes``), else read by a worker (the verdicts are committed). In blind
    mode "unreviewed" is this reviewer's: a claim only the others decided is still theirs to decide.
    """
    mine = screen.wb.reviewer if screen.wb.blind else None

    def job(db: Database) -> NextGroupFound:
        return NextGroupFound(after, loaders.next_group(db, keys, start, mine))

    if screen.app.writes.idle:  # every verdict already committed (on the UI thread): a plain worker will do,
        run_loader(screen, "next-group", screen.db_path, job)  # and a key pressed meanwhile is not queued behind it
    else:
        screen.app.writes.run(screen, "next-group", job)


def run_undo(screen: Screen, reviewer: str) -> None:
    """Undo the reviewer's last verdict: queued behind the verdicts, so ``v`` then ``z`` undoes that ``v``."""
    screen.app.writes.run(screen, "undo", lambda db: UndoDone(loaders.undo(db, reviewer)))


def run_export(screen: Screen, path: str) -> None:
    """Write the CSV export; progress every few hundred rows; any failure is one line."""

    def progress(stage: str, done: int, total: int | None) -> None:
        text = f"exporting… {done:,}" + (f"/{total:,}" if total else "") + " rows"
        screen.post_message(Progress("export", text, done / total if total else None))

    def job(db: Database) -> ExportFinished:
        rows = export_csv(db, path, progress)
        screen.post_message(Progress("export", "", 1.0))
        return ExportFinished(path, rows)

    def failed(text: str) -> ExportFinished:
        screen.post_message(Progress("export", "", 1.0))
        return ExportFinished(path, None, text)

    run_loader(screen, "export", screen.db_path, job, errors=(*DB_ERRORS, WorkbenchError, OSError), on_error=failed)
