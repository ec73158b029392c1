"""Cards name every compared relation kind with its reason, read from the card's claim's side."""

from __future__ import annotations

from dataclasses import replace

from tests.export.fixtures import add_relation, build_sample
from workbench.records import ReviewClaim
from workbench.store.cards import claim_badges
from workbench.tui.widgets.render import card_text


def _card(claim_id: str, badges) -> str:
    claim = ReviewClaim(claim_id, "doc", 0, 0, 10, "Some claim.", None, "none", None, None, 0.5, [], "Outlet", None,
                        None, None)
    return card_text(replace(claim, badges=badges), cursor=False).plain


def test_update_and_scope_relations_reach_the_card_with_their_reasons(tmp_path) -> None:
    s = build_sample(tmp_path / "claims.db")
    low, high = sorted((s.a, s.d))
    add_relation(s.db, low, high, "narrower", "narrower: scope city vs region (killed: 120 vs 300)")
    badges = claim_badges(s.db, [low, high])
    assert ("narrower", high) in [(b.relation, b.other_claim) for b in badges[low]]
    assert ("broader", low) in [(b.relation, b.other_claim) for b in badges[high]]  # the pair from the other side
    text = _card(low, badges[low])
    assert "⊂ NARROWER than" in text and "scope city vs region" in text
    assert "⊃ BROADER than" in _card(high, badges[high])
    first, second = sorted((s.b, s.c))
    add_relation(s.db, first, second, "update", "update: killed 300 (Tuesday) → 520 (Thursday)")
    text = _card(first, claim_badges(s.db, [first])[first])
    assert "↻ UPDATE with" in text and "300 (Tuesday) → 520 (Thursday)" in text
