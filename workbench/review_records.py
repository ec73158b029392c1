"""The multi-reviewer record as the store returns it: who decided what on a claim, seen-before matches, search hits.

Plain dataclasses (standard library only), re-exported by ``workbench.models``: the CLI, the
exporters and the review UI receive these from ``workbench.store`` and never a database row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

# Review record (issue 11): what the store returns about who decided what on a claim.
REVIEW_STATES: tuple[str, ...] = ("unreviewed", "single", "agreed", "split", "adjudicated")


@dataclass(frozen=True)
class ReviewerVerdict:
    """One person's standing verdict (or adjudication) on a claim, with their latest note."""

    reviewer: str
    verdict: str
    note: str | None
    decided_at: str
    event_id: int


@dataclass(frozen=True)
class ReviewView:
    """A claim as one reviewer sees it: their own verdict, and the others' apart.

    ``state``: unreviewed (no standing verdict), single (one reviewer), agreed (several,
    same verdict), split (reviewers differ, no adjudication), adjudicated. ``final`` is
    what a desk publishes: the adjudication, else the one agreed verdict, else None (split
    or unreviewed). In blind mode ``others`` and ``adjudication`` stay empty until this
    reviewer has decided; ``hidden`` says how many verdicts are withheld.
    """

    claim_id: str
    reviewer: str | None
    mine: ReviewerVerdict | None
    others: tuple[ReviewerVerdict, ...]
    adjudication: ReviewerVerdict | None
    state: str
    final: str | None
    hidden: int = 0


@dataclass(frozen=True)
class SeenBefore:
    """A claim already reviewed that matches a new one (same wording or same frame)."""

    claim_id: str  # the earlier, reviewed claim
    text: str
    outlet: str | None
    published: str | None
    match: str  # "wording" (same normalised text) | "frame" (same stored claim frame)
    verdict: str  # its final verdict (adjudication, else the agreed or single verdict)
    reviewer: str
    decided_at: str

    def describe(self) -> str:
        """``verified by bob on 3 Mar 2026: <claim>`` (plain text; the caller makes it printable)."""
        try:
            day = datetime.fromisoformat(self.decided_at).strftime("%-d %b %Y")
        except ValueError:
            day = self.decided_at[:10]
        return f"{self.verdict} by {self.reviewer} on {day}: {self.text}"


@dataclass(frozen=True)
class SearchHit:
    """A claim found by full-text search, best match first."""

    claim_id: str
    text: str
    outlet: str | None
    published: str | None
    speaker: str | None
    speaker_kind: str
    verdict: str | None  # current verdict (None when unreviewed or cleared)


@dataclass(frozen=True)
class ClusterDetail:
    """A cluster with its members and relations, for ``workbench clusters --json``."""

    id: str
    label: str | None
    size: int
    n_outlets: int
    n_conflicts: int
    n_agreements: int
    members: list[dict[str, Any]]  # {claim_id, outlet, speaker, text}
    relations: list[dict[str, Any]]  # {claim_a, claim_b, relation, reason, method}


@dataclass(frozen=True)
class ReviewProgress:
    """How far the desk is, for one reviewer and for everyone (the UI's status line, ``status``)."""

    reviewer: str | None
    claims: int
    reviewed_by_me: int  # claims with this reviewer's standing verdict
    reviewed_by_anyone: int  # claims with anyone's standing verdict or an adjudication
    conflict_claims: int  # claims in at least one conflict relation
    conflicts_left_for_me: int  # ... that this reviewer has not decided
    conflicts_left: int  # ... that nobody has decided
    split: int  # reviewers disagree, no adjudication yet
