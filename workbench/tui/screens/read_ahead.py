"""Reading the next group while the reviewer reads this one, so ``J`` opens it without a worker round trip.

After a group is shown (and again after an undo, or once a burst of verdicts pauses: they may
change what the next group's cards say, its verdicts, "seen before"), a worker reads the group after it,
cards and review data, exactly as ``load_group`` would, and the context of the claim the cursor will
land on (``loaders.landing_claim``), so the context pane is filled in the switch's one frame. ``J`` (or the next unreviewed group
being that one) then mounts it at once; anything else (another key, a filter, blind mode
toggled since) falls back to the worker. The data is at most one verdict old, and the cursor
re-reads the verdict of the card it lands on, as it always does.
"""

from __future__ import annotations

from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

from workbench.models import ClaimColumn, ClaimContext
from workbench.store import Database
from workbench.store.cards import claim_context, group_columns
from workbench.tui import messages as msg
from workbench.tui.card_reviews import CardReview, card_reviews
from workbench.tui.loaders import landing_claim
from workbench.tui.workers import run_loader

AHEAD_DELAY_S = 0.3  # after the last verdict of a burst: one read, not one per key


class GroupReadAhead(Message):
    """The group after the open one, read ahead (``blind``: the mode its review data was read in), with the
    context of the claim the cursor will land on."""

    def __init__(
        self, request: int, key: str, columns: list[ClaimColumn], total: int, reviews: dict[str, CardReview], blind: bool,
        contexts: dict[str, ClaimContext | None],
    ) -> None:
        super().__init__()
        self.request, self.key, self.columns, self.total, self.reviews, self.blind, self.contexts = (
            request, key, columns, total, reviews, blind, contexts)


class ReadAhead(Screen):
    """Mixin of the review screen: ``read_ahead()`` after a group is shown, ``take_ahead(key)`` when opening one."""

    _ahead: GroupReadAhead | None = None
    _ahead_request = 0
    _ahead_timer: Timer | None = None

    def read_ahead(self) -> None:
        """Read the group after the open one (none at the end of the order)."""
        self._ahead = None
        self._ahead_request += 1
        key = self._next_key()
        if key is None:
            return
        request, reviewer, blind = self._ahead_request, self.app.reviewer, self.app.blind

        def job(db: Database) -> GroupReadAhead:
            columns, total = group_columns(db, key)
            reviews = card_reviews(db, [c.id for column in columns for c in column.claims], reviewer, blind)
            # the context pane's read for the landing card, done now: on J it was a worker of its own whose read
            # and second paint fell inside the key's frame
            landing = landing_claim(columns)
            contexts = {landing.id: claim_context(db, landing.id)} if landing else {}
            return GroupReadAhead(request, key, columns, total, reviews, blind, contexts)

        run_loader(self, "read-ahead", self.db_path, job)

    def _next_key(self) -> str | None:
        clusters = self.clusters
        index = clusters.index_of(self.current_key) if self.current_key else None
        if index is None or index + 1 >= len(clusters.keys):
            return None
        return clusters.keys[index + 1]

    def take_ahead(self, key: str, request: int, focus_claim: str | None) -> msg.GroupLoaded | None:
        """The group ``key`` as a ``GroupLoaded`` for ``request`` when it was read ahead (and still applies)."""
        ahead, self._ahead = self._ahead, None
        if ahead is None or ahead.key != key or ahead.blind != self.app.blind:
            return None
        return msg.GroupLoaded(request, key, ahead.columns, ahead.total, focus_claim, ahead.reviews, ahead.contexts)

    def on_group_read_ahead(self, message: GroupReadAhead) -> None:
        if message.request == self._ahead_request:
            self._ahead = message
        self.clusters.prefetch()  # the switch's idle work is done: the clusters pane loads ahead now, not on a J

    def on_verdict_written(self, message: Message) -> None:
        """Drop what was read (it may be a verdict old) and read again once the burst of keys pauses."""
        self._ahead = None
        self._ahead_request += 1  # a read in flight is as old
        if self._ahead_timer is None:
            self._ahead_timer = self.set_timer(AHEAD_DELAY_S, self._read_ahead_later, name="read-ahead")

    def _read_ahead_later(self) -> None:
        self._ahead_timer = None
        self.read_ahead()

    def on_undo_done(self, message: Message) -> None:
        self.read_ahead()
