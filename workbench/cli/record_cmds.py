"""The review record on the command line: ``adjudicate``, ``search``, and the reviewer's view of ``claims``.

``workbench claims`` takes its multi-reviewer options from here (:func:`review_options`,
:func:`apply_review_options`) so the core listing stays small: ``--reviewer`` shows that
reviewer's own verdict with the others apart, ``--blind`` withholds the others until the
reviewer has decided, ``--disagree`` and ``--state`` filter, and an undecided claim that
matches one already decided shows "seen before".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

import click
from rich.table import Table

from workbench.cli.common import (
    console,
    db_option,
    fail,
    friendly_errors,
    open_existing,
    plural,
    print_recorded,
    reviewer_name,
    reviewer_option,
    shown,
)
from workbench.models import REVIEW_STATES, ReviewView
from workbench.store.reviewers import claims_in_state, disagreeing_claims, review_views
from workbench.store.search import search_claims
from workbench.store.seen import seen_before, suggested_verdict
from workbench.store.verdicts import record_adjudication


def echo_json_lines(items: Any) -> None:
    """One JSON object per line for each dataclass in ``items`` (``--json`` output)."""
    for item in items:
        click.echo(json.dumps(asdict(item), ensure_ascii=False))


def review_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--reviewer``, ``--blind``, ``--disagree``, ``--state`` for a claim listing."""
    for option in reversed(
        [
            click.option("--reviewer", default=None, metavar="NAME", help="Show NAME's own verdict, others apart."),
            click.option("--blind", is_flag=True, help="Hide others' verdicts until this reviewer has decided."),
            click.option("--disagree", is_flag=True, help="Only claims whose reviewers disagree (not adjudicated)."),
            click.option("--state", type=click.Choice(REVIEW_STATES), default=None, help="Only claims in this state."),
        ]
    ):
        func = option(func)
    return func


def _verdict_cell(view: ReviewView) -> str:
    """``disputed (mine)`` / ``bob: verified`` lines / ``2 hidden`` / ``final: disputed (adjudicated)``."""
    lines = []
    if view.reviewer is not None:
        lines.append(f"{view.mine.verdict} (mine)" if view.mine else "— (mine)")
    lines += [f"{o.reviewer}: {o.verdict}" for o in view.others]
    if view.hidden:
        lines.append(f"{plural(view.hidden, 'verdict')} hidden")
    if view.adjudication:
        lines.append(f"final: {view.adjudication.verdict} ({view.adjudication.reviewer})")
    elif view.state == "split":
        lines.append("split")
    return "\n".join(lines) or "—"


def apply_review_options(
    db: Any, rows: list[dict[str, Any]], reviewer: str | None, blind: bool, disagree: bool, state: str | None
) -> list[dict[str, Any]]:
    """Filter ``rows`` (claim rows) by state and add the reviewer's view and "seen before" to each."""
    if disagree:
        keep = set(disagreeing_claims(db))
        rows = [r for r in rows if r["id"] in keep]
    if state:
        keep = set(claims_in_state(db, state))
        rows = [r for r in rows if r["id"] in keep]
    who = reviewer_name(reviewer) if blind else reviewer
    views = review_views(db, [r["id"] for r in rows], who, blind=blind)
    for r in rows:
        view = views[r["id"]]
        r["review_state"] = view.state
        if who is not None or view.others or view.adjudication:
            r["verdict_shown"] = _verdict_cell(view)
            r["review"] = asdict(view)
        if who is not None and blind and view.mine is None:
            r["verdict"] = r["reviewer"] = r["note"] = r["decided_at"] = (
                None  # blind: the current verdict is someone else's
            )
        if r.get("verdict") is None and not (blind and view.hidden):
            matches = seen_before(db, r["id"], limit=3)
            if matches:
                r["seen_before"] = [asdict(m) | {"describe": m.describe()} for m in matches]
                r["suggested_from_seen"] = suggested_verdict(matches)
    return rows


def seen_lines(db: Any, claim_id: str) -> list[str]:
    """Lines for ``workbench history``: "seen before: verified by bob on 3 Mar 2026: <claim> [id]"."""
    matches = seen_before(db, claim_id)
    lines = [f"seen before ({m.match}): {m.describe()} [{m.claim_id}]" for m in matches]
    suggestion = suggested_verdict(matches)
    if suggestion:
        lines.append(f"suggested verdict from earlier decisions: {suggestion}")
    return lines


def history_json(db: Any, claim_id: str, events: list[dict[str, Any]], now: dict[str, Any] | None) -> dict[str, Any]:
    """``workbench history --json``: the events, the current verdict, each reviewer's view, seen before."""
    view = review_views(db, [claim_id]).get(claim_id)
    matches = seen_before(db, claim_id)
    return {
        "claim_id": claim_id,
        "events": events,
        "current": now,
        "review_state": view.state if view else "unreviewed",
        "reviewers": [asdict(v) for v in view.others] if view else [],
        "adjudication": asdict(view.adjudication) if view and view.adjudication else None,
        "seen_before": [asdict(m) | {"describe": m.describe()} for m in matches],
        "suggested_from_seen": suggested_verdict(matches),
    }


@click.command()
@click.argument("claim_id")
@click.argument("verdict", type=click.Choice(["verified", "disputed", "unattributed"]))
@db_option
@click.option("--note", default=None, help="Why this verdict settles the split.")
@reviewer_option
@friendly_errors
def adjudicate(claim_id: str, verdict: str, db_path: str | None, note: str | None, reviewer: str | None) -> None:
    """Record the final verdict on a claim reviewers split on (published over their verdicts; undo withdraws it)."""
    db = open_existing(db_path)
    print_recorded(claim_id, record_adjudication(db, claim_id, verdict, reviewer_name(reviewer), note), "adjudicated")


@click.command()
@click.argument("query")
@db_option
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many claims.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@friendly_errors
def search(query: str, db_path: str | None, limit: int, as_json: bool) -> None:
    """Claims containing every word of QUERY (full-text index; end a word with * for a prefix)."""
    db = open_existing(db_path)
    hits = search_claims(db, query, limit=limit)
    if as_json:
        for hit in hits:
            click.echo(json.dumps(asdict(hit), ensure_ascii=False))
        return
    if not hits:
        fail(f"no claim matches {query!r}")
    table = Table(expand=True, title=plural(len(hits), "claim"), show_lines=True)
    table.add_column("id", no_wrap=True, style="dim", min_width=13)
    table.add_column("source", max_width=24)
    table.add_column("claim", ratio=1, min_width=30)
    table.add_column("verdict", no_wrap=True, max_width=12)
    for h in hits:
        source = shown(h.outlet or "?")
        source.append_text(shown(f"\n{h.speaker or 'no source'}"))
        table.add_row(shown(h.claim_id), source, shown(h.text), shown(h.verdict or "—"))
    console.print(table)


COMMANDS: list[click.Command] = [adjudicate, search]
