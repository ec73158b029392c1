"""The clusters pane grouped by event: the store's order and rows, and the ``g`` toggle in a Pilot session."""

from __future__ import annotations

from tests.tui.fixtures import CLUSTERS, RELATIONS, build_unanalyzed_db, claim_ids, screen_text, settle
from workbench.store import open_db
from workbench.store.analysis import ClusterRow, EventRecord, RelationRow, write_results
from workbench.store.review import group_keys, group_rows
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.cluster_list import ClusterList

# the casualty ratio (conflicts, most check-worthy) is its own one-document event; the two
# others share an event of three documents, listed first when grouped (most documents first)
EVENT_OF = {"k-ratio": "e-small", "k-east": "e-big", "k-civ": "e-big"}


def build_event_db(path):
    build_unanalyzed_db(path)
    db = open_db(path)
    ids = claim_ids(db)
    doc_of = dict(db.execute("SELECT id, document_id FROM claims").fetchall())
    docs = sorted(set(doc_of.values()))
    events = [EventRecord("e-big", "Bakhmutka districts", "2023-02-01", "2023-02-03", docs[:3]),
              EventRecord("e-small", "casualty ratio", "2023-02-02", "2023-02-02", docs[3:])]
    clusters = [ClusterRow(cid, label, [ids[m] for m in members], 2, cw, event_id=EVENT_OF[cid])
                for cid, label, members, cw in CLUSTERS]
    relations = [RelationRow(*sorted([ids[a], ids[b]]), rel, reason) for a, b, rel, reason in RELATIONS]
    write_results(db, events, clusters, relations, {})
    db.close()
    return path


def test_keys_grouped_by_event_and_rows_name_their_event(tmp_path):
    db = open_db(build_event_db(tmp_path / "e.db"))
    plain = [k for k in group_keys(db) if k.startswith("c:")]
    grouped = [k for k in group_keys(db, by_event=True) if k.startswith("c:")]
    assert plain == ["c:k-ratio", "c:k-east", "c:k-civ"]  # review order: conflicts, then check-worthiness
    assert grouped == ["c:k-east", "c:k-civ", "c:k-ratio"]  # the bigger event first, review order inside
    rows = {r.key: r for r in group_rows(db, grouped)}
    assert (rows["c:k-east"].event_id, rows["c:k-east"].event, rows["c:k-east"].event_span) == \
        ("e-big", "Bakhmutka districts", "2023-02-01 – 2023-02-03")
    assert rows["c:k-ratio"].event_span == "2023-02-02"  # one day once
    assert group_keys(db, "conflicts", by_event=True) == ["c:k-east", "c:k-ratio"]  # filters still apply
    db.close()


async def test_g_groups_the_pane_by_event_and_back(tmp_path):
    app = WorkbenchApp(str(build_event_db(tmp_path / "e.db")), "alice")
    async with app.run_test(size=(140, 50)) as pilot:
        await settle(pilot)
        listing = app.screen.query_one(ClusterList)
        assert listing.keys[:3] == ["c:k-ratio", "c:k-east", "c:k-civ"]
        assert "Bakhmutka districts" not in screen_text(app)
        await pilot.press("g")
        await settle(pilot)
        assert listing.keys[:3] == ["c:k-east", "c:k-civ", "c:k-ratio"]
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(3)]
        assert prompts[0].startswith("◆ Bakhmutka districts") and "2023-02-01 – 2023-02-03" in prompts[0]
        assert "◆" not in prompts[1]  # same event as the entry above: no second header
        assert prompts[2].startswith("◆ casualty ratio")
        await pilot.press("J")  # moving on redraws the selection marker; the headers stay
        await settle(pilot)
        assert str(listing.get_option_at_index(0).prompt).startswith("◆ Bakhmutka")
        await pilot.press("g")
        await settle(pilot)
        assert listing.keys[:3] == ["c:k-ratio", "c:k-east", "c:k-civ"]
        assert not any("◆" in str(listing.get_option_at_index(i).prompt) for i in range(3))
    assert app.return_code in (None, 0)
