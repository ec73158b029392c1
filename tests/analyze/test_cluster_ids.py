"""Stable cluster ids (``analyze.results.assign_ids``): an old id follows most of its old claims."""

from workbench.analyze.results import assign_ids
from workbench.store.analysis import ClusterRow


def _cluster(members: list[str]) -> ClusterRow:
    return ClusterRow(id="", label="", members=members, n_outlets=1, max_checkworthiness=0.0, earliest=min(members))


def test_the_old_id_stays_with_the_claims_that_stayed_together():
    """A new document pulls one claim out of a four-claim cluster into a cluster of its own claims."""
    previous = {"c1": "kold", "c2": "kold", "c3": "kold", "c4": "kold"}
    moved = _cluster(["c0a", "c0b", "c1"])  # two new claims and one old: as big as the rest, read first
    stayed = _cluster(["c2", "c3", "c4"])
    assign_ids(previous, [moved, stayed])
    assert stayed.id == "kold"
    assert moved.id == "k0a"


def test_a_cluster_with_no_old_claims_is_named_after_its_earliest_claim():
    previous = {"c5": "kfive"}
    grown = _cluster(["c5", "c9"])
    fresh = _cluster(["c7", "c8"])
    assign_ids(previous, [fresh, grown])
    assert (grown.id, fresh.id) == ("kfive", "k7")


def test_two_successors_of_one_old_cluster_get_different_ids():
    previous = {"c1": "kold", "c2": "kold", "c3": "kold"}
    big, small = _cluster(["c2", "c3"]), _cluster(["c1"])
    assign_ids(previous, [small, big])
    assert big.id == "kold" and small.id != "kold"
    assert small.id == "k1"
