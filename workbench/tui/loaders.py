"""What the review screen's workers compute: plain functions over a store connection.

No textual import and no widget: each function takes the worker's own connection (SQLite
connections are per thread) and returns the dataclasses the panes render, so they are
tested without a terminal. ``workbench.tui.workers`` runs them in threads and posts the
results as messages; the screen hands the data down.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.models import ClaimColumn, DbState, GroupRow
from workbench.store import Database, undo_last
from workbench.store.cards import group_columns
from workbench.store.review import (
    PAGE_SIZE,
    cluster_group_keys,
    db_state,
    document_group_keys,
    group_of_claim,
    group_rows,
    next_unreviewed_group,
)
from workbench.tui.card_reviews import CardReview

# (text, fraction or None): a worker's progress line for the status line.
StatusProgress = Callable[[str, "float | None"], None]


@dataclass
class Resume:
    """Where the cursor should land after a (re)load."""

    group_index: int | None
    claim_id: str | None


@dataclass
class GroupOrder:
    """The first screen of a (re)load: order, first page, where to resume, the group to open."""

    state: DbState
    keys: list[str]
    rows: list[GroupRow]
    resume: Resume
    first_group: tuple[list[ClaimColumn], int] | None
    documents_pending: bool  # the documents with unclustered claims are still to be listed
    first_reviews: dict[str, CardReview] = field(default_factory=dict)  # the open group's cards' review data


def resume_point(
    db: Database, keys: list[str], keep_key: str | None, keep_claim: str | None, blind_reviewer: str | None = None
) -> Resume:
    """The kept group (refresh, filter) if listed, else the first group with an unreviewed claim, else none.

    ``blind_reviewer``: unreviewed by that reviewer (blind review hides what the others decided).
    """
    if keep_key is not None and keep_key in keys:
        return Resume(keys.index(keep_key), keep_claim)
    return Resume(next_unreviewed_group(db, keys, 0, reviewer=blind_reviewer) if keys else None, None)


def group_order(
    db: Database,
    filter_name: str,
    search: str | None,
    keep_key: str | None = None,
    keep_claim: str | None = None,
    progress: StatusProgress | None = None,
    blind_reviewer: str | None = None,
    by_event: bool = False,
) -> GroupOrder:
    """Order and page the groups and find where to resume (kept group, else first unreviewed).

    Clusters come first; the documents holding unclustered claims (slower to find after
    analysis) are left for :func:`document_keys` unless nothing among the clusters is to be
    opened. The group to open rides along: one round trip less before the first screen.
    ``by_event`` lists the clusters event by event (``store.review.cluster_group_keys``).
    """
    say = progress or (lambda text, fraction: None)
    say("reading the database…", 0.1)
    state = db_state(db)
    say(f"ordering clusters of {state.claims:,} claims…", 0.2)
    keys = cluster_group_keys(db, filter_name, search, by_event) if not state.empty else []
    resume = resume_point(db, keys, keep_key, keep_claim, blind_reviewer)
    pending = not state.empty
    if resume.group_index is None and not state.empty:
        # nothing to open among the clusters: the document groups decide (before analysis: all groups)
        say("listing documents…", 0.5)
        keys += document_group_keys(db, filter_name, search)
        resume = resume_point(db, keys, keep_key, keep_claim, blind_reviewer)
        pending = False
    if resume.group_index is None and keys:
        resume = Resume(0, None)  # everything reviewed: start at the top
    end = max(PAGE_SIZE, (resume.group_index or 0) + 20)
    first = group_columns(db, keys[resume.group_index]) if resume.group_index is not None else None
    return GroupOrder(state, keys, group_rows(db, keys[:end]), resume, first, pending)


def document_keys(db: Database, filter_name: str, search: str | None) -> list[str]:
    """The document groups that follow the clusters in the order."""
    return document_group_keys(db, filter_name, search)


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
