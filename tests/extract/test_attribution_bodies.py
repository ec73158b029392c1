"""Bodies, companies and their descriptors as speakers (issue 10, round attr10h).

On the fictional dev corpus "the airline said" / "the board denied" were anonymous and capitalised plural
common nouns opening a sentence ("Organisers said") were named. Each case failed before; texts are invented.
"""

from __future__ import annotations

import pytest

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute


def first(text: str) -> tuple[str | None, str]:
    a = attribute(split_sentences(text))[0]
    return a.speaker, a.speaker_kind


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Two ferries were withdrawn for repairs, the carrier said on Friday.", "the carrier", "organization"),
        ("The inspectorate found mould in nine classrooms.", "the inspectorate", "organization"),
        ("The club denied that its coach had been sacked.", "the club", "organization"),
        ("Fares will rise by 4% in May, the transport regulator said.", "the transport regulator", "organization"),
        ("The hospital trust's board rejected the plan, the tribunal said.", "the tribunal", "organization"),
        ("About 800 runners took part, organisers said.", "organisers", "anonymous"),
        ("Organizers said 3,000 tickets were sold.", "organizers", "anonymous"),
        ("Street organisers said the market would close early.", "Street organisers", "anonymous"),
    ],
)
def test_body_heads(text: str, speaker: str, kind: str) -> None:
    assert first(text) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Nine beaches were closed, the conservation group Tidemark said.",
            "the conservation group Tidemark",
            "organization",
        ),
        ("Wages fell 2% last year, the dockers' union Portwork said.", "the dockers' union Portwork", "organization"),
        ("Rents will rise, the agency's chair Olga Brandt said.", "Olga Brandt", "named"),
    ],
)
def test_descriptor_before_a_name(text: str, speaker: str, kind: str) -> None:
    """A body's name after its descriptor is the body; a person's name after a title is the person."""
    assert first(text) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Turnout was 61%, the rowing union said.", "the rowing union"),
        ("The sailing club denied that the race had been cancelled.", "the sailing club"),
    ],
)
def test_participle_modifying_a_body(text: str, speaker: str) -> None:
    """A participle between the determiner and the body's head noun modifies it: the phrase is kept whole."""
    assert first(text) == (speaker, "organization")
