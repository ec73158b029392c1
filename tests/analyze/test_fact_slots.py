"""Which claims of one event can not share a fact, from frames extraction stores (sentences written for these tests)."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analyze.cluster import ClaimFeatures, cluster
from workbench.analyze.fact_slots import apart, groups_apart, signature
from workbench.analyze.facts import merge_facts
from workbench.analyze.relate import Relation
from workbench.extract import extract_claims
from workbench.extract.frames import claim_frame
from workbench.extract.quantities import extract_quantities
from workbench.models import Frame


def frame(text: str, published: str = "2027-05-04") -> Frame | None:
    claims = extract_claims(text, published)
    if claims:
        return claims[0].frame
    qs = extract_quantities(text)
    return claim_frame(text, qs, None, published)


def sig(text: str):
    return signature(frame(text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another act: one party's offer vs the other party's demand
        ("The city offered the drivers a package worth 40 million dollars, the mayor said.",
         "The drivers' union is demanding 65 million dollars, its chairman said."),
        # another period base: year-on-year vs month-on-month
        ("Consumer prices rose 2.7% in March from a year earlier, the statistics bureau said.",
         "Month-on-month, consumer prices climbed 0.3%."),
        # another role: dead vs injured
        ("Eleven people were killed in the collapse, the regional governor said.",
         "Thirty-four people were injured in the collapse, the regional governor said."),
        # a measured figure vs no figure: the toll of a blaze is not the fact that it happened
        ("Two workers were killed in the depot fire, the fire brigade said.",
         "A fire gutted a bus depot in the north of the town on Sunday night."),
    ],
)
def test_different_measures_are_apart(a, b):
    assert apart(sig(a), sig(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same measure reported later is one fact with an update, not two facts
        ("At least 40 people have died in the landslide, the county office said on Monday.",
         "The toll from the landslide has risen to 75 dead, the county office said on Wednesday."),
        # two sources, one measure
        ("The port authority said 600 dockers joined the strike on Monday.",
         "The dockers' union said 2,500 dockers walked out on Monday."),
        # a count that only describes ("the two largest ports") is not what the claim measures
        ("Analysts see the town as a gateway to Porvik and Dalsund, the two largest ports on the coast.",
         "If the town falls, the rebels are expected to turn next to Porvik and Dalsund."),
        # no figures on either side: nothing in a slot to tell them apart
        ("The minister said the reform would go ahead.",
         "The minister said the government would not back down on the reform."),
    ],
)
def test_one_measure_is_not_apart(a, b):
    assert not apart(sig(a), sig(b))


def test_scopes_stated_on_both_sides_or_the_world_against_a_place():
    city = Frame(measures=[{"kind": "count", "role": "killed"}], scope="city")
    country = Frame(measures=[{"kind": "count", "role": "killed"}], scope="country")
    world = Frame(measures=[{"kind": "count", "unit": "kettles"}], scope="world")
    placed = Frame(measures=[{"kind": "count", "unit": "kettles"}], place="Norland")
    unstated = Frame(measures=[{"kind": "count", "unit": "kettles"}])
    assert apart(signature(city), signature(country))
    assert apart(signature(world), signature(placed))
    assert not apart(signature(world), signature(unstated))  # unstated may be the whole: not decided


def test_clusters_never_join_groups_that_are_apart():
    # three near-identical vectors: by closeness alone they form one cluster
    vecs = np.array([[1.0, 0.0], [0.99, 0.14], [0.98, 0.2]], dtype=np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    feats = [ClaimFeatures(group=k) for k in range(3)]
    offer = signature(Frame(measures=[{"kind": "money", "act": "offer"}]))
    demand = signature(Frame(measures=[{"kind": "money", "act": "demand"}]))
    plain = signature(Frame(measures=[{"kind": "money"}]))
    assert cluster(vecs, feats, threshold=0.9) == [[0, 1, 2]]
    got = cluster(vecs, feats, threshold=0.9, signatures=[offer, plain, demand], apart=groups_apart)
    assert not any(0 in g and 2 in g for g in got)
    assert got == [[1, 2]]  # the closest pair joins; 0 may not follow it


def test_verdicts_join_first_and_never_across_different_measures():
    """A numeric agreement claims its partner before closeness does; a cluster member of
    another measure is split off rather than dragged along (the old merge kept whole clusters)."""
    europe = Frame(measures=[{"kind": "count", "unit": "kettles"}], place="Norland")
    unstated = Frame(measures=[{"kind": "count", "unit": "kettles"}])
    world = Frame(measures=[{"kind": "count", "unit": "kettles"}], scope="world")
    sigs = {0: signature(unstated), 1: signature(europe), 2: signature(world)}
    groups = [[0, 2]]  # closeness put the unstated figure with the worldwide one
    rels = [(0, 1, Relation("agree", "480,000 ≈ 480,000 kettles", numeric=True))]
    assert merge_facts(groups, rels, sigs) == [[0, 1]]
    # a slot verdict vouches for its own pair even when the figure-less side has no slot
    sigs = {0: signature(Frame(measures=[{"kind": "count"}])), 1: signature(Frame())}
    rels = [(0, 1, Relation("update", "date moved", method="frames"))]
    assert merge_facts([], rels, sigs) == [[0, 1]]
    assert merge_facts([], [(0, 1, Relation("agree", "similar"))], sigs) == []
