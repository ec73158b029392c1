"""What the review screen's workers compute: plain functions over a store connection.

No textual import and no widget: each function takes the worker's own connection (SQLite
connections are per thread) and returns the dataclasses the panes render, so they are
tested without a terminal. ``workbench.tui.workers`` runs them in threads and posts the
results as messages; the screen hands the data down.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from workbench.models import ClaimColumn, DbState, GroupRow, ReviewClaim
from workbench.store import Database, undo_last
from workbench.store.cards import group_columns
from workbench.store.review import (
    PAGE_SIZE,
    db_state,
    group_of_claim,
    group_rows,
    iter_cluster_keys,
    iter_document_keys,
    next_unreviewed_group,
)
from workbench.store.review_view import group_in_view
from workbench.tui.card_reviews import CardReview

# (text, fraction or None): a worker's progress line for the status line.
StatusProgress = Callable[[str, "float | None"], None]


def landing_claim(columns: list[ClaimColumn], focus_claim: str | None = None) -> ReviewClaim | None:
    """The claim the cursor lands on when a group opens: ``focus_claim``, else the first unreviewed, else the first.

    One rule for the comparison pane (where the cursor goes) and the read-ahead (whose context to read
    with the group, so ``J`` shows it in the switch's frame instead of after a worker of its own).
    """
    claims = [c for column in columns for c in column.claims]
    return next((c for c in claims if c.id == focus_claim), None) or next(
        (c for c in claims if not c.state.reviewed), claims[0] if claims else None)


@dataclass
class Resume:
    """Where the cursor should land after a (re)load."""

    group_index: int | None
    claim_id: str | None


@dataclass
class GroupOrder:
    """The first screen of a (re)load: the keys read so far, first page, where to resume, the group to open."""

    state: DbState
    keys: list[str]
    rows: list[GroupRow]
    resume: Resume
    first_group: tuple[list[ClaimColumn], int] | None
    more_pending: bool  # the rest of the order follows (``rest_of_order``)
    first_reviews: dict[str, CardReview] = field(default_factory=dict)  # the open group's cards' review data


FIRST_READ = PAGE_SIZE  # keys read before the first screen (more only while the resume point is not among them)
MAX_READ = 20_000  # keys per later read: the order grows in steps, never one list of every group at once


def view_keys(db: Database, filter_name: str, search: str | None, by_event: bool = False) -> Iterator[str]:
    """Every group key of the view in review order, read lazily: clusters, then documents' unclustered claims.

    Both parts walk an index in order (``workbench.store.review``), so the first page costs a
    page of rows; the documents' query (every claim's membership probed) starts only when the
    clusters are exhausted.
    """
    yield from iter_cluster_keys(db, filter_name, search, by_event)
    yield from iter_document_keys(db, filter_name, search)


def _locate(
    db: Database, stream: Iterator[str], keep_key: str | None, reviewer: str | None,
    in_view: Callable[[str], bool] = lambda key: True,
) -> tuple[list[str], int | None, bool]:
    """Read keys until the resume point is among them: (keys read, its index or None, stream exhausted).

    The kept group (refresh, filter) if the view lists it, else the first group with an
    unreviewed claim. Reads grow 4x a step, so a resume point far down costs a few queries.
    A kept group not in the first page is probed (``in_view``, one indexed query) before reading
    on: one the view leaves out would otherwise cost reading the whole order.
    """
    keys: list[str] = []
    size = FIRST_READ
    while True:
        more = list(islice(stream, size))
        start = len(keys)
        keys += more
        done = len(more) < size
        if keep_key is not None and keep_key not in more and start == 0 and not done and not in_view(keep_key):
            keep_key = None  # the view does not list it: resume at the first unreviewed group instead
        if keep_key is not None and keep_key in more:
            return keys, start + more.index(keep_key), done
        if keep_key is None and more:
            index = next_unreviewed_group(db, keys, start, wrap=False, reviewer=reviewer)
            if index is not None:
                return keys, index, done
        if done:
            break
        size = min(size * 4, MAX_READ)
    if keep_key is not None and keys:  # the kept group left the view: the first unreviewed one, then
        return keys, next_unreviewed_group(db, keys, 0, wrap=False, reviewer=reviewer), True
    return keys, None, True


def group_order(
    db: Database,
    filter_name: str,
    search: str | None,
    keep_key: str | None = None,
    keep_claim: str | None = None,
    progress: StatusProgress | None = None,
    blind_reviewer: str | None = None,
    by_event: bool = False,
) -> tuple[GroupOrder, Iterator[str]]:
    """The first screen: the keys up to the resume point, their first rows, the group to open; and the rest.

    The resume point is the kept group, else the first group with an unreviewed claim, else the
    top. Only the keys up to it are read now; the returned iterator yields the rest of the
    order, for :func:`rest_of_order` in the same worker (its cursor belongs to ``db``).
    The group to open rides along: one round trip less before the first screen.
    ``by_event`` lists the clusters event by event (``store.review.iter_cluster_keys``).
    """
    say = progress or (lambda text, fraction: None)
    say("reading the database…", 0.1)
    state = db_state(db)
    say(f"ordering the groups of {state.claims:,} claims…", 0.2)
    stream = view_keys(db, filter_name, search, by_event) if not state.empty else iter(())
    keys, index, exhausted = _locate(
        db, stream, keep_key, blind_reviewer, lambda key: group_in_view(db, key, filter_name, search)
    )
    claim = keep_claim if index is not None and keep_key is not None and keys[index] == keep_key else None
    if index is None and keys:
        index = 0  # everything reviewed: start at the top
    resume = Resume(index, claim)
    end = max(PAGE_SIZE, (index or 0) + 20)
    if len(keys) < end and not exhausted:  # the first page of rows, past the resume point
        more = list(islice(stream, end - len(keys)))
        exhausted = len(more) < end - len(keys)
        keys += more
    first = group_columns(db, keys[index]) if index is not None else None
    order = GroupOrder(state, keys, group_rows(db, keys[:end]), resume, first, not exhausted)
    return order, stream


def rest_of_order(stream: Iterator[str], size: int = MAX_READ) -> Iterator[list[str]]:
    """The rest of :func:`group_order`'s keys, ``size`` at a time (the clusters pane extends its order)."""
    while chunk := list(islice(stream, size)):
        yield chunk


def next_group(db: Database, keys: list[str], start: int, blind_reviewer: str | None = None) -> int | None:
    """Index of the next group (from ``start``, wrapping) that still holds an unreviewed claim (``blind_reviewer``: by them)."""
    return next_unreviewed_group(db, keys, start % max(len(keys), 1), reviewer=blind_reviewer) if keys else None


@dataclass
class Undone:
    """An undo committed: the claim, the verdict it fell back to, and the group showing it."""

    claim_id: str
    restored: str
    group_key: str | None


def undo(db: Database, reviewer: str) -> Undone | None:
    """Revert the reviewer's last verdict still in effect; None when there is nothing to undo."""
    event = undo_last(db, reviewer)
    if event is None:
        return None
    return Undone(event["claim_id"], event["verdict"], group_of_claim(db, event["claim_id"]))
