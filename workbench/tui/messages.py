"""Messages the review UI passes upwards (workers -> screen, panes -> screen).

Workers run in threads with their own SQLite connection and never touch widgets: they post
these messages, the screen hands plain data down to the panes as attributes/method calls.
Progress messages coalesce (``can_replace``), as Toolong does, so a fast worker cannot
flood the message queue: only the newest pending progress is ever rendered.
"""

from __future__ import annotations

import threading

from textual.message import Message

from workbench.models import ArticleView, ClaimColumn, ClaimContext, GroupRow, ReviewProgress, VerdictState
from workbench.tui.loaders import GroupOrder, Undone


class Progress(Message):
    """A worker's progress line ("ordering 12,000 groups…"); newer replaces older."""

    def __init__(self, worker: str, text: str, fraction: float | None = None) -> None:
        super().__init__()
        self.worker = worker
        self.text = text
        self.fraction = fraction

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, Progress) and message.worker == self.worker


class GroupsLoaded(Message):
    """The ordered group keys for the current filter/search, the first page, and where to resume."""

    def __init__(self, request: int, order: GroupOrder) -> None:
        super().__init__()
        self.request = request
        self.order = order
        self.painted = threading.Event()  # set once the screen has drawn it: the rest of the order may follow


class GroupsExtended(Message):
    """More group keys for the same load, appended to the order (documents after clusters)."""

    def __init__(self, request: int, keys: list[str]) -> None:
        super().__init__()
        self.request = request
        self.keys = keys


class GroupsListed(Message):
    """The whole order of a load is listed (the last ``GroupsExtended`` came before this)."""

    def __init__(self, request: int) -> None:
        super().__init__()
        self.request = request


class GroupLoaded(Message):
    """The claims of one group, as outlet columns."""

    def __init__(
        self, request: int, key: str, columns: list[ClaimColumn], total: int, focus_claim: str | None, reviews=None,
        contexts: dict[str, ClaimContext | None] | None = None,
    ) -> None:
        super().__init__()
        self.request = request
        self.key = key
        self.columns = columns
        self.total = total
        self.focus_claim = focus_claim
        self.reviews = reviews or {}  # claim id -> card_reviews.CardReview: reviewers' verdicts, "seen before"
        self.contexts = contexts or {}  # claim id -> its context, read with the group (the read-ahead's landing claim)


class ExportFinished(Message):
    def __init__(self, path: str, rows: int | None, error: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.rows = rows
        self.error = error


class WorkerFailed(Message):
    """A worker hit a database problem: shown as one line, never a traceback."""

    def __init__(self, worker: str, error: str) -> None:
        super().__init__()
        self.worker = worker
        self.error = error


class ClaimFocused(Message):
    """The comparison cursor moved onto a claim (the context pane follows)."""

    def __init__(self, claim_id: str | None) -> None:
        super().__init__()
        self.claim_id = claim_id


class VerdictSaved(Message):
    """A verdict or note event was committed for a claim of the open group.

    ``reviewed_delta`` (+1, 0, -1) is how the group's reviewed count moved when the sender
    knows it (a verdict key); None asks the screen to re-count the group (undo, note).
    """

    def __init__(self, claim_id: str, verdict: str, reviewed_delta: int | None = None) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.verdict = verdict
        self.reviewed_delta = reviewed_delta


class GroupExhausted(Message):
    """Every claim of the open group has a verdict: the screen moves to the next group."""


class AgreementComputed(Message):
    """The status line's reviewer-agreement text (None: fewer than two reviewers) and review progress."""

    def __init__(self, request: int, text: str | None, progress: ReviewProgress | None = None) -> None:
        super().__init__()
        self.request = request
        self.text = text
        self.progress = progress


class RowsLoaded(Message):
    """Display rows for group ``keys``: a page the clusters pane asked for, or (``refresh``) new counts."""

    def __init__(self, keys: list[str], rows: list[GroupRow], refresh: bool = False) -> None:
        super().__init__()
        self.keys = keys
        self.rows = rows
        self.refresh = refresh


class ContextLoaded(Message):
    """The focused claim inside its document (None: the claim left the database)."""

    def __init__(self, claim_id: str, context: ClaimContext | None) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.context = context


class NextGroupFound(Message):
    """The next group holding an unreviewed claim after ``after`` (None: every claim has a verdict)."""

    def __init__(self, after: str | None, index: int | None) -> None:
        super().__init__()
        self.after = after
        self.index = index


class UndoDone(Message):
    """An undo was committed (None: nothing of the reviewer's to undo)."""

    def __init__(self, undone: Undone | None) -> None:
        super().__init__()
        self.undone = undone


class ArticleLoaded(Message):
    """The whole document of a claim, to read (None: the claim left the database)."""

    def __init__(self, claim_id: str, article: ArticleView | None) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.article = article


class VerdictWritten(Message):
    """A queued verdict was committed (the card already shows it)."""

    def __init__(self, claim_id: str, verdict: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.verdict = verdict


class VerdictFailed(Message):
    """A queued verdict did not land: the card goes back to ``before`` and the count by ``-delta``."""

    def __init__(self, claim_id: str, before: VerdictState, delta: int, error: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.before = before
        self.delta = delta
        self.error = error


class NoteWritten(Message):
    """A note was committed for a claim of the open group."""

    def __init__(self, claim_id: str, event: dict | None = None) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.event = event
