"""When one thing began, as two reports state it (issue 9, rel9k: a dated start vs a "since" span). Fictional
sentences written for these tests (not the dev corpus)."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel, view


def test_a_start_on_one_day_against_a_state_since_an_earlier_month_conflicts() -> None:
    got = rel("The squatters first moved into the depot on October 9, the owner said.",
              "The squatters had been living in the old depot since early September, neighbours said.", sim=0.6,
              pub_a="2027-10-20", pub_b="2027-10-21")
    assert got.relation == "conflict" and "squatter" in got.reason, got


def test_a_start_inside_the_span_is_no_conflict() -> None:
    got = rel("The squatters first moved into the depot on October 9, the owner said.",
              "The squatters had been living in the old depot since October, neighbours said.", sim=0.6,
              pub_a="2027-10-20", pub_b="2027-10-21")
    assert got.relation != "conflict", got


def test_one_actor_starting_two_things_is_no_conflict() -> None:
    """A name both share is who acts, not what began: "Varn" began a fast on one day and a campaign since another."""
    got = rel("Ilse Varn first went on hunger strike on October 9, her lawyer said.",
              "Ilse Varn has been campaigning against the depot since early September, neighbours said.", sim=0.6,
              pub_a="2027-10-20", pub_b="2027-10-21")
    assert got.relation != "conflict", got


def test_the_start_is_stored_with_what_began() -> None:
    f = view("The blockade began on Monday, the drivers' union said.", "2027-10-20").frame
    assert f.began == "2027-10-18" and f.act_subject == ["blockade"], f
    g = view("The first ferry sailed on Monday.", "2027-10-20").frame
    assert g.began is None, g
