"""narrower/broader in the exports are read from each row's own claim (the store keeps one row per pair)."""

from __future__ import annotations

from tests.export.fixtures import add_relation, build_sample
from tests.export.test_export_csv import by_id, export_text, read_rows


def test_each_claims_row_states_narrower_or_broader_from_its_own_side(tmp_path):
    s = build_sample(tmp_path / "claims.db")
    low, high = sorted((s.a, s.b))
    # stored from the first id's side: "low is narrower than high" (a city's dead vs the province's)
    add_relation(s.db, low, high, "narrower", "narrower: scope city vs region (dead: 120 vs 300)")
    rows = by_id(read_rows(export_text(s.db)))
    assert f"{high}: narrower: scope city vs region" in rows[low]["relation_reasons"]
    assert f"{low}: broader: scope city vs region" in rows[high]["relation_reasons"]
