"""The review UI's read-side SQL and keymap parsing, without a terminal."""

from __future__ import annotations

import pytest

from tests.tui.fixtures import build_empty_db, build_review_db, build_unanalyzed_db, claim_ids
from workbench.settings import Settings
from workbench.store import open_db, record_verdict
from workbench.store.cards import claim_context, group_columns
from workbench.store.review import db_state, group_keys, group_of_claim, group_rows, next_unreviewed_group
from workbench.tui.keymap import load_keymap, parse_keymap


@pytest.fixture
def db(tmp_path):
    handle = open_db(build_review_db(tmp_path / "r.db"))
    yield handle
    handle.close()


def test_state_of_empty_unanalyzed_and_analyzed(tmp_path, db):
    empty = open_db(build_empty_db(tmp_path / "e.db"))
    plain = open_db(build_unanalyzed_db(tmp_path / "p.db"))
    assert db_state(empty).empty and not db_state(empty).analyzed
    assert not db_state(plain).empty and not db_state(plain).analyzed
    assert db_state(db).analyzed and db_state(db).claims == 10
    assert group_keys(empty) == []
    assert len(group_keys(plain)) == 4 and all(k.startswith("d:") for k in group_keys(plain))
    empty.close()
    plain.close()


def test_groups_conflicts_first_then_checkworthiness_then_unclustered_documents(db):
    keys = group_keys(db)
    assert keys[:3] == ["c:k-ratio", "c:k-east", "c:k-civ"]
    assert all(k.startswith("d:") for k in keys[3:]) and len(keys) == 5
    rows = {r.key: r for r in group_rows(db, keys)}
    ratio = rows["c:k-ratio"]
    assert (ratio.n_claims, ratio.n_outlets, ratio.n_conflicts, ratio.reviewed) == (3, 3, 1, 0)
    assert sum(r.n_claims for r in rows.values()) == 10  # every claim reachable exactly once


def test_reviewed_counts_follow_the_latest_event(db):
    ids = claim_ids(db)
    record_verdict(db, ids["Russian forces are"], "verified", "alice")
    record_verdict(db, ids["The ratio of"], "disputed", "bob")
    record_verdict(db, ids["The ratio of"], "cleared", "bob")
    assert group_rows(db, ["c:k-ratio"])[0].reviewed == 1


def test_filters_and_search(db):
    ids = claim_ids(db)
    assert group_keys(db, "conflicts") == ["c:k-ratio", "c:k-east"]
    unattributed = group_keys(db, "unattributed")
    assert "c:k-civ" in unattributed and "c:k-ratio" not in unattributed
    for claim in ("Wagner fighters control", "Ukrainian troops still"):
        record_verdict(db, ids[claim], "verified", "alice")
    assert "c:k-east" not in group_keys(db, "unreviewed")
    assert group_keys(db, search="LYSENKO") == ["c:k-ratio"]  # speaker, case-insensitive
    assert group_keys(db, search="meridian") == ["c:k-ratio", "c:k-east"]  # outlet
    assert group_keys(db, search="100%_") == []  # LIKE wildcards are literal
    with pytest.raises(ValueError):
        group_keys(db, "nonsense")


def test_next_unreviewed_group_wraps_and_skips_done(db):
    ids = claim_ids(db)
    keys = group_keys(db)
    for claim in ("Russian forces are", "The ratio of", "Russia loses five"):
        record_verdict(db, ids[claim], "verified", "alice")
    assert next_unreviewed_group(db, keys, 0) == 1
    assert next_unreviewed_group(db, keys, 4) == 4
    for cid in ids.values():
        record_verdict(db, cid, "verified", "alice")
    assert next_unreviewed_group(db, keys, 0) is None


def test_columns_one_per_document_with_badges_and_quantities(db):
    columns, total = group_columns(db, "c:k-ratio")
    assert total == 3
    assert [c.outlet for c in columns] == ["Kyiv Ledger", "Northern Dispatch", "Meridian Post"]
    first = columns[0].claims[0]
    assert first.quantities[0].text == "seven soldiers for every Ukrainian"
    assert first.text[first.quantities[0].start : first.quantities[0].end] == first.quantities[0].text
    badges = [(b.relation, b.other_outlet) for b in first.badges]
    assert badges == [("conflict", "Northern Dispatch"), ("agree", "Meridian Post")]
    assert first.badges[0].reason == "7:1 vs 5:1 Russian-to-Ukrainian deaths"


def test_related_relations_are_not_badges(db):
    columns, _ = group_columns(db, "c:k-civ")
    harbour = [c for c in columns if c.outlet == "Harbour Times"][0].claims[0]
    assert harbour.badges == []


def test_context_gives_sentences_around_the_claim(db):
    ids = claim_ids(db)
    ctx = claim_context(db, ids["Russian forces are"])
    assert ctx.before == "Fighting continued through the night around the eastern districts."
    assert ctx.after.startswith("About 5,000 civilians")
    assert ctx.title == "Defenders hold the line in Bakhmut" and ctx.url.startswith("https://kyiv-ledger")
    assert claim_context(db, "missing") is None


def test_group_of_claim(db):
    ids = claim_ids(db)
    assert group_of_claim(db, ids["Wagner fighters control"]) == "c:k-east"
    assert group_of_claim(db, ids["Shelling damaged the"]).startswith("d:")


def test_keymap_parsing(tmp_path):
    keymap, warnings = parse_keymap(
        {"verdict.verified": "1", "claim.down": ["j", "n"], "keymap": {"verdict.disputed": "2"}, "x.y": 3},
        known_ids={"verdict.verified", "claim.down", "verdict.disputed"},
    )
    assert keymap == {"verdict.verified": "1", "claim.down": "j,n", "verdict.disputed": "2"}
    assert len(warnings) == 1 and "x.y" in warnings[0]
    broken = tmp_path / "broken.toml"
    broken.write_text("verdict.verified = = 1", encoding="utf-8")
    keymap, warnings = load_keymap(broken)
    assert keymap == {} and "broken.toml" in warnings[0]
    assert load_keymap(tmp_path / "none.toml")[1]  # an explicit missing file is worth a warning


def test_keymap_env_and_default_location(tmp_path, monkeypatch):
    monkeypatch.delenv("WORKBENCH_KEYMAP", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load_keymap() == ({}, [])  # no file at the default place: defaults, silently
    (tmp_path / "workbench").mkdir()
    (tmp_path / "workbench" / "keymap.toml").write_text('"help" = "f1"\n', encoding="utf-8")
    assert load_keymap()[0] == {"help": "f1"}
    other = tmp_path / "other.toml"
    other.write_text('"quit" = "ctrl+x"\n', encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_KEYMAP", str(other))
    assert load_keymap(Settings.load().keymap_path)[0] == {"quit": "ctrl+x"}  # as `workbench review` passes it
