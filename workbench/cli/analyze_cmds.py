"""``workbench analyze`` (embed, cluster, relate) and ``workbench clusters`` (show the result).

The analysis modules (and through them numpy, onnxruntime, torch) are imported inside the
command functions only, so ``workbench --help`` and every other command start fast.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

import click
from rich.text import Text
from rich.tree import Tree

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
from workbench.models import TreeMember, TreeRelation
from workbench.store import Database
from workbench.store.analysis import event_of_clusters
from workbench.store.clusters import cluster_tree, has_clusters
from workbench.textnorm import printable

RELATION_STYLE = {"conflict": "bold red", "agree": "green", "related": "dim", "update": "cyan", "narrower": "blue",
                  "broader": "blue", "different_measure": "dim"}


@click.command()
@db_option
@click.option("--backend", type=click.Choice(["onnx", "torch"]), default="onnx", show_default=True,
              help="Embedding runtime (onnx: fast int8 export of the bundled model).")
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="Sentence-transformers model (default: bundled all-MiniLM-L6-v2).")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="Clustering similarity threshold (default 0.65, tuned on the samples).")
@click.option("--nli-model", default=None, metavar="NAME_OR_PATH",
              help="Optional NLI cross-encoder (local or already cached; never downloaded).")
@click.option("--workers", type=click.IntRange(1), default=None, metavar="N",
              help="Processes that relate events (default: every core from 2,000 claims on; same result for any N).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON line (counts, seconds per stage).")
@friendly_errors
def analyze(db_path: str | None, backend: str, model: str | None, threshold: float | None, nli_model: str | None,
            workers: int | None, quiet: bool, as_json: bool) -> None:
    """Embed claims, cluster them across outlets and mark agreements and conflicts."""
    from workbench.analyze import run_analysis
    from workbench.analyze.embed import EmbedError
    from workbench.analyze.nli import NliError
    from workbench.store.locks import ANALYSIS, analysis_is_current, hold_lock

    db = open_existing(db_path)
    # One analysis at a time per database: a second run waits, then reuses a result that
    # covers every document instead of embedding and clustering it all again.
    with hold_lock(db, ANALYSIS, on_wait=lambda h: err_console.print(
            f"waiting for the analysis running in process {h.pid} (started {h.acquired_at[:19]} UTC) …",
            highlight=False, markup=False)) as lock:
        defaults = model is None and threshold is None and nli_model is None
        if lock.waited_since and defaults and analysis_is_current(db, lock.waited_since):
            if as_json:
                click.echo(json.dumps({"reused": True}))
            else:
                console.print("the other run's analysis covers every document: reused, nothing recomputed")
            return
        try:
            with progress_bars(err_console, enabled=not quiet) as report:
                summary = run_analysis(db, backend=backend, model=model, threshold=threshold,
                                       progress=report, nli_model=nli_model, cache_dir=settings().cache_dir,
                                       workers=workers)
        except (EmbedError, NliError) as exc:
            fail(str(exc))
            return
    for failure in summary.failed_events:  # the rest of the analysis landed; each failed event is one line
        err_console.print(Text("event not analysed ", style="yellow").append_text(shown(failure)),
                          highlight=False, soft_wrap=True)
    if as_json:
        click.echo(json.dumps(asdict(summary)))
    else:
        console.print(str(summary), highlight=False, soft_wrap=True)
    if summary.failed_events:
        sys.exit(1)


def _relation_line(rel: TreeRelation, short: dict[str, str]) -> Text:
    line = Text()
    line.append(f"{rel.relation.replace('_', ' '):8} ", style=RELATION_STYLE.get(rel.relation, ""))
    line.append(f"{short[rel.claim_a]} ↔ {short[rel.claim_b]}  ", style="bold")
    line.append(printable(rel.reason or ""))
    if rel.method != "rules":
        line.append(f"  [{rel.method}]", style="dim")
    return line


def clusters_tree(db: Database, conflicts_only: bool = False) -> Tree:
    """Clusters (conflicts first, then more outlets, bigger, more check-worthy), members by outlet, relations."""
    nodes = cluster_tree(db, conflicts_only)
    root = Tree(f"[bold]{len(nodes)} cluster{'s' if len(nodes) != 1 else ''}[/]" + (" with conflicts" if conflicts_only else ""))
    events = event_of_clusters(db)
    event_nodes: dict[str, Tree] = {}
    for c in nodes:
        parent = root
        event = events.get(c.id)
        if event is not None:
            if event.id not in event_nodes:
                span = " – ".join(dict.fromkeys(d for d in (event.date_start, event.date_end) if d)) or "undated"
                label = Text(printable(event.label), style="bold yellow")
                label.append(f"  event {event.id} · {span} · {plural(event.n_documents, 'document')}", style="dim")
                event_nodes[event.id] = root.add(label)
            parent = event_nodes[event.id]
        head = Text()
        head.append(printable(c.label or c.id), style="bold")
        head.append(f"  {c.id} · {plural(c.size, 'claim')} · {plural(c.n_outlets, 'outlet')} · "
                    f"{c.n_agreements} agree · {c.n_conflicts} conflict", style="dim")
        node = parent.add(head)
        short = {m.claim_id: f"#{k}" for k, m in enumerate(c.members, 1)}
        by_outlet: dict[str, list[TreeMember]] = {}
        for m in c.members:
            by_outlet.setdefault(m.outlet, []).append(m)
        for outlet, claims in by_outlet.items():
            branch = node.add(Text(printable(outlet), style="cyan"))
            for m in claims:
                leaf = Text(f"{short[m.claim_id]} ", style="bold")
                leaf.append(printable(m.text))
                if m.speaker:
                    leaf.append(printable(f"  — {m.speaker}"), style="italic dim")
                branch.add(leaf)
        if c.relations:
            rel_node = node.add(Text("relations", style="magenta"))
            for r in c.relations:
                if r.claim_a in short and r.claim_b in short:
                    rel_node.add(_relation_line(r, short))
    return root


@click.command(name="clusters")
@db_option
@click.option("--conflicts", "conflicts_only", is_flag=True, help="Only clusters with at least one conflict.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per cluster and line.")
@friendly_errors
def clusters_cmd(db_path: str | None, conflicts_only: bool, as_json: bool) -> None:
    """Show clusters: claims per outlet and the relations between them, with reasons."""
    db = open_existing(db_path)
    if as_json:
        from workbench.cli.record_cmds import echo_json_lines
        from workbench.store.listing import cluster_details

        echo_json_lines(cluster_details(db, conflicts_only=conflicts_only))
        return
    if not has_clusters(db):
        err_console.print("no clusters yet: run `workbench analyze` first", highlight=False)
        return
    console.print(clusters_tree(db, conflicts_only))


COMMANDS: list[click.Command] = [analyze, clusters_cmd]
