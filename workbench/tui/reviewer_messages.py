"""Messages of the multi-reviewer work (blind mode, adjudication), workers -> review screen."""

from __future__ import annotations

from textual.message import Message

from workbench.tui.card_reviews import CardReview


class ReviewsLoaded(Message):
    """The review data of group ``key``'s cards, read for ``blind`` mode (dropped if either changed meanwhile)."""

    def __init__(self, key: str, blind: bool, reviews: dict[str, CardReview]) -> None:
        super().__init__()
        self.key = key
        self.blind = blind
        self.reviews = reviews


class AdjudicationSaved(Message):
    """An adjudicator's final verdict was committed (``error``: it was not, and why, in one line)."""

    def __init__(self, claim_id: str, verdict: str, error: str | None = None) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.verdict = verdict
        self.error = error
