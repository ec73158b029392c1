"""Whose figure: offers, demands, plans, rates and a denying party are not contradictions between outlets.

Fictional sentences written for these tests (not the dev corpus, not BASIL wording).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.analyze.test_frame_relate import rel, view
from workbench.analyze.relate import relate
from workbench.extract.figures import measures_of
from workbench.extract.holders import act_of
from workbench.extract.quantities import extract_quantities


def _acts(text: str) -> list[dict]:
    return [act_of(text, q) for q in extract_quantities(text) if q.kind != "date" and q.value is not None]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Farmers' League countered with 40 million dollars in relief.", {"act": "offer", "holder": "Farmers"}),
        ("Mayor Odile Brun requested $90 million for the new tunnel.", {"act": "demand", "holder": "Mayor Odile Brun"}),
        ("The order allows the agency to shift $2 billion from road projects.", {"act": "plan"}),
        ("Families would save $300 a year on heating.", {"act": "plan", "holder": "Families", "per": "year"}),
        ("Prices rose to 4% in May.", {}),
        ("The fund paid out $12 million last year.", {"holder": "the fund"}),  # the payer holds what it paid
    ],
)
def test_the_act_holder_and_rate_of_a_figure(text: str, want: dict) -> None:
    got = _acts(text)[0]
    assert {k: got[k] for k in want} == want and set(got) == set(want), got


def test_measures_carry_the_act() -> None:
    text = "Councillor Ana Ruiz proposed $5 million for the parks."
    assert measures_of(text, extract_quantities(text))[0]["act"] == "plan"


@pytest.mark.parametrize(
    ("a", "b", "relation", "bits"),
    [
        # one party's offer vs the other's demand: two measures, never a contradiction
        ("The port board offered the pilots a 3% raise on Friday, its chairman said.",
         "The pilots' guild is demanding a 10% raise, its secretary said.", "different_measure", ["offer", "demand"]),
        ("Senator Kaya Lind requested $800 million for the levees.",
         "Governor Tom Hale countered with $250 million for the levees.", "different_measure",
         ["Kaya Lind", "Tom Hale"]),
        # a yearly saving per household vs a total sum
        ("The scheme cut $900 million from the energy budget, the ministry said.",
         "The scheme saves households $150 a year on energy, the ministry said.", "different_measure", ["per year"]),
        # a sum an order enables someone to move vs a sum a bill contains
        ("The decree lets the cabinet move $3 billion from the pension reserve.",
         "The budget bill includes just $1 billion for the pension reserve.", "related", ["planned"]),
    ],
)
def test_figures_of_different_acts_or_holders_are_not_conflicts(a: str, b: str, relation: str, bits: list[str]) -> None:
    got = rel(a, b, sim=0.7)
    assert got.relation == relation, got
    assert all(x in got.reason for x in bits), got


def test_the_same_offer_reported_with_two_figures_still_conflicts() -> None:
    got = rel("The port board offered the pilots a 3% raise on Friday, its chairman said.",
              "The port board offered the pilots a 5% raise on Friday, a board member said.", sim=0.9)
    assert got.relation == "conflict", got


def test_a_wider_stated_scope_is_not_a_contradiction_of_an_unstated_one() -> None:
    got = rel("Velmo said 90,000 heaters were affected by the recall.",
              "Velmo has extended the recall to 140,000 heaters worldwide, the company said.", sim=0.8)
    assert got.relation != "conflict", got


def test_a_party_denying_what_a_named_source_says_it_did_is_source_vs_source() -> None:
    """Issue 9: a denial against another NAMED source is a conflict between sources, naming both, even though the
    accusation names the accused party; only a denial of the outlet's own report stays inside the story."""
    got = rel("The auditor, Ines Moll, told the committee that Renner had ordered the files destroyed.",
              "Renner on Monday denied that he ordered the files destroyed.", sim=0.75)
    assert got.relation == "conflict" and "source vs source" in got.reason and "Ines Moll" in got.reason, got
    got = rel("Renner had ordered the files destroyed before the audit began.",
              "Renner on Monday denied that he ordered the files destroyed.", sim=0.75)
    assert got.relation == "related" and "inside the story" in got.reason, got


def test_a_plan_is_contradicted_only_by_a_deed_stated_as_done() -> None:
    got = rel("The council has said it will fund the new library, the mayor said.",
              "The council wants a one-year budget while funding for the library is settled, the mayor said.",
              sim=0.8)
    assert got.relation != "conflict", got
    got = rel("The Dorran steel mill will close on Friday, the owners said.",
              "The Dorran steel mill was closed on Friday, the owners said.",
              sim=0.9)
    assert got.relation == "conflict" and "modality" in got.reason, got


def test_a_plan_and_its_dated_outcome_are_a_development_not_a_contradiction() -> None:
    got = rel("The regional assembly voted Thursday to repeal the harbour fishing levy, its speaker said.",
              "The regional assembly is set to vote to repeal the harbour fishing levy, its speaker said.",
              sim=0.9, pub_a="2027-03-12", pub_b="2027-03-08")
    assert got.relation == "update" and "planned, then done" in got.reason, got


def test_a_bare_weekday_in_a_plan_is_the_coming_one() -> None:
    from workbench.extract.reftime import parse_published, resolve_time

    pub = parse_published("2027-03-10")  # a Wednesday
    assert resolve_time("The mill will shut on Friday.", [], pub, future=True)[0] == "2027-03-12"
    assert resolve_time("The mill shut on Friday.", [], pub)[0] == "2027-03-05"


def test_retiring_and_resigning_in_protest_are_different_characterisations() -> None:
    got = rel("The mayor said on Monday that the harbour director, Ida Voss, would be retiring at the end of May.",
              "The harbour director, Ida Voss, resigned on Monday in protest at the mayor's port plan.", sim=0.7)
    assert got.relation == "conflict" and "retired vs resigned" in got.reason, got


def test_a_negated_or_nominal_departure_is_no_characterisation() -> None:
    got = rel("The mayor said on Monday that the harbour director, Ida Voss, would be retiring at the end of May.",
              "Aides to the harbour director, Ida Voss, said on Monday she had no intention of resigning.", sim=0.7)
    assert got.relation != "conflict", got


def test_the_denying_party_is_read_from_the_stored_frame() -> None:
    """Analysis reads ``Frame.denier`` (set at extraction); it does not re-parse the denial's words."""
    claim = view("Ines Moll told the committee that Kask had ordered the files destroyed.", cid="a")
    denial = view("Renner on Monday denied that he ordered the files destroyed.", cid="b")
    assert denial.frame is not None and denial.frame.denier == "Renner"
    assert "inside the story" not in relate(claim, denial, similarity=0.75).reason
    own_words = replace(denial, frame=replace(denial.frame, denier="Moll"))  # the claimant denying her own claim
    assert "inside the story" in relate(claim, own_words, similarity=0.75).reason


def test_a_span_in_another_unit_does_not_hide_an_offer_against_a_demand() -> None:
    got = rel("The council offered the drivers a package worth 40 million crowns on Monday, the mayor said.",
              "The drivers' union wants 65 million crowns to cover a 6% raise over two years.", sim=0.4)
    assert got.relation == "different_measure" and "offer" in got.reason and "demand" in got.reason, got


def test_a_reported_plan_then_the_act_carried_out_is_an_update() -> None:
    got = rel("The club's lawyer, Ivo Sander, said the club would appeal to the league tribunal.",
              "The club filed an appeal with the league tribunal on Tuesday, its lawyer Ivo Sander said.",
              sim=0.84, pub_a="2027-05-02", pub_b="2027-05-04")
    assert got.relation == "update" and "planned, then done" in got.reason, got


def test_rejecting_a_proposal_is_no_denial_of_what_a_named_source_says() -> None:
    """"rejected a compromise that X floated" states no denied content: nothing for a source-vs-source conflict."""
    got = rel("Before the vote, the mayor rejected a compromise that the council leader, Ivo Hart, floated with the "
              "opposition last week on harbour fees.",
              "Ivo Hart, speaking after the mayor's remarks, said the opposition wanted the harbour fees frozen.",
              sim=0.6)
    assert got.relation != "conflict", got


def test_a_dispute_of_a_named_report_is_source_vs_source() -> None:
    """"disputed a report that said X" states what is disputed: against the source that reported X, a conflict."""
    got = rel("The Harbour Gazette's report said that the port director had ordered the tanker logs altered.",
              "The port authority disputed on Monday a report that said the port director had ordered the tanker "
              "logs altered.", sim=0.75)
    assert got.relation == "conflict" and "source vs source" in got.reason, got


def test_a_claim_that_tells_of_the_dispute_takes_no_side_in_it() -> None:
    """Sharing the denying verb ("welcomed the authority disputing the report"), a claim reports the dispute."""
    got = rel("The mayor said he welcomed the port authority disputing a report that the port director had ordered "
              "the tanker logs altered.",
              "The port authority disputed on Monday a report that said the port director had ordered the tanker "
              "logs altered.", sim=0.75)
    assert got.relation != "conflict", got
