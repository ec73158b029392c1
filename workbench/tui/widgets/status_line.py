"""The status line: reviewer, filter, database size, review progress, worker progress, agreement.

A widget that owns what feeds it, as Toolong's progress widget does: the screen tells it
the view (filter, search, database state) and forwards workers' progress lines; the
agreement figure and the review progress (claims reviewed by everyone and by this reviewer,
conflicts left) it computes itself, in its own worker with its own connection.

Reviewer agreement (kappa) is shown only once two reviewers have verdicts. It is computed
at start, after ``r`` and, after verdicts, at most once per ``AGREEMENT_DELAY_S``. The first
verdict of a burst arms a timer and the verdicts that follow within it ride along
(coalescing, not debouncing: a reviewer who never pauses still sees the figure move), so a
keystroke never waits on it.
"""

from __future__ import annotations

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from workbench.models import DbState, ReviewProgress
from workbench.store import DB_ERRORS
from workbench.store.reviewers import review_progress
from workbench.textnorm import printable
from workbench.tui.agreement_status import agreement_status
from workbench.tui.messages import AgreementComputed
from workbench.tui.widgets.claim_card import update_in_place
from workbench.tui.widgets.render import FILTER_LABELS
from workbench.tui.workers import run_loader

AGREEMENT_DELAY_S = 2.0


class StatusLine(Static):
    """One line of text; ``show_view`` and ``set_progress`` change it, agreement refreshes itself."""

    def __init__(self, db_path: str, reviewer: str, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.db_path = db_path
        self.reviewer = reviewer
        self.filter_name = "all"
        self.search: str | None = None
        self.state: DbState | None = None
        self.agreement: str | None = None
        self.review: ReviewProgress | None = None
        self._progress: dict[str, str] = {}
        self._agreement_request = 0
        self._agreement_timer: Timer | None = None

    def show_view(self, filter_name: str, search: str | None, state: DbState | None) -> None:
        self.filter_name, self.search, self.state = filter_name, search, state
        self._render_line()

    def set_progress(self, worker: str, text: str) -> None:
        """A worker's progress line ("" removes it)."""
        self._progress[worker] = text
        self._render_line()

    def _render_line(self) -> None:
        parts = [f"reviewer: {self.reviewer}", f"filter: {FILTER_LABELS[self.filter_name]}"]
        if self.search:
            parts.append(f"search: {self.search!r}")
        progress = self.review is not None and self.state is not None and not self.state.empty
        if self.state is not None:  # with progress shown, the claim total is in "reviewed/total"
            parts.append(f"{self.state.documents:,} documents" + ("" if progress else f" · {self.state.claims:,} claims"))
        if progress:
            r = self.review
            split = f" · {r.split:,} split" if r.split else ""
            parts.append(f"{r.reviewed_by_anyone:,}/{r.claims:,} reviewed (you {r.reviewed_by_me:,}) · "
                         f"{r.conflicts_left:,} conflicts left (you {r.conflicts_left_for_me:,}){split}")
        if self.agreement:
            parts.append(self.agreement)
        parts.extend(text for text in self._progress.values() if text)
        # Text, not a markup string: a reviewer name or search like "[/]" is shown as typed.
        update_in_place(self, Text(printable(" │ ".join(parts))))

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
        request = self._agreement_request
        run_loader(
            self,
            "agreement",
            self.db_path,
            lambda db: AgreementComputed(request, agreement_status(db), review_progress(db, self.reviewer)),
            errors=(*DB_ERRORS, ValueError),  # ValueError: a malformed verdict cell in the report
        )

    def on_agreement_computed(self, message: AgreementComputed) -> None:
        message.stop()
        if message.request == self._agreement_request and (message.text, message.progress) != (
            self.agreement,
            self.review,
        ):
            self.agreement, self.review = message.text, message.progress
            self._render_line()
