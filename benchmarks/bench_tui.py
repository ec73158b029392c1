"""Review UI benchmark: first screen, verdict keystroke latency, next cluster and memory on a large DB.

    .venv/bin/python -m benchmarks.bench_tui --db /tmp/1m.db --runs 3 --verdicts 60
    .venv/bin/python -m benchmarks.bench_tui --claims 100000 --runs 5 --verdicts 200   # synthetic stand-in

``--db``: a private copy of a database the pipeline produced (``benchmarks.replicate_db`` scales
a real 10k analysis to 1M claims: label such figures "replicated from a real 10k analysis").
Without it, a synthetic stand-in is built with ``benchmarks.synth_db.build_db`` (gold clusters,
no model): label those "synthetic". Then ``--runs`` fresh child processes each import the app,
start it headless (``App.run_test``, 140x40) and report:

* ``import_s``: importing ``workbench.tui.app`` (Textual + store),
* ``first_screen_s``: from ``run_test`` entry until the first claim card has the cursor and the
  screen is painted (polled every millisecond: ``pilot.pause`` waits for the CPU to go idle,
  up to a second while a worker runs, which is not the app's time),
* for the first child only, ``--verdicts`` keystrokes ``v``: ``key_to_commit_ms`` (key posted as
  the driver posts it -> the pane's ``record_verdict`` returned, timed on the thread that
  committed it), ``handler_to_commit_ms`` (the key's handler entered -> committed: what the
  app's own write path costs, Textual's key dispatch excluded); ``key_to_redrawn_ms`` (every
  message the key caused handled and the screen painted; keys that finish a group apart, as
  ``key_to_next_group_shown_ms``); every 4th key through ``pilot.press`` (its idle detection is a
  floor of its own, reported apart); an unbound key through the same wait (the measuring's own
  cost); the store call alone; ``next_cluster_ms``: ``J`` posted -> the next group's cards
  shown, the cursor on one, every message it caused handled, laid out and painted (with
  ``cpu_p50``/``cpu_p95``: the process's CPU time in that window, every thread: the figure a
  loaded machine disturbs least, since wall time there includes waiting for a core); ``f`` through
  every filter: key -> the new view's first screen painted (``filter_view_shown_ms``) and -> its
  whole order listed by the worker (``filter_order_listed_ms``),
* peak RSS of the child (``wait4``),

and, for scale in the same run: the first screen on an empty database (``empty_db_first_screen_s``:
Textual, the app and the screen with nothing to read: the floor), the first paint of a bare
Textual app, and the first screen's reads alone on one connection.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine, machine_line, python_child, run_child, summarize, write_json


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def _handled(app, pilot) -> None:
    """Until every message a key caused has been handled, then paint the screen, as a frame does.

    No sleeps: ``pilot.press`` detects idleness with at least two 20 ms sleeps, a floor (and,
    with a worker running, up to 1 s of CPU-idle polling) that would hide what the app itself
    spends. The 60 fps frame timer is not waited for: once the message queues are empty the
    compositor update is forced (as ``pilot.pause`` does), and again if that paint caused
    more messages (resizes), until the screen is quiet.
    """
    for _ in range(50):
        await pilot._wait_for_screen()
        screen = app.screen
        if not all(pump._message_queue.empty() for pump in [app, *screen.walk_children(with_self=True)]):
            continue  # handlers posted more: let them run before painting
        screen._on_timer_update()
        if all(pump._message_queue.empty() for pump in [app, *screen.walk_children(with_self=True)]):
            return


async def _verdict_keys(app, pilot, verdicts: int) -> dict:
    """``verdicts`` keystrokes ``v``: key -> commit, key -> repainted, group-ending keys apart."""
    from textual import events

    from workbench.tui.widgets import comparison

    committed: list[float] = []
    handled: list[float] = []
    original = comparison.record_verdict
    original_action = comparison.ComparisonPane.action_verdict

    def timed_record(*args, **kwargs):  # the pane's own call, timed on the writer thread after COMMIT
        row = original(*args, **kwargs)
        committed.append(time.perf_counter())
        return row

    def timed_action(self, verdict):  # the key's handler entered (the key has left the app's queues)
        handled.append(time.perf_counter())
        return original_action(self, verdict)

    comparison.record_verdict = timed_record
    comparison.ComparisonPane.action_verdict = timed_action
    before = app.db.execute("SELECT count(*) FROM verdict_events").fetchone()[0]
    commit_ms, redrawn_ms, next_group_ms, press_ms, insert_ms, handler_ms = [], [], [], [], [], []
    for i in range(verdicts):
        key = app.screen.current_key
        t = time.perf_counter()
        if i % 4 == 3:  # every 4th through the pilot, as before: its idle detection included
            await pilot.press("v")
            press_ms.append((time.perf_counter() - t) * 1000)
        else:
            n = len(committed)
            app.post_message(events.Key("v", "v"))  # what the driver posts for a key
            while len(committed) == n:  # the commit is timed where it happens; this only waits for it
                await asyncio.sleep(0.0005)
            await _handled(app, pilot)
            if app.screen.current_key == key:
                redrawn_ms.append((time.perf_counter() - t) * 1000)
            else:  # the group was done: the next one loads in a worker, then mounts
                await _workers_done(app)
                await _handled(app, pilot)
                next_group_ms.append((time.perf_counter() - t) * 1000)
        if hasattr(app, "writes"):  # the INSERT commits on the writer thread (workbench/tui/writes.py)
            await asyncio.to_thread(app.writes.join)
        commit_ms.append((committed[-1] - t) * 1000)
        handler_ms.append((committed[-1] - handled[-1]) * 1000)
        await _settle(app, pilot)
    comparison.record_verdict = original
    comparison.ComparisonPane.action_verdict = original_action
    after = app.db.execute("SELECT count(*) FROM verdict_events").fetchone()[0]
    floor_ms = []
    for _ in range(20):  # an unbound key through the same wait: what the measuring itself costs
        t = time.perf_counter()
        app.post_message(events.Key("f12", None))
        await _handled(app, pilot)
        floor_ms.append((time.perf_counter() - t) * 1000)
    card = app.screen.query_one(comparison.ComparisonPane).focused_card
    for _ in range(50):  # the store call alone, for reference
        t = time.perf_counter()
        original(app.db, card.claim.id, "verified", "bench")
        insert_ms.append((time.perf_counter() - t) * 1000)

    def stats(values: list[float]) -> dict:
        if not values:
            return {"n": 0}
        return {"p50": round(_pct(values, 0.5), 2), "p95": round(_pct(values, 0.95), 2), "n": len(values)}

    return {
        "verdict_events_committed": after - before,
        "key_to_commit_ms": stats(commit_ms),
        "handler_to_commit_ms": stats(handler_ms),
        "key_to_redrawn_ms": stats(redrawn_ms),
        "unbound_key_floor_ms": stats(floor_ms),
        "key_to_next_group_shown_ms": stats(next_group_ms),
        "key_to_pilot_press_return_ms": stats(press_ms),
        "record_verdict_ms": stats(insert_ms),
    }


async def _workers_done(app) -> None:
    """Every worker finished; one a newer request of its kind replaced (cancelled) is waited past."""
    from textual.worker import WorkerCancelled

    for _ in range(10):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue


async def _settle(app, pilot) -> None:
    for _ in range(3):
        await pilot.pause()
        await _workers_done(app)
        if hasattr(app, "writes"):
            await asyncio.to_thread(app.writes.join)


async def _next_clusters(app, pilot, n: int) -> dict:
    """``J`` ``n`` times: key posted -> the next group's cards shown, the cursor on one, laid out and painted.

    Polled every millisecond (no ``pilot.press``: its idle detection is a floor of its own);
    between keys every worker (context, reviews, the read-ahead) finishes, as a reviewer reading
    the cards would let it.
    """
    from textual import events

    screen = app.screen
    nav_ms, cpu_ms = [], []
    for _ in range(n):
        index = screen.clusters.index_of(screen.current_key)
        if index is None or index + 1 >= len(screen.clusters.keys):
            break
        target = screen.clusters.keys[index + 1]
        t, cpu = time.perf_counter(), time.process_time()
        app.post_message(events.Key("J", "J"))
        while not (screen.pane.group_key == target and screen.pane.focused_card is not None):
            await asyncio.sleep(0.001)
        # every message the switch caused handled (the cards' Layout requests among them), then the
        # layout done and the screen painted: polling for the cursor and painting once stopped the
        # clock before the cards' new heights were laid out (the context pane's own worker lands later)
        await _handled(app, pilot)
        nav_ms.append((time.perf_counter() - t) * 1000)
        cpu_ms.append((time.process_time() - cpu) * 1000)
        await _settle(app, pilot)
    return {"p50": round(_pct(nav_ms, 0.5), 1), "p95": round(_pct(nav_ms, 0.95), 1), "n": len(nav_ms),
            "cpu_p50": round(_pct(cpu_ms, 0.5), 1), "cpu_p95": round(_pct(cpu_ms, 0.95), 1)}


async def _filter_cycle(app, pilot) -> dict:
    """``f`` through every filter: key -> the new view's first screen painted, and -> its whole order listed.

    The first is what the reviewer waits for (its order's first page, the group to open, laid out
    and painted); the rest of the order is listed afterwards by the same worker, off the UI thread,
    while the pane says "listing…": the second figure.
    """
    from textual import events

    from workbench.store.review import FILTERS

    screen = app.screen
    shown: list[int] = []
    original = screen._show_order

    async def timed_show(message):  # the view's GroupsLoaded handled: its first screen is on the widgets
        await original(message)
        shown.append(message.request)

    screen._show_order = timed_show
    view_ms, listed_ms, names = [], [], []
    for _ in FILTERS:
        request = screen._groups_request + 1
        t = time.perf_counter()
        app.post_message(events.Key("f", "f"))
        while request not in shown:
            await asyncio.sleep(0.001)
        await _handled(app, pilot)
        view_ms.append(round((time.perf_counter() - t) * 1000, 1))
        await _settle(app, pilot)
        listed_ms.append(round((time.perf_counter() - t) * 1000, 1))
        names.append(screen.filter_name)
    del screen._show_order
    return {"filter_names": names, "filter_view_shown_ms": view_ms, "filter_order_listed_ms": listed_ms}


def _first_screen_up(app, pane_type) -> bool:
    """The review screen has its order and either the first card has the cursor or the DB is empty."""
    state = getattr(app.screen, "state", None)
    if state is None:
        return False
    if state.empty:
        return bool(app.screen.query(".pane-message"))  # the "empty database" sentence is mounted
    panes = app.screen.query(pane_type)
    return bool(panes) and panes.first().focused_card is not None


async def _child(db_path: str, verdicts: int, handoff_ms: float | None = None) -> dict:
    t0 = time.perf_counter()
    from workbench.tui.app import WorkbenchApp
    from workbench.tui.widgets.comparison import ComparisonPane

    if handoff_ms is not None:  # how long the UI thread waits for the writer (0: yield the GIL once)
        from workbench.tui.writes import WriteQueue

        WriteQueue.HANDOFF_S = handoff_ms / 1000

    import_s = time.perf_counter() - t0
    app = WorkbenchApp(db_path, "bench")
    out: dict = {"import_s": round(import_s, 3)}

    start = time.perf_counter()
    async with app.run_test(size=(140, 40)) as pilot:
        # Polled every millisecond, not through ``pilot.pause``: its idle detection waits for the
        # CPU to go quiet (up to a second while a worker runs), which would be timed as the app's.
        while not _first_screen_up(app, ComparisonPane):
            await asyncio.sleep(0.001)
        app.screen._on_timer_update()  # ... and painted (the frame timer's own call, not waited for)
        out["first_screen_s"] = round(time.perf_counter() - start, 3)
        out["first_screen_empty_db"] = app.screen.state.empty
        if verdicts:
            out.update(await _verdict_keys(app, pilot, verdicts))
            out["next_cluster_ms"] = await _next_clusters(app, pilot, 20)
            out.update(await _filter_cycle(app, pilot))
        status = Path("/proc/self/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    out["peak_rss_mb_inside"] = round(int(line.split()[1]) / 1024, 1)
    return out


async def _baseline() -> float:
    """First paint of a bare Textual app (header, footer, one line): the floor under first_screen_s."""
    from textual.app import App
    from textual.widgets import Footer, Header, Static

    class Bare(App):
        def compose(self):
            yield Header()
            yield Static("ready", id="ready")
            yield Footer()

    start = time.perf_counter()
    async with Bare().run_test(size=(140, 40)) as pilot:
        await pilot.pause()
    return round(time.perf_counter() - start, 3)


def _sql_first_screen(db_path: str) -> dict:
    """The first screen's reads alone, on one connection (what the load worker spends before posting)."""
    from workbench.store import open_db
    from workbench.tui import loaders
    from workbench.tui.card_reviews import card_reviews

    db = open_db(db_path, create=False)
    start = time.perf_counter()
    order, _rest = loaders.group_order(db, "all", None)
    if order.first_group is not None:
        card_reviews(db, [c.id for column in order.first_group[0] for c in column.claims], "bench", False)
    seconds = time.perf_counter() - start
    db.close()
    return {"seconds": round(seconds, 3), "keys_read": len(order.keys)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--verdicts", type=int, default=200)
    parser.add_argument("--db", help="benchmark a copy of this existing database instead of building one")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument(
        "--handoff-ms",
        default="",
        help="comma list: one more verdict run per value of WriteQueue.HANDOFF_S in ms (0 = the GIL yielded once)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "baseline":
        print(json.dumps({"baseline_s": asyncio.run(_baseline())}))
        return
    if args.child:
        handoff = float(args.handoff_ms) if args.handoff_ms else None
        print(json.dumps(asyncio.run(_child(args.child, args.verdicts, handoff))))
        return

    with tempfile.TemporaryDirectory() as tmp:
        if args.db:  # a private copy: the verdict keystrokes write to it
            import sqlite3

            db_path, stats = str(Path(tmp) / "bench.db"), {"copied_from": args.db}
            with sqlite3.connect(args.db) as src, sqlite3.connect(db_path) as dst:
                src.backup(dst)
        else:
            from benchmarks.synth_db import build_db

            db_path = str(Path(tmp) / "bench.db")
            stats = build_db(db_path, args.claims, clusters="gold")
        from workbench.store import open_db
        from workbench.store.review import db_state

        db = open_db(db_path, create=False)
        state = db_state(db)
        db.close()
        empty = str(Path(tmp) / "empty.db")  # the floor: Textual, the app and the screen, no data
        open_db(empty).close()
        runs, floor = [], []
        for i in range(args.runs):  # each run followed by a run on the empty DB: the floor under the same load
            run = run_child(python_child("benchmarks.bench_tui", "--child", db_path, "--verdicts", str(args.verdicts if i == 0 else 0)))
            if run.returncode != 0 or not run.data:
                sys.exit(f"child failed: {(run.stderr.strip().splitlines() or ['no output'])[-1]}")
            runs.append(run)
            floor.append(run_child(python_child("benchmarks.bench_tui", "--child", empty, "--verdicts", "0")))
        by_handoff = {}
        for value in [v for v in args.handoff_ms.split(",") if v.strip()]:  # same DB, same session: comparable
            argv = ["--child", db_path, "--verdicts", str(args.verdicts), "--handoff-ms", value.strip()]
            run = run_child(python_child("benchmarks.bench_tui", *argv))
            if run.returncode != 0 or not run.data:
                sys.exit(f"child failed: {(run.stderr.strip().splitlines() or ['no output'])[-1]}")
            keep = ("key_to_commit_ms", "key_to_redrawn_ms", "key_to_next_group_shown_ms", "next_cluster_ms")
            by_handoff[value.strip()] = {k: run.data.get(k) for k in keep}
        sql = _sql_first_screen(db_path)
        baseline = [run_child(python_child("benchmarks.bench_tui", "--child", "baseline")).data["baseline_s"] for _ in range(3)]
    first = [r.data["first_screen_s"] for r in runs]
    payload = {
        "machine": machine(),
        "db": {"documents": state.documents, "claims": state.claims, "clusters": state.clusters, "build": stats},
        "first_screen_s": summarize(first),
        "import_s": summarize([r.data["import_s"] for r in runs]),
        "bare_textual_first_paint_s": summarize(baseline),
        "empty_db_first_screen_s": summarize([r.data["first_screen_s"] for r in floor]),
        "first_screen_sql_s": sql,
        "peak_rss_mb": summarize([r.peak_rss_mb for r in runs]),
        "verdicts": {k: v for k, v in runs[0].data.items() if k not in ("first_screen_s", "import_s")},
        "median_first_screen_s": statistics.median(first),
        "verdicts_by_handoff_ms": by_handoff,
    }
    print(machine_line(payload["machine"]), file=sys.stderr)
    write_json(args.json, payload)


if __name__ == "__main__":
    main()
