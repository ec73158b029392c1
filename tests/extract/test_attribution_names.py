"""Names the speaker search lost: party tags before an appositive, surnames that are also titles or places.

Invented texts (round 7 of issue 10); each case was seen failing first. The shapes were found on BASIL dev
years 2010-14 and on a battery of made-up newsroom sentences, never on test-year text.
"""

from __future__ import annotations

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute
from workbench.models import Attribution


def attributions(text: str) -> list[Attribution]:
    return attribute(split_sentences(text))


def test_party_tag_followed_by_an_appositive_keeps_the_name() -> None:
    got = attributions("Sen. Lena Vogt, R-Texas, a member of the water panel, said the canal would reopen in May.")
    assert got[0].speaker == "Lena Vogt"
    assert got[0].speaker_kind == "named"


def test_party_tag_after_an_object_does_not_open_an_appositive() -> None:
    text = "A dozen farmers have sent Vogt, R-Texas, a letter saying the canal fees are too high."
    assert attributions(text)[0].speaker != "Vogt"
