"""Attribution.hedge and Attribution.role are stored with the claim (migration m010)."""

from __future__ import annotations

from workbench.extract import extract_claims
from workbench.models import Article
from workbench.store import open_db, save_document

TEXT = (
    "The regional governor, Ana Ruiz, said the dam had released 400 cubic metres of water on Monday.\n\n"
    "The plant reportedly shut down 3 of its 6 turbines after the flood warning on Tuesday."
)


def test_hedge_and_role_are_stored(tmp_path) -> None:
    db = open_db(tmp_path / "a.db")
    save_document(db, Article(text=TEXT, outlet="Test Post", source_path="t.txt"), extract_claims(TEXT))
    rows = db.execute("SELECT speaker, role, hedge, speaker_kind FROM claims ORDER BY sentence_index").fetchall()
    assert rows[0][:3] == ("Ana Ruiz", "the regional governor", None)
    assert rows[1][1:] == (None, "reportedly", "none")
