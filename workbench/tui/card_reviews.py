"""What a claim card shows besides the claim: each reviewer's verdict, blind mode, "seen before".

Loaded by the worker that loads the cards (and again after a verdict, an undo, an
adjudication or a blind toggle), never on the UI thread: ``review_views`` reads every
reviewer's standing verdict of the group's claims at once, ``seen_before`` looks for earlier
decided claims with the same wording or frame. No textual import; tested without a terminal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.models import ReviewView, SeenBefore
from workbench.store import Database
from workbench.store.reviewers import review_views
from workbench.store.seen import seen_before, suggested_verdict

SEEN_LIMIT = 3  # the card names the best match and counts the rest; `workbench history` lists them all


@dataclass(frozen=True)
class CardReview:
    """One card's review data: the reviewer's view of the claim, earlier decisions that match it."""

    view: ReviewView | None
    seen: tuple[SeenBefore, ...] = ()

    @property
    def suggested(self) -> str | None:
        """The verdict the earlier decisions agree on (None when they differ or there are none)."""
        return suggested_verdict(list(self.seen)) if self.seen else None


def card_reviews(db: Database, claim_ids: Iterable[str], reviewer: str, blind: bool) -> dict[str, CardReview]:
    """{claim: CardReview} for the claims of one group, as ``reviewer`` sees them (``blind``: others withheld)."""
    ids = list(dict.fromkeys(claim_ids))
    views = review_views(db, ids, reviewer, blind=blind)
    return {cid: CardReview(views.get(cid), tuple(seen_before(db, cid, limit=SEEN_LIMIT))) for cid in ids}
