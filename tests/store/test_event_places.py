"""Each document's places are read from the stored frames (``Frame.place``), never from its text."""

from __future__ import annotations

from workbench.models import Article, Attribution, ExtractedClaim, Frame
from workbench.store import save_document
from workbench.store.event_places import document_places


def test_document_places_come_from_stored_frames_once_each_in_claim_order(db):
    text = "Crews reached Hollin Moor. The road to Hollin Moor reopened. Sheep were moved from Arkby."
    claims = [
        ExtractedClaim(0, 0, 26, "Crews reached Hollin Moor.", Attribution(), 0.5, [], Frame(place="Hollin Moor")),
        ExtractedClaim(1, 27, 60, "The road to Hollin Moor reopened.", Attribution(), 0.5, [], Frame(place="Hollin Moor")),
        ExtractedClaim(2, 61, 89, "Sheep were moved from Arkby.", Attribution(), 0.5, [], Frame(place="Arkby")),
    ]
    doc, _ = save_document(db, Article(text, "Fell Post", "t", "https://fell.example/1", None, "2024-02-01",
                                       "https://fell.example/1", "txt"), claims)
    other, _ = save_document(db, Article("Nothing here.", "Fell Post", "u", "https://fell.example/2", None,
                                         "2024-02-02", "https://fell.example/2", "txt"),
                             [ExtractedClaim(0, 0, 13, "Nothing here.", Attribution(), 0.5, [], Frame())])
    places = document_places(db)
    assert places[doc] == ["Hollin Moor", "Arkby"]
    assert other not in places
