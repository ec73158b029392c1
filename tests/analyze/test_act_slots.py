"""One act's agent, stated reason and means compared across reports (analyze.act_slots).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel


def test_two_named_agents_of_one_act_conflict_and_the_reason_names_both() -> None:
    got = rel("The Osk harbour master was dismissed by Mayor Ilse Varn after the pier collapse.",
              "The Osk harbour master was dismissed by the port board chair Tomas Lund after the pier collapse.",
              sim=0.7)
    assert got.relation == "conflict" and "Varn" in got.reason and "Lund" in got.reason, got


def test_one_agent_in_both_is_no_discrepancy() -> None:
    got = rel("The Osk harbour master was dismissed on the orders of Mayor Ilse Varn.",
              "The Osk harbour master was dismissed by Varn late on Friday.", sim=0.7)
    assert "different agent" not in got.reason, got


def test_different_stated_reasons_are_flagged_for_review_not_as_conflict() -> None:
    got = rel("The Osk harbour master was dismissed for falsifying the tide logs.",
              "The Osk harbour master was dismissed because of his feud with the ferry union.", sim=0.7)
    assert got.relation == "related" and got.reason.startswith("different stated reason"), got
    assert "tide logs" in got.reason and "ferry union" in got.reason and got.reason.endswith("; review"), got


def test_a_recurring_act_by_two_agents_is_no_conflict() -> None:
    """Condemning, urging, refusing: two people can each do it; the pair is at most flagged for review."""
    got = rel("The Osk pier lease was condemned by Mayor Ilse Varn at the council meeting.",
              "The Osk pier lease was condemned by the ferry union chief Tomas Lund at the council meeting.", sim=0.7)
    assert got.relation != "conflict", got


def test_a_slot_stated_on_one_side_only_is_no_discrepancy() -> None:
    got = rel("The Osk harbour master was dismissed for falsifying the tide logs.",
              "The Osk harbour master was dismissed on Friday, the port board said.", sim=0.7)
    assert "different" not in got.reason, got


def test_an_abbreviated_title_does_not_cut_the_agent_short() -> None:
    """"Sen. Ilse Varn" and "Senator Ilse Varn" are one agent: the abbreviation's dot ends no phrase."""
    got = rel("Lund, once sure of the seat being vacated by Sen. Ilse Varn, now trails in the polls.",
              "Lund, who is seeking the seat being vacated by Senator Ilse Varn, now trails in the polls.", sim=0.8)
    assert "different agent" not in got.reason, got


def test_a_review_flag_is_kept_across_fact_clusters() -> None:
    """Two claims clustering put in different facts: a plain 'related' is noise there, a review flag is not."""
    from tests.analyze.test_frame_relate import view
    from workbench.analyze.relate import relate_across

    got = relate_across(view("The Osk harbour master was dismissed for falsifying the tide logs.", cid="a"),
                        view("The Osk harbour master was dismissed because of his feud with the ferry union.", cid="b"),
                        0.7)
    assert got is not None and got.relation == "related" and got.reason.endswith("; review"), got
