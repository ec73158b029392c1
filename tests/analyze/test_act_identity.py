"""The time of one act told in different verbs (issue 9, rel9p): act identity from the stored act phrases, clock
times as intervals across adjacent days or with the day unsaid. Fictional sentences written for these tests (not the
dev corpus); each positive case failed before."""

from __future__ import annotations

import pytest

from tests.analyze.test_frame_relate import rel
from workbench.analyze.act_identity import use_embedder
from workbench.analyze.embed import Embedder

PUB = "2031-11-12"  # a Wednesday


@pytest.fixture(autouse=True, scope="module")
def _session_model(onnx_embedder: Embedder, embed_cache_dir) -> None:
    """The act phrases are compared with the session's bundled model (its export in the test cache, not the user's)."""
    use_embedder(onnx_embedder, embed_cache_dir)


def _rel(a: str, b: str, sim: float = 0.3):
    return rel(a, b, sim=sim, pub_a=PUB, pub_b=PUB)


def test_one_act_in_two_verbs_at_times_that_cannot_both_hold_conflicts():
    got = _rel("The ferry sank shortly after 4.20pm on Tuesday, the coastguard said.",
               "The ferry went down at 18:05 on Tuesday, a crew member said.")
    assert got.relation == "conflict" and "16:20" in got.reason and "18:05" in got.reason, got
    assert "coastguard" in got.reason and "crew member" in got.reason, got  # both sources named


def test_one_act_in_two_verbs_at_one_time_agrees():
    got = _rel("The ferry sank at 4.20pm on Tuesday, the coastguard said.",
               "The ferry went down at 16:20 on Tuesday, a crew member said.")
    assert got.relation == "agree" and "16:20 = 16:20" in got.reason, got


def test_a_time_of_day_without_its_day_is_read_on_the_clock():
    got = _rel("The ferry sank at 16:20 on Tuesday, the coastguard said.",
               "The ferry went down shortly before 3pm, a fisherman told the local radio.")
    assert got.relation == "conflict" and "shortly before 15:00" in got.reason, got


def test_shortly_before_the_hour_is_not_three_quarters_of_an_hour_before_it():
    got = _rel("The parade was stopped at 7.10pm on Sunday, the city said.",
               "The parade was stopped shortly before 8pm on Sunday, a steward said.", sim=0.5)
    assert got.relation == "conflict" and "shortly before 20:00" in got.reason, got


def test_one_act_timed_on_two_adjacent_days_conflicts():
    got = _rel("The concert was abandoned at 10pm on Friday, the promoter said.",
               "The concert was abandoned shortly after 7am on Saturday, the police said.")
    assert got.relation == "conflict" and "on 2031-11-07" in got.reason and "on 2031-11-08" in got.reason, got


def test_two_acts_of_one_story_at_two_times_are_no_conflict():
    got = _rel("The ferry sank at 4.20pm on Tuesday, the coastguard said.",
               "The last passenger was pulled from the water at 9pm on Tuesday, the coastguard said.")
    assert got.relation != "conflict", got


def test_a_figure_only_one_side_states_does_not_block_the_agreement_on_the_time():
    got = _rel("Engineers shut the Omme bridge at 6.10am on Monday after divers found cracks in three piers.",
               "The Omme bridge was closed at 06:10 on Monday, the roads office said.", sim=0.5)
    assert got.relation == "agree" and "06:10 = 06:10" in got.reason, got


def test_a_place_both_dated_clauses_name_is_no_shared_act():
    got = _rel("A crane toppled at the Brisk Point container terminal on Monday, Halvard Ports said.",
               "The last of the injured dockers was discharged on Wednesday, bringing the number treated from the Brisk "
               "Point container terminal to nine, Halvard Ports said.", sim=0.5)
    assert "date of one act" not in got.reason, got


def test_an_act_told_as_one_of_several_is_another_happening():
    got = _rel("A bus overturned on the pass at 9am on Monday, the police said.",
               "A second bus overturned on the pass at 11.40am on Monday, the police said.", sim=0.45)
    assert got.relation != "conflict", got
    same = _rel("The first bus overturned on the pass at 9am on Monday, the police said.",
                "The first bus overturned on the pass at 11.40am on Monday, a driver said.", sim=0.45)
    assert same.relation == "conflict", same


def test_a_deed_in_the_speakers_clause_is_no_deed_of_the_act():
    """acts10: "a cyclist who was parked ... said the road had sunk" shares "park" with "the car park" only through
    who the speaker is; the two acts (the road sinking, the car park collapsing) are not made one by it."""
    got = _rel("A cyclist who was parked by the kerb said the road had sunk shortly after 9pm.",
               "The car park gave way at 16:15 on Tuesday.", sim=0.4)
    assert got is None or got.relation != "conflict", got


def test_a_deed_named_only_in_the_other_claims_source_is_no_shared_act():
    """"the library's insurers estimated": the source's name shares a stem with the other claim's deed ("insured"),
    but who says a claim is not what it says was done; two sums of one unit with no shared act stay apart."""
    got = rel("All of the library's holdings, some 9,000 manuscripts, are insured for 250 million francs.",
              "The burned manuscripts are worth about 8 million francs, the library's insurers estimated.", sim=0.8)
    assert got.relation != "conflict", got
