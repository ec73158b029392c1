"""Running a loader off the UI thread: its own connection, its result as a message, errors as one line.

Every worker opens its own SQLite connection (``open_db``; connections are per thread),
calls plain functions (``workbench.tui.loaders``, the store) and hands its result up as a
message; it never touches a widget. A database problem becomes one line (``WorkerFailed``
by default), never a traceback. Named worker groups are exclusive: a newer request of the
same kind cancels the older one, whose result is then dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import Worker, get_current_worker

from workbench.store import DB_ERRORS, Database, open_db
from workbench.tui.messages import WorkerFailed

Job = Callable[[Database], "Message | None"]


def run_loader(
    node: DOMNode,
    name: str,
    db_path: str,
    job: Job,
    *,
    errors: tuple[type[BaseException], ...] = DB_ERRORS,
    on_error: Callable[[str], Message] | None = None,
    exclusive: bool = True,
) -> Worker[None]:
    """Run ``job(db)`` in a thread worker named ``name``; post what it returns to ``node``.

    ``job`` may post progress messages itself; its return value (a message or None) is posted
    unless the worker was cancelled meanwhile. ``errors`` are the exceptions reported as one
    line, through ``on_error(text)`` or as a ``WorkerFailed``.
    """

    def fail(text: str) -> None:
        node.post_message(on_error(text) if on_error else WorkerFailed(name, text))

    def work() -> None:
        worker = get_current_worker()
        try:
            db = open_db(db_path, create=False)
        except DB_ERRORS as exc:
            fail(str(exc))
            return
        try:
            message = job(db)
            if message is not None and not worker.is_cancelled:
                node.post_message(message)
        except errors as exc:
            fail(str(exc) or type(exc).__name__)
        finally:
            db.close()

    return node.run_worker(work, name=name, group=name, exclusive=exclusive, thread=True)
