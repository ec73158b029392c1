"""Claim cards of one review group: its claims as outlet columns, their verdicts, badges, context.

The comparison and context panes render the plain dataclasses returned here
(``workbench.models``), and the tests check them without a terminal. One group is small (a
cluster of a few dozen claims), so per-claim index lookups are cheap; ``MAX_CLAIMS`` bounds
a runaway cluster.
"""

from __future__ import annotations

import json
from bisect import bisect_right

from sqlite_utils import Database

from workbench.models import (
    ArticleView,
    Badge,
    ClaimColumn,
    ClaimContext,
    ReviewClaim,
    VerdictState,
    quantities_from_json,
)
from workbench.store.review import split_key

MAX_CLAIMS = 400
CONTEXT_SENTENCES = 2
CONTEXT_WINDOW = 900  # characters at most shown on each side of the claim

_CLAIM_COLS = (
    "c.id, c.document_id, c.sentence_index, c.char_start, c.char_end, c.text, c.speaker, c.speaker_kind, "
    "c.cue, c.via, c.checkworthiness, c.quantities, d.outlet, d.title, d.url, d.published"
)


def _claim_view(row: tuple) -> ReviewClaim:
    (cid, doc, sidx, start, end, text, speaker, kind, cue, via, cw, quantities, outlet, title, url, published) = row
    try:
        qs = quantities_from_json(quantities)
    except (ValueError, TypeError):
        qs = []  # a malformed quantities cell must not hide the claim
    return ReviewClaim(
        cid,
        doc,
        sidx or 0,
        start or 0,
        end or 0,
        text,
        speaker,
        kind or "none",
        cue,
        via,
        cw or 0.0,
        qs,
        outlet,
        title,
        url,
        published,
    )


def group_claims(db: Database, key: str, limit: int = MAX_CLAIMS) -> tuple[list[ReviewClaim], int]:
    """Claims of a group (first ``limit``) and the group's full claim count."""
    kind, ident = split_key(key)
    if kind == "c":
        base = "FROM cluster_members m JOIN claims c ON c.id = m.claim_id JOIN documents d ON d.id = c.document_id WHERE m.cluster_id = ?"
    else:
        base = (
            "FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.document_id = ? "
            "AND NOT EXISTS (SELECT 1 FROM cluster_members um WHERE um.claim_id = c.id)"
        )
    total = db.execute(f"SELECT count(*) {base}", [ident]).fetchone()[0]
    rows = db.execute(
        f"SELECT {_CLAIM_COLS} {base} ORDER BY d.published, d.outlet, d.id, c.sentence_index, c.id LIMIT ?",
        [ident, limit],
    ).fetchall()
    claims = [_claim_view(r) for r in rows]
    states = verdict_states(db, [c.id for c in claims])
    badges = claim_badges(db, [c.id for c in claims])
    for c in claims:
        c.state = states.get(c.id, VerdictState())
        c.badges = badges.get(c.id, [])
    return claims, total


def group_columns(db: Database, key: str, limit: int = MAX_CLAIMS) -> tuple[list[ClaimColumn], int]:
    """The group's claims as one column per document, columns by date then outlet."""
    claims, total = group_claims(db, key, limit)
    columns: dict[str, ClaimColumn] = {}
    for c in claims:
        col = columns.get(c.document_id)
        if col is None:
            col = columns[c.document_id] = ClaimColumn(c.document_id, c.outlet, c.title, c.published, [])
        col.claims.append(c)
    return list(columns.values()), total


def verdict_states(db: Database, claim_ids: list[str]) -> dict[str, VerdictState]:
    """Current verdict, who gave it, and that reviewer's latest note, per claim (the store's view)."""
    out: dict[str, VerdictState] = {}
    for cid in claim_ids:
        row = db.execute("SELECT verdict, reviewer, note FROM current_verdicts WHERE claim_id = ?", [cid]).fetchone()
        if row is not None:
            out[cid] = VerdictState(row[0], row[1], row[2] or None)
    return out


BADGE_RELATIONS = ("agree", "conflict", "update", "narrower", "broader", "different_measure")
_FLIP = {"narrower": "broader", "broader": "narrower"}  # stored from claim_a's side


def claim_badges(db: Database, claim_ids: list[str]) -> dict[str, list[Badge]]:
    """Relations a reviewer compares (agree, conflict, update, narrower/broader, different measure) of each claim,
    read from that claim's side, with the other side's outlet. "related" is left out: it says nothing to check."""
    out: dict[str, list[Badge]] = {}
    kinds = ",".join("?" * len(BADGE_RELATIONS))
    for cid in claim_ids:
        rows = db.execute(
            "SELECT r.relation, o.id, d.outlet, r.reason FROM relations r JOIN claims o ON o.id = r.claim_b "
            f"JOIN documents d ON d.id = o.document_id WHERE r.claim_a = ? AND r.relation IN ({kinds}) "
            "UNION ALL "
            "SELECT r.relation, o.id, d.outlet, r.reason FROM relations r JOIN claims o ON o.id = r.claim_a "
            f"JOIN documents d ON d.id = o.document_id WHERE r.claim_b = ? AND r.relation IN ({kinds})",
            [cid, *BADGE_RELATIONS, cid, *BADGE_RELATIONS],
        ).fetchall()
        rows = [(_FLIP.get(rel, rel) if other < cid else rel, other, outlet, reason) for rel, other, outlet, reason in rows]
        if rows:
            # conflicts first: they are what the reviewer must resolve
            rows.sort(key=lambda r: (r[0] != "conflict", r[2] or "", r[1]))
            out[cid] = [
                Badge(rel, other, outlet or "unknown outlet", reason or "") for rel, other, outlet, reason in rows
            ]
    return out


def _sentence_spans(db: Database, document_id: str, stored: str | None) -> list[tuple[int, int]]:
    """The document's sentence spans as extraction stored them (m006).

    A document stored before m006 has none: its claims' own spans stand in (each claim is a
    sentence, or its tail after a dateline), so nothing re-splits the text.
    """
    if stored:
        try:
            return [(int(s), int(e)) for s, e in json.loads(stored)]
        except (ValueError, TypeError):
            pass  # a malformed cell must not hide the claim: fall back like an old document
    rows = db.execute(
        "SELECT char_start, char_end FROM claims WHERE document_id = ? AND char_start IS NOT NULL ORDER BY char_start",
        [document_id],
    )
    return [(int(s), int(e)) for s, e in rows]


def _sentences_around(
    text: str, spans: list[tuple[int, int]], start: int, end: int, n: int
) -> tuple[str, str]:
    """Up to ``n`` sentences before the claim's sentence and after it, each side at most ``CONTEXT_WINDOW`` chars."""
    starts = [s for s, _ in spans]
    here = bisect_right(starts, start) - 1  # the sentence holding the claim's first character
    if here < 0 or n <= 0:
        return "", ""
    before = [text[s:e].strip() for s, e in spans[max(0, here - n) : here] if e <= start]
    after = [text[s:e].strip() for s, e in spans[here + 1 : here + 1 + n] if s >= end]
    return _cap(" ".join(p for p in before if p), from_end=True), _cap(" ".join(p for p in after if p), from_end=False)


def _cap(text: str, from_end: bool) -> str:
    if len(text) <= CONTEXT_WINDOW:
        return text
    return "…" + text[-CONTEXT_WINDOW:] if from_end else text[:CONTEXT_WINDOW] + "…"


def claim_context(db: Database, claim_id: str, sentences: int = CONTEXT_SENTENCES) -> ClaimContext | None:
    """The claim within its document: the sentences before and after, plus document metadata."""
    row = db.execute(
        "SELECT c.char_start, c.char_end, c.text, c.document_id, d.outlet, d.title, d.url, d.published, d.author, "
        "d.text, d.sentence_spans FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id = ?",
        [claim_id],
    ).fetchone()
    if row is None:
        return None
    start, end, claim_text, document_id, outlet, title, url, published, author, doc_text, stored = row
    if start is None or end is None or doc_text[start:end].strip() != claim_text.strip():
        before, after = "", ""  # offsets do not index this text: show the claim alone
    else:
        spans = _sentence_spans(db, document_id, stored)
        before, after = _sentences_around(doc_text, spans, start, end, sentences)
    return ClaimContext(claim_id, outlet, title, url, published, author, before, claim_text, after)


def claim_article(db: Database, claim_id: str) -> ArticleView | None:
    """The claim's whole document, for reading it end to end (one primary-key lookup)."""
    row = db.execute(
        "SELECT c.char_start, c.char_end, c.text, d.outlet, d.title, d.url, d.published, d.author, d.text "
        "FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id = ?",
        [claim_id],
    ).fetchone()
    if row is None:
        return None
    start, end, claim_text, outlet, title, url, published, author, text = row
    if start is None or end is None or text[start:end].strip() != claim_text.strip():
        start = end = None
    return ArticleView(claim_id, outlet, title, url, published, author, text, start, end)
