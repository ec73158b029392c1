"""One invented event related the way ``workbench analyze`` relates the claims of an event.

Many analysis tests write a few one-sentence reports, extract each with the real extractor, embed them
with the real embedder and relate them inside one event. This module is that one path, so such tests
differ only in their wording and never in how the event is built.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from workbench.analyze.facts import claim_features, relate_event
from workbench.extract.claims import extract_claims
from workbench.store.analysis import ClaimRow

PUBLISHED = "2027-05-04"


def report_rows(*texts: str, published: str = PUBLISHED) -> list[ClaimRow]:
    """The first claim of each text, each text its own report (document ``doc<k>``)."""
    out = []
    for k, text in enumerate(texts):
        c = extract_claims(text, published)[0]
        out.append(ClaimRow(f"c{k}", f"doc{k}", c.text, c.quantities, c.attribution.speaker, 0.9, None, (k,), c.frame))
    return out


def relate_rows(embedder: Any, rows: Sequence[ClaimRow], threshold: float = 0.75) -> list[tuple[int, int, Any]]:
    """``relate_event`` over all of ``rows`` as one event, with the embedder's vectors: (i, j, relation)."""
    vectors = np.asarray(embedder.encode([r.text for r in rows]), dtype=np.float32)
    _, rels = relate_event(list(range(len(rows))), list(rows), vectors, claim_features(list(rows)), threshold)
    return rels


def relations_by_text(embedder: Any, *texts: str, story: Sequence[str] = (),
                      published: str = PUBLISHED) -> dict[tuple[str, str], Any]:
    """The relations of ``texts`` (plus ``story``: other reports of the event) keyed by the two claim texts."""
    rows = report_rows(*texts, *story, published=published)
    return {(rows[i].text, rows[j].text): r for i, j, r in relate_rows(embedder, rows)}


def between(rels: dict[tuple[str, str], Any], a: str, b: str) -> Any:
    """The relation of two claim texts in either order, or None."""
    return rels.get((a, b)) or rels.get((b, a))
