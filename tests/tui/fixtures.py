"""Real SQLite databases for the review UI tests, built through the store's own API.

``build_review_db`` saves four outlets' articles with ``save_document`` (so ids, offsets and
quantities are what ingest would store) and then writes clusters, members and relations
through the analysis stage's own writer (``workbench.store.analysis.write_results``). ``build_unanalyzed_db`` stops before analysis; ``build_empty_db``
is a migrated DB without documents. Everything is deterministic (fixed dates, no clocks).
"""

from __future__ import annotations

from pathlib import Path

from workbench.models import Article, Attribution, ExtractedClaim, Quantity
from workbench.store import open_db, save_document
from workbench.store.analysis import ClusterRow, RelationRow, write_results

# (outlet, date, title, url, [(sentence, speaker, kind, cue, via, checkworthiness, [(qtext, kind, value)])])
ARTICLES = [
    (
        "Kyiv Ledger",
        "2023-02-07",
        "Defenders hold the line in Bakhmut",
        "https://kyiv-ledger.example/bakhmut-line",
        [
            ("Fighting continued through the night around the eastern districts.", None, "none", None, None, 0.30, []),
            ("Russian forces are losing seven soldiers for every Ukrainian killed, Colonel Ihor Lysenko said.",
             "Colonel Ihor Lysenko", "named", "said", None, 0.92, [("seven soldiers for every Ukrainian", "ratio", 7.0)]),
            ("About 5,000 civilians remain in the city, the regional administration said.",
             "the regional administration", "organization", "said", None, 0.81, [("5,000", "count", 5000.0)]),
        ],
    ),
    (
        "Northern Dispatch",
        "2023-02-08",
        "Wagner claims gains east of the river",
        "https://northern-dispatch.example/wagner-gains",
        [
            ("The ratio of losses is five Russians to one Ukrainian, a Western official told the paper.",
             "a Western official", "anonymous", "told", "the paper", 0.88, [("five Russians to one Ukrainian", "ratio", 5.0)]),
            ("Wagner fighters control all districts east of the Bakhmutka river, the group's founder claimed.",
             "the group's founder", "named", "claimed", None, 0.85, []),
            ("Roughly 5,000 residents are still in Bakhmut.", None, "none", None, None, 0.74, [("5,000", "count", 5000.0)]),
        ],
    ),
    (
        "Meridian Post",
        "2023-02-09",
        "Ukraine denies losing eastern districts",
        "https://meridian-post.example/denial",
        [
            ("Ukrainian troops still hold positions east of the Bakhmutka river, the General Staff said.",
             "the General Staff", "organization", "said", None, 0.86, []),
            ("Russia loses five to seven men for each Ukrainian soldier, analysts estimated.",
             "analysts", "anonymous", "estimated", None, 0.79, [("five to seven men for each Ukrainian", "ratio", 6.0)]),
        ],
    ),
    (
        "Harbour Times",
        "2023-02-10",
        "A city emptied by shelling",
        "https://harbour-times.example/emptied",
        [
            ("Only a few thousand people are left in Bakhmut, volunteers told reporters.",
             "volunteers", "anonymous", "told", "reporters", 0.70, []),
            ("Shelling damaged the central market again on Tuesday.", None, "none", None, None, 0.40, []),
        ],
    ),
]


def _article(index: int) -> tuple[Article, list[ExtractedClaim]]:
    outlet, date, title, url, sentences = ARTICLES[index]
    text = " ".join(s[0] for s in sentences)
    claims = []
    pos = 0
    for i, (sentence, speaker, kind, cue, via, cw, quantities) in enumerate(sentences):
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        qs = [Quantity(kind=qk, text=qt, start=sentence.index(qt), end=sentence.index(qt) + len(qt), value=qv) for qt, qk, qv in quantities]
        claims.append(ExtractedClaim(i, start, pos, sentence, Attribution(speaker, kind, cue, via), cw, qs))
    article = Article(text=text, outlet=outlet, title=title, url=url, published=date, source_path=f"{outlet}.txt", fmt="txt")
    return article, claims


def claim_ids(db) -> dict[str, str]:
    """First words of each claim -> claim id (tests name claims by their opening words)."""
    return {" ".join(text.split()[:3]): cid for cid, text in db.execute("SELECT id, text FROM claims")}


def build_unanalyzed_db(path: Path) -> Path:
    db = open_db(path)
    for i in range(len(ARTICLES)):
        save_document(db, *_article(i))
    db.close()
    return path


def build_empty_db(path: Path) -> Path:
    open_db(path).close()
    return path


CLUSTERS = [
    # id, label, member opening words, max checkworthiness
    ("k-ratio", "Russian-to-Ukrainian casualty ratio", ["Russian forces are", "The ratio of", "Russia loses five"], 0.92),
    ("k-east", "Control of districts east of the Bakhmutka", ["Wagner fighters control", "Ukrainian troops still"], 0.86),
    ("k-civ", "Civilians remaining in Bakhmut", ["About 5,000 civilians", "Roughly 5,000 residents", "Only a few"], 0.81),
]
RELATIONS = [
    ("Russian forces are", "The ratio of", "conflict", "7:1 vs 5:1 Russian-to-Ukrainian deaths"),
    ("Russian forces are", "Russia loses five", "agree", "7:1 within 5-7:1"),
    ("The ratio of", "Russia loses five", "agree", "5:1 within 5-7:1"),
    ("Wagner fighters control", "Ukrainian troops still", "conflict", "Wagner claims control vs Ukrainian denial east of the Bakhmutka"),
    ("About 5,000 civilians", "Roughly 5,000 residents", "agree", "5,000 vs 5,000 civilians"),
    ("About 5,000 civilians", "Only a few", "related", "same topic"),
]


def build_review_db(path: Path) -> Path:
    """Four outlets, three clusters (two with conflicts), relations, no verdicts."""
    build_unanalyzed_db(path)
    db = open_db(path)
    ids = claim_ids(db)
    outlets = dict(db.execute("SELECT c.id, d.outlet FROM claims c JOIN documents d ON d.id = c.document_id").fetchall())
    clusters = [
        ClusterRow(cid, label, [ids[m] for m in members], len({outlets[ids[m]] for m in members}), maxcw)
        for cid, label, members, maxcw in CLUSTERS
    ]
    relations = [RelationRow(*sorted([ids[a], ids[b]]), relation, reason) for a, b, relation, reason in RELATIONS]
    write_results(db, [], clusters, relations, {})  # counts of conflicts and agreements come from the writer
    db.close()
    return path


def screen_text(app) -> str:
    """What the terminal shows now, as plain text (for asserting on visible words)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text.rstrip() for strip in strips)


async def settle(pilot) -> None:
    """Let workers and queued writes finish and their messages land (never a sleep)."""
    import asyncio

    writes = getattr(pilot.app, "writes", None)
    for _ in range(3):
        await pilot.pause()
        await _workers_done(pilot)
        if writes is not None:
            await asyncio.to_thread(writes.join)
    await pilot.pause()


async def _workers_done(pilot) -> None:
    """Wait for every running worker. An exclusive worker (one loader per group) is cancelled when a newer one of its
    group starts: its wait raises WorkerCancelled although nothing failed, so the wait goes on with the workers
    still running, the newer one among them (a CI run once failed on that race)."""
    from textual.worker import WorkerCancelled, WorkerState

    for _ in range(100):
        await pilot.pause()
        running = [w for w in pilot.app.workers if w.state in (WorkerState.PENDING, WorkerState.RUNNING)]
        if not running:
            return
        started = [w for w in running if w.state == WorkerState.RUNNING]
        if not started:
            continue  # only pending ones: the next pause lets them start (an empty list would wait for all)
        try:
            await pilot.app.workers.wait_for_complete(started)
        except WorkerCancelled:
            continue
    raise AssertionError("workers still running after 100 rounds")
