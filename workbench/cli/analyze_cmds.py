"""``workbench analyze`` (embed, cluster, relate) and ``workbench clusters`` (show the result).

The analysis modules (and through them numpy, onnxruntime, torch) are imported inside the
command functions only, so ``workbench --help`` and every other command start fast.
"""

from __future__ import annotations

import click
from rich.text import Text
from rich.tree import Tree

from workbench.cli.common import console, db_option, err_console, fail, friendly_errors, open_existing
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
@click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
@friendly_errors
def analyze(db_path: str | None, backend: str, model: str | None, threshold: float | None, nli_model: str | None,
            quiet: bool) -> None:
    """Embed claims, cluster them across outlets and mark agreements and conflicts."""
    from workbench.analyze import run_analysis
    from workbench.analyze.embed import EmbedError
    from workbench.analyze.nli import NliError

    db = open_existing(db_path)
    try:
        summary = run_analysis(db, backend=backend, model=model, threshold=threshold,
                               progress=None if quiet else _stderr_progress(), nli_model=nli_model)
    except (EmbedError, NliError) as exc:
        fail(str(exc))
        return
    console.print(str(summary), highlight=False, soft_wrap=True)


def _stderr_progress():
    """A plain (stage, done, total) callback on stderr until the CLI draws bars from it."""
    last: dict[str, int] = {}

    def report(stage: str, done: int, total: int | None) -> None:
        if total and (done == total or done - last.get(stage, 0) >= max(1, total // 10)):
            last[stage] = done
            err_console.print(f"{stage}: {done}/{total}", highlight=False)

    return report


def _relation_line(rel: dict, short: dict[str, str]) -> Text:
    line = Text()
    line.append(f"{rel['relation'].replace('_', ' '):8} ", style=RELATION_STYLE.get(rel["relation"], ""))
    line.append(f"{short[rel['claim_a']]} ↔ {short[rel['claim_b']]}  ", style="bold")
    line.append(printable(rel["reason"] or ""))
    if rel["method"] != "rules":
        line.append(f"  [{rel['method']}]", style="dim")
    return line


def clusters_tree(db, conflicts_only: bool = False) -> Tree:
    """Clusters (conflicts first, then bigger and more check-worthy), members by outlet, relations."""
    where = "WHERE n_conflicts > 0" if conflicts_only else ""
    rows = list(db.query(
        f"SELECT * FROM clusters {where} ORDER BY n_conflicts > 0 DESC, n_outlets DESC, size DESC, "
        "max_checkworthiness DESC, id"
    ))
    root = Tree(f"[bold]{len(rows)} cluster{'s' if len(rows) != 1 else ''}[/]" + (" with conflicts" if conflicts_only else ""))
    from workbench.store.analysis import event_of_clusters

    events = event_of_clusters(db)
    event_nodes: dict[str, Tree] = {}
    for c in rows:
        parent = root
        event = events.get(c["id"])
        if event is not None:
            if event.id not in event_nodes:
                span = " – ".join(dict.fromkeys(d for d in (event.date_start, event.date_end) if d)) or "undated"
                label = Text(printable(event.label), style="bold yellow")
                label.append(f"  event {event.id} · {span} · {event.n_documents} documents", style="dim")
                event_nodes[event.id] = root.add(label)
            parent = event_nodes[event.id]
        head = Text()
        head.append(printable(c["label"] or c["id"]), style="bold")
        head.append(f"  {c['id']} · {c['size']} claims · {c['n_outlets']} outlets · "
                    f"{c['n_agreements']} agree · {c['n_conflicts']} conflict", style="dim")
        node = parent.add(head)
        members = list(db.query(
            "SELECT c.id, c.text, c.speaker, coalesce(d.outlet, d.source_path, d.id) AS outlet FROM cluster_members m "
            "JOIN claims c ON c.id = m.claim_id JOIN documents d ON d.id = c.document_id "
            "WHERE m.cluster_id = ? ORDER BY outlet, c.id", [c["id"]]))
        short = {m["id"]: f"#{k}" for k, m in enumerate(members, 1)}
        by_outlet: dict[str, list[dict]] = {}
        for m in members:
            by_outlet.setdefault(m["outlet"], []).append(m)
        for outlet, claims in by_outlet.items():
            branch = node.add(Text(printable(outlet), style="cyan"))
            for m in claims:
                leaf = Text(f"{short[m['id']]} ", style="bold")
                leaf.append(printable(m["text"]))
                if m["speaker"]:
                    leaf.append(printable(f"  — {m['speaker']}"), style="italic dim")
                branch.add(leaf)
        rels = list(db.query(
            "SELECT r.* FROM relations r JOIN cluster_members m ON m.claim_id = r.claim_a WHERE m.cluster_id = ? "
            "ORDER BY r.relation = 'conflict' DESC, r.relation = 'agree' DESC, r.claim_a, r.claim_b", [c["id"]]))
        if rels:
            rel_node = node.add(Text("relations", style="magenta"))
            for r in rels:
                if r["claim_a"] in short and r["claim_b"] in short:
                    rel_node.add(_relation_line(r, short))
    return root


@click.command(name="clusters")
@db_option
@click.option("--conflicts", "conflicts_only", is_flag=True, help="Only clusters with at least one conflict.")
@friendly_errors
def clusters_cmd(db_path: str | None, conflicts_only: bool) -> None:
    """Show clusters: claims per outlet and the relations between them, with reasons."""
    db = open_existing(db_path)
    if not db.execute("SELECT 1 FROM clusters LIMIT 1").fetchone():
        err_console.print("no clusters yet: run `workbench analyze` first", highlight=False)
        return
    console.print(clusters_tree(db, conflicts_only))


COMMANDS: list[click.Command] = [analyze, clusters_cmd]
