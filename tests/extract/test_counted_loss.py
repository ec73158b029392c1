"""A head count after a cost verb is a loss, not a price (issue 9, session 17; invented sentences)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view


def _roles(text: str) -> list[str | None]:
    frame = view(text).frame
    return [m.get("role") for m in frame.measures] if frame else []


def test_a_count_after_cost_is_lost_not_priced():
    assert _roles("The merger will cost 640 posts, the staff council said.") == ["lost"]


def test_money_after_cost_is_still_a_price():
    assert _roles("The new bridge will cost 90 million crowns.") == ["price"]
