"""benchmarks.dump_extraction: two ingests of the same corpus dump the same bytes; what changes shows."""

from __future__ import annotations

import json

from benchmarks.dump_extraction import main


def _corpus(folder, figure: int):
    folder.mkdir()
    (folder / "feed.jsonl").write_text(
        json.dumps({"text": f"Officials said {figure} people were evacuated on Monday.", "url": "https://e.x/1",
                    "outlet": "Wire", "published": "2024-03-06"}) + "\n" + "not json\n",
        encoding="utf-8",
    )
    return folder


def test_the_dump_is_reproducible_and_sees_every_stored_field(tmp_path):
    same = _corpus(tmp_path / "a", 40)
    outs = [tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "other.jsonl"]
    for out, corpus in zip(outs, [same, same, _corpus(tmp_path / "b", 41)], strict=True):
        assert main([str(out), "--corpus", str(corpus)]) == 0
    one, two, other = (p.read_text(encoding="utf-8") for p in outs)
    assert one == two  # ingested_at and migration times are left out
    rows = [json.loads(line) for line in one.splitlines()]
    tables = {r[1] for r in rows}
    assert {"documents", "claims", "claim_frames", "problem"} <= tables
    assert "ingested_at" not in rows[[r[1] for r in rows].index("documents")][2]
    assert one != other  # another figure changes the claim, its quantities and its frame
