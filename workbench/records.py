"""Read records: the plain dataclasses ``workbench.store`` read functions return.

The review UI, the CLI listings and the exporters receive these and never a database row,
so the SQL stays in the store and the consumers stay testable without one. Re-exported by
``workbench.models`` (import them from there); standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.models import Quantity

@dataclass(frozen=True)
class DbState:
    """How far the pipeline got on a database (decides the UI's hints and grouping)."""

    documents: int
    claims: int
    clusters: int

    @property
    def empty(self) -> bool:
        return self.claims == 0

    @property
    def analyzed(self) -> bool:
        return self.clusters > 0


@dataclass(frozen=True)
class GroupRow:
    """One review group (a cluster ``c:<id>`` or a document's unclustered claims ``d:<id>``) with its counts."""

    key: str
    label: str
    n_claims: int
    n_outlets: int
    n_conflicts: int
    n_agreements: int
    reviewed: int
    max_checkworthiness: float
    event_id: str | None = None  # the event a cluster belongs to (``analyze.events``); None for documents
    event: str | None = None  # that event's label
    event_span: str | None = None  # and its date span ("2026-02-03 – 2026-02-05", "undated")

    @property
    def is_cluster(self) -> bool:
        return self.key.startswith("c:")


@dataclass(frozen=True)
class Badge:
    """A compared relation of a claim (agree, conflict, update, narrower, broader, different_measure), read from
    that claim's side, naming the other claim's outlet and the reason."""

    relation: str
    other_claim: str
    other_outlet: str
    reason: str


@dataclass
class VerdictState:
    """A claim's current verdict, who gave it, and that reviewer's latest note."""

    verdict: str | None = None  # None or "cleared" = unreviewed
    reviewer: str | None = None
    note: str | None = None

    @property
    def reviewed(self) -> bool:
        return self.verdict not in (None, "cleared")


@dataclass
class ReviewClaim:
    """A claim as the review UI shows it on a card: text, source, document, verdict, relations."""

    id: str
    document_id: str
    sentence_index: int
    char_start: int
    char_end: int
    text: str
    speaker: str | None
    speaker_kind: str
    cue: str | None
    via: str | None
    checkworthiness: float
    quantities: list[Quantity]
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    state: VerdictState = field(default_factory=VerdictState)
    badges: list[Badge] = field(default_factory=list)

    @property
    def has_conflict(self) -> bool:
        return any(b.relation == "conflict" for b in self.badges)


@dataclass
class ClaimColumn:
    """One outlet/document of a review group: a column of the comparison pane."""

    document_id: str
    outlet: str | None
    title: str | None
    published: str | None
    claims: list[ReviewClaim]


@dataclass(frozen=True)
class ClaimContext:
    """A claim inside its document: the sentences around it and the document's metadata."""

    claim_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    author: str | None
    before: str
    claim: str
    after: str


@dataclass(frozen=True)
class RowFilter:
    """Which claims/verdicts an export selects (empty = everything); ``export.ExportFilters`` validates it."""

    verdicts: tuple[str, ...] = ()  # "verified" | "disputed" | "unattributed" | "unreviewed"
    reviewer: str | None = None
    cluster: str | None = None
    since: str | None = None  # UTC ISO text, compared with ``verdict_events.created_at``


@dataclass(frozen=True)
class RelationRef:
    """A relation seen from one claim: the other claim, the kind, the reason."""

    claim_id: str
    relation: str
    reason: str | None


@dataclass(frozen=True)
class VerdictEvent:
    """One row of a claim's verdict history (append-only ``verdict_events``)."""

    id: int
    claim_id: str
    verdict: str
    reviewer: str
    note: str | None
    created_at: str
    undoes: int | None
    kind: str


@dataclass
class ExportRecord:
    """One export row as read from the store: a claim with its document, cluster and (current or per-reviewer) verdict."""

    claim_id: str
    document: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    speaker: str | None
    speaker_kind: str | None
    via: str | None
    claim: str
    char_start: int | None
    char_end: int | None
    quantities: str | None  # JSON as stored
    cluster_id: str | None
    cluster_label: str | None
    event_id: int | None
    verdict: str | None
    reviewer: str | None
    note: str | None
    decided_at: str | None
    relations: list[RelationRef] = field(default_factory=list)
    history: list[VerdictEvent] | None = None
    review_state: str | None = None  # unreviewed | single | agreed | split | adjudicated (store.reviewers)


@dataclass(frozen=True)
class ClaimSummary:
    """A claim's text, speaker and outlet: the header of its history."""

    claim_id: str
    text: str
    speaker: str | None
    outlet: str | None


@dataclass(frozen=True)
class TreeMember:
    """A claim of a cluster as ``workbench clusters`` lists it (outlet falls back to path, then id)."""

    claim_id: str
    text: str
    speaker: str | None
    outlet: str


@dataclass(frozen=True)
class TreeRelation:
    relation: str
    claim_a: str
    claim_b: str
    reason: str | None
    method: str | None


@dataclass
class ClusterNode:
    """One cluster with its members (by outlet, then id) and its relations (conflicts first)."""

    id: str
    label: str | None
    size: int
    n_outlets: int
    n_agreements: int
    n_conflicts: int
    members: list[TreeMember] = field(default_factory=list)
    relations: list[TreeRelation] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleView:
    """A claim's whole document for reading: metadata, the text, and where the claim sits in it."""

    claim_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    author: str | None
    text: str
    claim_start: int | None  # None when the stored offsets do not index the text
    claim_end: int | None
