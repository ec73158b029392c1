"""Core commands: ingest, claims, status, verdict, undo, demo.

Kept thin: each command parses options, calls the library, and prints with rich.
Heavy stages (analysis, the review UI) are imported inside the commands that use them.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

import click
from rich.table import Table
from rich.text import Text

from workbench.cli.common import (
    console,
    db_option,
    err_console,
    fail,
    friendly_errors,
    open_existing,
    plural,
    print_recorded,
    resolve_db_path,
    reviewer_name,
    reviewer_option,
    settings,
    shown,
)
from workbench.cli.progress import ingest_bars, progress_bars
from workbench.cli.record_cmds import apply_review_options, review_options
from workbench.store import StoreError, open_db, record_verdict, undo_last
from workbench.store.queries import claim_listing, status_counts
from workbench.store.reviewers import review_progress
from workbench.textnorm import printable


def samples_dir() -> Path:
    """The bundled sample articles (installed as package data)."""
    return Path(str(resources.files("workbench") / "samples"))


def _print_summary(summary) -> None:
    console.print(
        f"documents: [bold]{summary.added}[/] added, {summary.updated} updated, "
        f"{summary.unchanged} unchanged, {summary.failed} failed; claims extracted: [bold]{summary.claims}[/]",
        highlight=False,
    )


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--outlet", default=None, help="Outlet name (single file only).")
@click.option("--url", default=None, help="Article url (single file only).")
@click.option("--published", default=None, metavar="DATE", help="Publication date (single file only).")
@click.option("--title", default=None, help="Article title (single file only).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="ray: extract and embed JSONL archives on Ray Data (needs the 'distributed' extra).")
@click.option("--workers", type=click.IntRange(1), default=None, metavar="N",
              help="Processes that extract claims (default: the ingest_workers setting, auto = every core from "
                   "1 MB of input, else 1; same database for any N); "
                   "with --engine ray, CPUs for a local Ray (default: all).")
@click.option("--ray-address", default=None, metavar="ADDR", help="A running Ray cluster (e.g. auto).")
@click.option("--checkworthy-model", default=None, metavar="PATH",
              help="Score claims with a model from `workbench checkworthy train` (default: the checkworthy_model setting).")
@friendly_errors
def ingest(paths: tuple[str, ...], db_path: str | None, outlet, url, published, title, quiet: bool, engine: str,
           workers: int | None, ray_address: str | None, checkworthy_model: str | None) -> None:
    """Ingest articles: files, directories (recursive) or - for stdin.

    Formats: .txt, .md (YAML front matter), .html/.htm, .jsonl (one article per line).
    """
    from workbench.ingest import ingest_paths

    overrides = {"outlet": outlet, "url": url, "published": published, "title": title}
    if any(overrides.values()):
        if len(paths) != 1 or Path(paths[0]).is_dir() or paths[0].endswith(".jsonl"):
            fail("--outlet/--url/--published/--title apply to a single article file (or -)")
    model_path = checkworthy_model or settings().checkworthy_model
    rescore = None
    if model_path:
        from workbench.cli.checkworthy import model_scorer

        rescore = model_scorer(model_path, settings().cache_dir)
    db = open_db(resolve_db_path(db_path))
    if engine == "ray":
        if any(overrides.values()):
            fail("--outlet/--url/--published/--title do not apply to --engine ray")
        from workbench.distributed.ray_engine import ingest_with_ray

        summary = ingest_with_ray(db, list(paths), workers=workers, address=ray_address,
                                  cache_dir=settings().cache_dir, rescore=rescore)
    else:
        with ingest_bars(err_console, enabled=not quiet) as report:
            summary = ingest_paths(db, list(paths), overrides, progress=report,
                                   max_input_bytes=settings().max_input_bytes, rescore=rescore,
                                   workers=workers if workers is not None else settings().ingest_workers)
    for problem in summary.problems:
        err_console.print(Text("skipped ", style="yellow").append_text(shown(problem)), highlight=False, soft_wrap=True)
    _print_summary(summary)
    if summary.failed:
        sys.exit(1)


@click.command()
@db_option
@click.option("--unattributed", is_flag=True, help="Only claims without a source.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", type=int, default=None, help="At most this many claims.")
@review_options
@friendly_errors
def claims(db_path: str | None, unattributed: bool, as_json: bool, limit: int | None, **review: Any) -> None:
    """List extracted claims, most check-worthy first (with --reviewer: your verdict, others apart)."""
    db = open_existing(db_path)
    filtered = review["disagree"] or review["state"]
    rows = claim_listing(db, unattributed=unattributed, limit=None if filtered else limit)
    rows = apply_review_options(db, rows, **review)[:limit]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    console.print(claims_table(rows))


def claims_table(rows: list[dict]) -> Table:
    """Id, source (outlet, speaker and kind), claim, verdict: readable from 80 columns up."""
    table = Table(expand=True, title=plural(len(rows), "claim"), show_lines=True)
    table.add_column("id", no_wrap=True, style="dim", min_width=13)
    table.add_column("source", max_width=24)
    table.add_column("claim", ratio=1, min_width=30)
    table.add_column("verdict", no_wrap=True, max_width=24)
    for r in rows:
        source = Text(printable(r["outlet"] or "?"), style="bold")
        source.append(printable(f"\n{r['speaker'] or 'no source'} ({r['speaker_kind']})"), style="")
        claim = shown(r["text"])
        for seen in r.get("seen_before", [])[:1]:
            claim.append_text(shown(f"\nseen before: {seen['describe']}")).stylize("dim", len(r["text"]))
        table.add_row(shown(r["id"]), source, claim, shown(r.get("verdict_shown") or r["verdict"] or "—"))
    return table


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="The counts as one JSON object.")
@reviewer_option
@friendly_errors
def status(db_path: str | None, as_json: bool, reviewer: str | None) -> None:
    """Counts of documents, claims, clusters and verdicts; how far you and the desk are."""
    db = open_existing(db_path)
    counts = status_counts(db)
    progress = review_progress(db, reviewer_name(reviewer))
    counts |= {
        "reviewed_by_you": progress.reviewed_by_me,
        "split_claims_not_adjudicated": progress.split,
        "conflict_claims_nobody_decided": progress.conflicts_left,
    }
    if as_json:
        click.echo(json.dumps(counts | {"progress": asdict(progress)}))
        return
    table = Table(title=shown(f"workbench · {resolve_db_path(db_path)}"), show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        label = f"reviewed by {progress.reviewer}" if key == "reviewed_by_you" else key.replace("_", " ")
        table.add_row(shown(label), str(value))
    console.print(table)


@click.command()
@click.argument("claim_id")
@click.argument("verdict", type=click.Choice(["verified", "disputed", "unattributed", "clear"]))
@db_option
@click.option("--note", default=None, help="A note kept with the verdict.")
@reviewer_option
@friendly_errors
def verdict(claim_id: str, verdict: str, db_path: str | None, note: str | None, reviewer: str | None) -> None:
    """Record a verdict on a claim (every verdict is kept as an event)."""
    db = open_existing(db_path)
    print_recorded(claim_id, record_verdict(db, claim_id, verdict, reviewer_name(reviewer), note))


@click.command()
@db_option
@reviewer_option
@friendly_errors
def undo(db_path: str | None, reviewer: str | None) -> None:
    """Undo your last verdict (recorded as an event; history is never rewritten)."""
    db = open_existing(db_path)
    event = undo_last(db, reviewer_name(reviewer))
    if event is None:
        fail("nothing to undo for this reviewer")
    line = shown(f"{event['claim_id']}: back to ")
    line.append(event["verdict"], style="bold")
    line.append(f" (undid event {event['undoes']})")
    console.print(line, highlight=False)


@click.command()
@db_option
@click.option("--no-analyze", is_flag=True, help="Only ingest the samples.")
@click.option("--no-review", is_flag=True, help="Do not open the review UI.")
@reviewer_option
@friendly_errors
def demo(db_path: str | None, no_analyze: bool, no_review: bool, reviewer: str | None) -> None:
    """Ingest the bundled sample articles, analyze them, and open the review UI."""
    from workbench.ingest import ingest_paths

    path = resolve_db_path(db_path)
    db = open_db(path)
    with ingest_bars(err_console) as report:
        summary = ingest_paths(db, [str(samples_dir())], {}, progress=report, max_input_bytes=settings().max_input_bytes)
    for problem in summary.problems:
        err_console.print(Text("skipped ", style="yellow").append_text(shown(problem)), highlight=False, soft_wrap=True)
    _print_summary(summary)
    if not no_analyze:
        from workbench.analyze import run_analysis

        with progress_bars(err_console) as report:
            result = run_analysis(db, progress=report, cache_dir=settings().cache_dir)
        console.print(str(result), highlight=False)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if no_review or not interactive:
        console.print(claims_table(claim_listing(db)))
        console.print(f"Review them with: [bold]workbench review --db {path}[/]", highlight=False)
        return
    db.close()
    from workbench.tui.app import WorkbenchApp

    WorkbenchApp(path, reviewer_name(reviewer), keymap_path=settings().keymap_path).run()


COMMANDS: list[click.Command] = [ingest, claims, status, verdict, undo, demo]

__all__ = ["COMMANDS", "StoreError"]
