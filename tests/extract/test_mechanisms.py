"""How a claim says a happening came about (extract.mechanisms) and one person's harm (extract.harms).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

import pytest

from workbench.extract.harms import harm_of
from workbench.extract.mechanisms import mechanism_of


def test_an_act_of_one_thing_on_another_is_read_with_its_subject_and_object() -> None:
    got = mechanism_of("A gust off the fells had lifted the marquee clear of its pegs, said Jana Holm.", "done")
    assert got is not None and got["subj"] == ["gust"] and "marquee" in got["obj"] and got.get("prior"), got
    assert not got.get("someone"), got


def test_a_chained_act_and_a_relative_clause() -> None:
    got = mechanism_of("A tent pole that had split along its grain buckled and dragged the marquee over, "
                       "said Piet Rask.", "done")
    assert got is not None and got["subj"] == ["tent", "pole"] and "marquee" in got["obj"], got


def test_where_the_subject_went_and_the_attribution_first() -> None:
    got = mechanism_of("Ole Brandt, a farmer, said the herd had followed an injured stag through a gap.", "done")
    assert got is not None and got["subj"] == ["herd"] and "stag" in got["obj"] and "gap" in got["pp"], got


def test_a_passive_with_its_agent() -> None:
    got = mechanism_of("The mast was brought down by a lightning strike, the coastguard said.", "done")
    assert got is not None and "lightn" in got["subj"][0] and got["obj"] == ["mast"], got


@pytest.mark.parametrize("text", [
    "The road was closed on Tuesday, the council said.",  # a passive with no agent
    "The hall was not damaged by the fumes, the school said.",  # negated
    "The pole will hold the marquee, the organiser said.",  # a plan
    "The marquee collapsed.",  # nobody reports it
    "The use of the hall continued despite warnings from the council, the school said.",  # no thing acted on
])
def test_no_mechanism(text: str) -> None:
    assert mechanism_of(text, "done") is None


def test_someone_acting_is_marked() -> None:
    got = mechanism_of("Two volunteers had found the marquee flattened, said Jana Holm.", "done")
    assert got is not None and got.get("someone"), got
    got = mechanism_of("The organiser said the Rask family had moved the marquee.", "done")
    assert got is not None and got.get("someone"), got


@pytest.mark.parametrize(("text", "state", "who"), [
    ("The skipper, 61, was flown to hospital with a broken leg, the coastguard said.", "hurt", ["skipper"]),
    ("The skipper was unharmed, the boat's owner said.", "unhurt", ["skipper"]),
    ("The coastguard said the skipper of the trawler was not injured.", "unhurt", ["skipper", "trawler"]),
    ("Its pilot died at the scene, the airline said.", "killed", ["pilot"]),
])
def test_harm_of_one_person(text: str, state: str, who: list[str]) -> None:
    got = harm_of(text)
    assert got is not None and got["state"] == state and got["who"] == who, got


@pytest.mark.parametrize("text", ["The passengers were taken to hospital.", "Nine people were hurt.",
                                  "The skipper was not taken to hospital, the coastguard said."])
def test_no_harm_of_one_person(text: str) -> None:
    assert harm_of(text) is None


def test_an_act_with_no_direct_object_is_marked_bare() -> None:
    got = mechanism_of("A hinge had worked out of the gate post, the keeper said.", "done")
    assert got is not None and got.get("bare") and got.get("prior"), got
    got = mechanism_of("The first survey had counted the damaged cabins twice, Ola Brandt said.", "done")
    assert got is not None and not got.get("bare"), got


def test_where_a_happening_began_is_no_account_of_how_it_came_about() -> None:
    # a start at a place ("started in the storeroom") tells where, not by what; with an object it is an account
    assert mechanism_of("The blaze started in the ground-floor storeroom, Inspector Lena Rask said.", "done") is None
    assert mechanism_of("The fire broke out in the loft, the landlord said.", "done") is None
    got = mechanism_of("A dropped cigarette had started the blaze, the landlord said.", "done")
    assert got is not None and "cigarette" in got["subj"] and got["obj"] == ["blaze"], got
