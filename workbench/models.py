"""Plain data passed between the stages (ingest -> extract -> store -> analyze -> tui/export).

These are the project's shared vocabulary. They depend on nothing but the standard
library so every stage (and every test) can import them cheaply.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

SpeakerKind = Literal["named", "organization", "anonymous", "none"]
SPEAKER_KINDS: tuple[str, ...] = ("named", "organization", "anonymous", "none")

Verdict = Literal["verified", "disputed", "unattributed", "cleared"]
VERDICTS: tuple[str, ...] = ("verified", "disputed", "unattributed", "cleared")

QuantityKind = Literal["percent", "count", "ratio", "money", "date"]
QUANTITY_KINDS: tuple[str, ...] = ("percent", "count", "ratio", "money", "date")

# How every core stage reports progress: (stage label, units done, total units or None when unknown).
# Core code only calls it; the CLI turns it into rich bars and the UI into status-line messages.
ProgressFn = Callable[[str, int, "int | None"], None]

RelationKind = Literal["agree", "conflict", "update", "narrower", "broader", "different measure", "related"]


@dataclass
class Quantity:
    """One normalized quantity found in a claim.

    ``value`` is the number a machine compares: 52.0 for "52%", 500000 for "half a million",
    5.0 for "five Russians for every Ukrainian" (numerator over denominator), the amount for
    money. Dates carry ``iso`` ("2023-02-07", "2023-02" or "2023") and value None.
    ``start``/``end`` are offsets into the claim text so a UI can highlight the span.
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | None = None
    approx: bool = False
    # "lower" for "more than / at least", "upper" for "less than / up to", None when exact.
    bound: str | None = None
    # percent: "%"; count: what is counted ("civilians"); money: ISO currency ("USD").
    unit: str | None = None
    # ratio only: who is on each side ("Russian" per "Ukrainian" for value 5.0).
    numerator: str | None = None
    denominator: str | None = None
    # date only.
    iso: str | None = None
    # a few words naming what the number is about ("of the Donetsk region").
    context: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None and v is not False}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


def quantities_to_json(quantities: list[Quantity]) -> str:
    return json.dumps([q.to_dict() for q in quantities], ensure_ascii=False)


def quantities_from_json(raw: str | None) -> list[Quantity]:
    if not raw:
        return []
    return [Quantity.from_dict(d) for d in json.loads(raw)]


@dataclass
class Attribution:
    """Who a claim comes from, as written.

    ``speaker`` is the source as the article names it ("Pavlo Kyrylenko", "an unnamed
    military official within the alliance", "the Ukrainian military"); ``cue`` the reporting
    verb or phrase ("said", "told CNN", "according to"); ``via`` the relaying outlet
    ("CNN" for "told CNN"). A claim with no source has kind "none" and speaker None.
    """

    speaker: str | None = None
    speaker_kind: str = "none"
    cue: str | None = None
    via: str | None = None


@dataclass
class Frame:
    """Computed by ``workbench.extract.frames``; stored in ``claim_frames``. The comparable slots of one claim (every field optional; empty means "not said")."""

    measures: list[dict[str, Any]] = field(default_factory=list)  # {kind, role, unit, lo, hi, text, part}
    time: str | None = None  # ISO date (or partial) the claim refers to, resolved against the published date
    time_text: str | None = None
    clock: str | None = None  # "14:30 EST"
    place: str | None = None  # a named place the claim locates itself in
    scope: str | None = None  # country | region | city | site | all-sites
    modality: str = "done"  # one of MODALITIES
    affirmed: bool = False  # "there is no question that ..." is an affirmation, not a negation
    direction: str | None = None  # up | down
    speaker: str | None = None
    speaker_kind: str = "none"
    via: str | None = None
    quote: str | None = None  # the quoted words, when the claim quotes

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], False)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Frame:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class ExtractedClaim:
    """A checkable sentence of a document, with offsets into the document text."""

    sentence_index: int
    char_start: int
    char_end: int
    text: str
    attribution: Attribution = field(default_factory=Attribution)
    checkworthiness: float = 0.5
    quantities: list[Quantity] = field(default_factory=list)
    frame: Frame | None = None


@dataclass
class Article:
    """One ingested document before it is stored: cleaned main text plus metadata."""

    text: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date (or datetime) string
    source_path: str | None = None  # file path, "path:line" for jsonl, "<stdin>"
    fmt: str = "txt"  # txt | md | html | jsonl | stdin


@dataclass
class IngestProblem:
    """A one-line, user-facing reason why (part of) an input could not be ingested."""

    source: str  # file name, with ":line" where it applies
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


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
