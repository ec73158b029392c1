"""Messages the review UI passes upwards (workers -> screen, panes -> screen).

Workers run in threads with their own SQLite connection and never touch widgets: they post
these messages, the screen hands plain data down to the panes as attributes/method calls.
Progress messages coalesce (``can_replace``), as Toolong does, so a fast worker cannot
flood the message queue: only the newest pending progress is ever rendered.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from workbench.models import ClaimColumn, DbState, GroupRow


class Progress(Message):
    """A worker's progress line ("ordering 12,000 groups…"); newer replaces older."""

    def __init__(self, worker: str, text: str, fraction: float | None = None) -> None:
        super().__init__()
        self.worker = worker
        self.text = text
        self.fraction = fraction

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, Progress) and message.worker == self.worker


@dataclass
class Resume:
    """Where the cursor should land after a (re)load."""

    group_index: int | None
    claim_id: str | None


class GroupsLoaded(Message):
    """The ordered group keys for the current filter/search, the first page, and where to resume."""

    def __init__(
        self,
        request: int,
        state: DbState,
        keys: list[str],
        rows: list[GroupRow],
        resume: Resume,
        first_group: tuple[list[ClaimColumn], int] | None = None,
    ) -> None:
        super().__init__()
        self.request = request
        self.state = state
        self.keys = keys
        self.rows = rows
        self.resume = resume
        self.first_group = first_group  # the resume group's columns and total, read by the same worker


class GroupsExtended(Message):
    """More group keys for the same load, appended to the order (documents after clusters)."""

    def __init__(self, request: int, keys: list[str]) -> None:
        super().__init__()
        self.request = request
        self.keys = keys


class GroupLoaded(Message):
    """The claims of one group, as outlet columns."""

    def __init__(self, request: int, key: str, columns: list[ClaimColumn], total: int, focus_claim: str | None) -> None:
        super().__init__()
        self.request = request
        self.key = key
        self.columns = columns
        self.total = total
        self.focus_claim = focus_claim


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
    """The status line's reviewer-agreement text (None: fewer than two reviewers)."""

    def __init__(self, request: int, text: str | None) -> None:
        super().__init__()
        self.request = request
        self.text = text
