"""The review screen's status line: reviewer, filter, database size, worker progress, agreement.

Reviewer agreement (kappa) is shown only once two reviewers have verdicts. It is computed
in a worker with its own connection, never on the UI thread: at start, after ``r`` and, after
verdicts, at most once per ``AGREEMENT_DELAY_S``. The first verdict of a burst arms a timer
and the verdicts that follow within it ride along (coalescing, not debouncing: a reviewer
who never pauses still sees the figure move), so a keystroke never waits on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from workbench.models import DbState
from workbench.textnorm import printable
from workbench.tui.messages import AgreementComputed, Progress
from workbench.tui.screens.workers import ReviewWorkers
from workbench.tui.widgets.claim_card import update_in_place
from workbench.tui.widgets.render import FILTER_LABELS

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp

AGREEMENT_DELAY_S = 2.0


class StatusLine(ReviewWorkers):
    """Base of the review screen: the status line and what feeds it."""

    filter_name: str
    search: str | None
    state: DbState | None

    def __init__(self) -> None:
        super().__init__()
        self._progress: dict[str, str] = {}
        self.agreement: str | None = None
        self._agreement_request = 0
        self._agreement_timer: Timer | None = None

    def update_status(self) -> None:
        parts = [f"reviewer: {cast('WorkbenchApp', self.app).reviewer}", f"filter: {FILTER_LABELS[self.filter_name]}"]
        if self.search:
            parts.append(f"search: {self.search!r}")
        if self.state is not None:
            parts.append(f"{self.state.documents:,} documents · {self.state.claims:,} claims")
        if self.agreement:
            parts.append(self.agreement)
        parts.extend(text for text in self._progress.values() if text)
        # Text, not a markup string: a reviewer name or search like "[/]" is shown as typed.
        update_in_place(self.query_one("#status", Static), Text(printable(" │ ".join(parts))))

    def on_progress(self, message: Progress) -> None:
        self._progress[message.worker] = message.text
        self.update_status()

    def refresh_agreement(self, now: bool = False) -> None:
        """Recompute reviewer agreement: ``now``, or once the current burst of verdicts is over."""
        if now:
            if self._agreement_timer is not None:
                self._agreement_timer.stop()
            self._start_agreement()
        elif self._agreement_timer is None:
            self._agreement_timer = self.set_timer(AGREEMENT_DELAY_S, self._start_agreement, name="agreement")

    def _start_agreement(self) -> None:
        self._agreement_timer = None
        self._agreement_request += 1
        self.agreement_worker(self._agreement_request)

    def on_agreement_computed(self, message: AgreementComputed) -> None:
        if message.request == self._agreement_request and message.text != self.agreement:
            self.agreement = message.text
            self.update_status()
