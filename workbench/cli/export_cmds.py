"""``workbench export``, ``workbench history`` and ``workbench agreement``: verdicts out, and who decided what.

Thin click wrappers: the work is in :mod:`workbench.export`. Output files are written
whole or not at all; errors are one line on stderr with a non-zero exit code.
"""

from __future__ import annotations

import io
import json
import os
import sys
from dataclasses import asdict

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
    settings,
    shown,
)
from workbench.cli.progress import progress_bars
from workbench.cli.record_cmds import history_json, seen_lines
from workbench.export import FORMATS, ExportError, ExportFilters, write_export
from workbench.export.agreement import Kappa, agreement_report
from workbench.export.filters import FILTER_VERDICTS
from workbench.store.claim_history import claim_summary
from workbench.store.verdicts import current_verdict, reviewer_verdicts
from workbench.store.verdicts import history as verdict_history
from workbench.textnorm import printable

SHORT_TEXT = 70


def _short(text: str | None, width: int = SHORT_TEXT) -> str:
    if text is None:
        return "(claim no longer in the store)"
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True, help="Output format.")
@click.option("-o", "--output", default="-", metavar="FILE", show_default=True, help="Output file, or - for stdout.")
@click.option(
    "--verdict",
    "verdicts",
    multiple=True,
    metavar="V",
    help=f"Only rows with this verdict ({', '.join(FILTER_VERDICTS)}); repeatable.",
)
@click.option("--reviewer", default=None, metavar="NAME", help="Only verdicts recorded by this reviewer.")
@click.option("--cluster", "cluster", default=None, metavar="ID", help="Only claims of this cluster.")
@click.option("--since", default=None, metavar="DATE", help="Only verdicts recorded on or after DATE (ISO 8601).")
@click.option("--per-reviewer", is_flag=True, help="One row per (reviewer, claim) with that reviewer's verdict.")
@click.option("--excel", is_flag=True, help="CSV with a UTF-8 byte order mark, for Excel.")
@click.option(
    "--organization",
    default=None,
    metavar="NAME",
    help="Reviewing organisation for ClaimReview (default: $WORKBENCH_ORGANIZATION or 'workbench reviewers').",
)
@click.option(
    "--org-url", default=None, metavar="URL", help="Organisation site; ClaimReview urls become URL/claims/ID."
)
@friendly_errors
def export_cmd(
    db_path: str | None,
    fmt: str,
    output: str,
    verdicts: tuple[str, ...],
    reviewer: str | None,
    cluster: str | None,
    since: str | None,
    per_reviewer: bool,
    excel: bool,
    organization: str | None,
    org_url: str | None,
) -> None:
    """Export claims and verdicts as CSV, JSONL or schema.org ClaimReview.

    CSV and JSONL hold every claim (reviewed or not) unless filtered; ClaimReview holds
    reviewed claims only. CSV cells are safe to open in a spreadsheet.
    """
    try:
        filters = ExportFilters(verdicts=verdicts, reviewer=reviewer, cluster=cluster, since=since)
    except ExportError as exc:
        fail(str(exc))
    db = open_existing(db_path)
    org = organization or settings().organization
    options = {"per_reviewer": per_reviewer, "excel": excel, "organization": org, "org_url": org_url}
    try:
        if output == "-":
            try:
                write_export(db, "-", fmt, filters, **options)
            except BrokenPipeError:  # `workbench export | head`: the reader left, nothing to report
                _silence_stdout()
                sys.exit(1)
            return
        with progress_bars(err_console) as report:
            n = write_export(db, output, fmt, filters, report, **options)
    except ExportError as exc:
        fail(str(exc))
    finally:
        db.close()
    noun = "review" if fmt == "claimreview" else "row"
    err_console.print(f"wrote {n} {noun}{'' if n == 1 else 's'} to {output}", highlight=False, markup=False)


@click.command("history")
@click.argument("claim_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object: events, current verdict, seen before.")
@friendly_errors
def history_cmd(claim_id: str, db_path: str | None, as_json: bool) -> None:
    """Every verdict event of CLAIM_ID, oldest first: who, when, what, note, undo; and where it was seen before."""
    db = open_existing(db_path)
    try:
        claim = claim_summary(db, claim_id)
        events = verdict_history(db, claim_id)
        if claim is None and not events:
            fail(f"no claim with id {claim_id!r}")
        per_reviewer = {r: v[claim_id] for r, v in reviewer_verdicts(db).items() if claim_id in v}
        now = current_verdict(db, claim_id)
        seen = seen_lines(db, claim_id) if claim is not None else []
        if as_json:
            click.echo(json.dumps(history_json(db, claim_id, events, now), ensure_ascii=False))
            return
    finally:
        db.close()
    if claim is not None:
        line = Text(printable(claim_id), style="bold")
        line.append(printable(f" ({claim.outlet or 'unknown outlet'}; {claim.speaker or 'no source'})"))
        console.print(line, highlight=False)
        console.print(shown(_short(claim.text, 200)), highlight=False)
    else:
        console.print(
            Text(printable(claim_id), style="bold").append(" (claim no longer in the store; its history is kept)"),
            highlight=False,
        )
    for line in seen:
        console.print(shown(line), style="yellow", highlight=False)
    if not events:
        console.print("never reviewed")
        return
    table = Table(title="verdict history")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("when (UTC)", no_wrap=True)
    table.add_column("reviewer")
    table.add_column("verdict", no_wrap=True)
    table.add_column("note")
    table.add_column("undo", no_wrap=True)
    for e in events:
        undo = f"undoes #{e['undoes']}" if e["undoes"] is not None else ""
        cells = (
            str(e["id"]),
            e["created_at"][:19].replace("T", " "),
            e["reviewer"],
            e["verdict"] + ("" if e["kind"] == "verdict" else f" ({e['kind']})"),
            e["note"] or "",
            undo,
        )
        table.add_row(*(shown(c) for c in cells))
    console.print(table)
    current = now["verdict"] if now else "cleared"
    who = f" by {now['reviewer']}" if now and current != "cleared" else ""
    console.print(f"current verdict: [bold]{'none' if current == 'cleared' else current}[/]", highlight=False, end="")
    console.print(shown(who), highlight=False)
    if per_reviewer:
        listed = ", ".join(f"{r}: {v}" for r, v in sorted(per_reviewer.items()))
        console.print(shown(f"per reviewer: {listed}"), highlight=False)


def _fmt_kappa(k: Kappa) -> str:
    if k.n == 0:
        return "n/a (no shared claims)"
    if k.kappa is None:
        return "n/a (one verdict throughout)"
    return f"{k.kappa:.3f}"


@click.command("agreement")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object.")
@friendly_errors
def agreement_cmd(db_path: str | None, as_json: bool) -> None:
    """How much reviewers agree (Cohen's kappa per pair, Fleiss' kappa and Krippendorff's alpha), and where they differ."""
    db = open_existing(db_path)
    try:
        report = agreement_report(db)
    finally:
        db.close()
    if as_json:
        click.echo(json.dumps(asdict(report), ensure_ascii=False))
        return
    if len(report.reviewers) < 2:
        who = report.reviewers[0] if report.reviewers else "nobody"
        console.print(f"agreement needs two reviewers; verdicts so far are by {who}", highlight=False, markup=False)
        return
    table = Table("reviewer", "reviewer", "shared claims", "agreement", "Cohen's kappa", "disagreements", title="pairs")
    for p in report.pairs:
        observed = "" if p.kappa.observed is None else f"{p.kappa.observed:.0%}"
        cells = (p.first, p.second, str(p.kappa.n), observed, _fmt_kappa(p.kappa), str(p.disagreements))
        table.add_row(*(Text(c) for c in cells))
    console.print(table)
    if report.fleiss is not None:
        console.print(
            f"Fleiss' kappa over the {plural(report.fleiss.n, 'claim')} rated by all {len(report.reviewers)} reviewers: "
            f"{_fmt_kappa(report.fleiss)}",
            highlight=False,
        )
    if report.alpha is not None:
        alpha = "n/a" if report.alpha.alpha is None else f"{report.alpha.alpha:.3f}"
        console.print(
            f"Krippendorff's alpha over the {plural(report.alpha.units, 'claim')} rated by two or more reviewers: {alpha}",
            highlight=False,
        )
    if not report.disagreements:
        console.print("no disagreements")
        return
    split = Table("claim", "text", title=f"{plural(len(report.disagreements), 'claim')} with differing verdicts")
    for r in report.reviewers:
        split.add_column(Text(r))
    for d in report.disagreements:
        cells = (d.claim_id, _short(d.text), *(d.verdicts.get(r, "-") for r in report.reviewers))
        split.add_row(*(Text(c) for c in cells))
    console.print(split)


COMMANDS: list[click.Command] = [export_cmd, history_cmd, agreement_cmd]
