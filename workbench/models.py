"""Plain data passed between the stages (ingest -> extract -> store -> analyze -> tui/export).

These are the project's shared vocabulary. They depend on nothing but the standard
library so every stage (and every test) can import them cheaply.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workbench.records import (
    ArticleView,
    Badge,
    ClaimColumn,
    ClaimContext,
    ClaimSummary,
    ClusterNode,
    DbState,
    ExportRecord,
    GroupRow,
    RelationRef,
    ReviewClaim,
    RowFilter,
    TreeMember,
    TreeRelation,
    VerdictEvent,
    VerdictState,
)

# Read records (what ``workbench.store`` read functions return) live in their own module to keep
# both small; they are part of this vocabulary and importable from here.
from workbench.review_records import (
    REVIEW_STATES,
    ClusterDetail,
    ReviewerVerdict,
    ReviewProgress,
    ReviewView,
    SearchHit,
    SeenBefore,
)

SPEAKER_KINDS: tuple[str, ...] = ("named", "organization", "anonymous", "none")

VERDICTS: tuple[str, ...] = ("verified", "disputed", "unattributed", "cleared")

QUANTITY_KINDS: tuple[str, ...] = ("percent", "count", "ratio", "money", "date")

# How every core stage reports progress: (stage label, units done, total units or None when unknown).
# Core code only calls it; the CLI turns it into rich bars and the UI into status-line messages.
ProgressFn = Callable[[str, int, "int | None"], None]


def suggest_verdict(speaker_kind: str | None, has_conflict: bool) -> str | None:
    """The verdict the evidence points to, for a reviewer to confirm (never recorded).

    ``unattributed`` when nobody is named as the source (speaker_kind ``none``); otherwise
    ``disputed`` when another outlet's claim conflicts with it; otherwise nothing. The one
    rule behind the CSV's ``suggested_verdict`` column and the review card's suggestion.
    """
    if (speaker_kind or "none") == "none":
        return "unattributed"
    if has_conflict:
        return "disputed"
    return None


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
        # vars(), not asdict(): every field is a scalar, and asdict's deep copy was a tenth of ingest (issue 12).
        return {k: v for k, v in vars(self).items() if v is not None and v is not False}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


# ``json.dumps(obj, ensure_ascii=False)`` builds a new encoder per call (a non-default argument);
# this one encoder gives the same text without that (ingest serialises two values per claim).
JSON_UNICODE = json.JSONEncoder(ensure_ascii=False)


def quantities_to_json(quantities: list[Quantity]) -> str:
    return JSON_UNICODE.encode([q.to_dict() for q in quantities])


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
    # "reportedly", "is believed to": hearsay with no source named (kind stays "none").
    hedge: str | None = None
    # "the regional governor" when the speaker is named in an appositive ("the regional governor, Ana Ruiz, said").
    role: str | None = None


@dataclass
class Frame:
    """Computed by ``workbench.extract.frames``; stored in ``claim_frames``. The comparable slots of one claim (every field optional; empty means "not said")."""

    # {kind, role, unit, lo, hi, text, part, ...}; optional keys read when present (extract.figures.measures_of):
    # what/for/mods (figure_purposes), sort/whose (figure_sorts), group (count_groups), perfect/moved (figure_states)
    measures: list[dict[str, Any]] = field(default_factory=list)
    time: str | None = None  # ISO date (or partial) the claim refers to, resolved against the published date
    time_text: str | None = None
    time_said: bool = False  # ``time`` dates the statement ("said Monday", "a report published Monday"), not the deed
    clock: str | None = None  # "14:30 EST", or a part of the day ("afternoon")
    days: list[dict[str, Any]] = field(default_factory=list)  # [{day, who, acts, clock, lead}]: acts dated per clause
    place: str | None = None  # a named place the claim locates itself in
    scope: str | None = None  # country | region | city | site | all-sites
    modality: str = "done"  # one of MODALITIES
    affirmed: bool = False  # "there is no question that ..." is an affirmation, not a negation
    direction: str | None = None  # up | down
    moved: list[str] = field(default_factory=list)  # stems of what the direction is said of ("ticket sales fell")
    speaker: str | None = None
    speaker_kind: str = "none"
    via: str | None = None
    quote: str | None = None  # the quoted words, when the claim quotes
    keys: list[str] | None = None  # normalised measure keys (extract.measure_keys); None: a frame stored before keys
    assessment: dict[str, Any] | None = None  # {"sign": +1|-1, "phrase": ...}: an importance judgement
    published: str | None = None  # the report's date (ISO): the reference time of a figure that names none
    running: bool = False  # a running figure ("now", "so far", "has risen to"): a later one develops an earlier one
    zero: list[str] = field(default_factory=list)  # roles stated as none ("no injuries", "nobody was killed")
    denier: str | None = None  # who denies, when the claim reports a denial ("Renner ... denied that ...")
    departure: str | None = None  # how a departure is characterised: resigned | retired | was removed
    plans: list[str] = field(default_factory=list)  # stems a planning cue governs ("will close" -> close)
    deeds: list[str] = field(default_factory=list)  # stems stated as done ("was closed", "shut") -> clos, shut
    reported_deeds: list[str] = field(default_factory=list)  # of those, the ones inside a view: "he said he served"
    # stems of the subject of the first plan or deed ("The strike will continue" -> strike); a name's stem capitalised
    act_subject: list[str] = field(default_factory=list)
    began: str | None = None  # ISO: when the act or state began ("since late July", "first got in on August 14")
    # {"lo", "hi", "text"}: when the act happened as years (hi exclusive) where a day or month slot cannot say it --
    # "late September", "the 1140s", "the early 13th century" (extract.eras); None: not said, or stored before it
    span: dict[str, Any] | None = None
    # {"verb": stem, "recurs": bool, "agent"|"cause"|"means": {"text", "stems"}}: who did the act, why
    # and how, where a connective states it (extract.causes); None: none stated, or a frame stored before it
    act: dict[str, Any] | None = None
    act_text: str | None = None  # the act without its time, source or later clauses (extract.act_phrases)
    # {"denial": [s, e], "neg": [s, e], "negated": stem, "figure": True} (extract.polarity); {} asserts plainly;
    # None: a frame stored before polarity was (analysis then computes it with extraction's function)
    polarity: dict[str, Any] | None = None
    outcome: dict[str, Any] | None = None  # how one act ended or when its state changes (extract.outcomes); None: none
    rebuts: dict[str, Any] | None = None  # what the claim rejects, as a proposition (extract.rebuttals); None: nothing
    record: dict[str, Any] | None = None  # {"sup", "thing", "since"}: "the worst storm since 1994" (extract.records)
    blame: dict[str, Any] | None = None  # {"cause"?, "effect"?, "not"?, "party"?, "how"?}: what caused what (blames)
    onset: dict[str, Any] | None = None  # the act as a start {"first", "began", "against": hours} or end {"ends"}; "where"
    anchor: dict[str, Any] | None = None  # {"side", "of", "thing", "verb"}: before / after a named happening (anchors)

    def to_dict(self) -> dict[str, Any]:
        # vars(), not asdict(): json.dumps needs no deep copy of ``measures`` (issue 12: ingest time).
        return {k: v for k, v in vars(self).items() if v not in (None, [], False) or (k == "keys" and v is not None)}

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
    # "He denied it.": the sentence it answers (text and sentence index), so the claim stands alone
    context: str | None = None
    context_sentence: int | None = None


@dataclass
class ExtractedDocument:
    """Everything extraction computes for one text: its claims and the facts later stages read.

    ``sentence_spans`` are the sentence boundaries (offsets into the text, in order) so no
    later stage re-splits the text; ``dateline_end`` is where a wire dateline opening the text
    ends (0 when there is none).
    """

    claims: list[ExtractedClaim]
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)
    dateline_end: int = 0


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


__all__ = [
    "SeenBefore",
    "SearchHit",
    "ReviewerVerdict",
    "ReviewView",
    "ClusterDetail",
    "REVIEW_STATES",
    "QUANTITY_KINDS",
    "SPEAKER_KINDS",
    "VERDICTS",
    "Article",
    "ArticleView",
    "Attribution",
    "Badge",
    "ClaimColumn",
    "ClaimContext",
    "ClaimSummary",
    "ClusterNode",
    "DbState",
    "ExportRecord",
    "ExtractedClaim",
    "ExtractedDocument",
    "Frame",
    "GroupRow",
    "IngestProblem",
    "ProgressFn",
    "Quantity",
    "RelationRef",
    "ReviewClaim",
    "ReviewProgress",
    "RowFilter",
    "TreeMember",
    "TreeRelation",
    "VerdictEvent",
    "VerdictState",
    "quantities_from_json",
    "quantities_to_json",
    "suggest_verdict",
]
