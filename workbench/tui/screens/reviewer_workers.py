"""The multi-reviewer work of the review screen, in named thread workers (own connection, errors as one line).

``load_reviews`` re-reads the open group's review data (after a verdict, an undo, an
adjudication or a blind toggle); ``run_adjudication`` records an adjudicator's final verdict.
Both post their result to the screen and never touch a widget.
"""

from __future__ import annotations

from textual.screen import Screen

from workbench.store import Database
from workbench.store.verdicts import record_adjudication
from workbench.tui.card_reviews import card_reviews
from workbench.tui.reviewer_messages import AdjudicationSaved, ReviewsLoaded
from workbench.tui.workers import run_loader


def load_reviews(screen: Screen, key: str, claim_ids: list[str], reviewer: str, blind: bool) -> None:
    """Each card's reviewers' verdicts and "seen before", for the open group ``key``."""
    run_loader(
        screen,
        "load-reviews",
        screen.db_path,
        lambda db: ReviewsLoaded(key, blind, card_reviews(db, claim_ids, reviewer, blind)),
    )


def run_adjudication(screen: Screen, claim_id: str, verdict: str, adjudicator: str, note: str | None) -> None:
    """Record the final verdict off the UI thread; a refused or failed write comes back as one line."""

    def job(db: Database) -> AdjudicationSaved:
        event = record_adjudication(db, claim_id, verdict, adjudicator, note)
        return AdjudicationSaved(claim_id, event["verdict"])

    run_loader(
        screen,
        "adjudicate",
        screen.db_path,
        job,
        on_error=lambda text: AdjudicationSaved(claim_id, verdict, text),
        exclusive=False,
    )
