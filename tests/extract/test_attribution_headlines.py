"""Headlines that end in a full stop (issue 10, round 6): single quote marks, labels, title-case subjects.

A headline that ends in a stop is not flagged ``heading``, so it is attributed like prose; but headline
style quotes with single marks ("Ruiz calls the levy ‘a tax on rain’"), labels its speaker in sentence
case ("Ruiz: the dam will hold") and capitalises its verb ("Ana Ruiz Slams Council As ‘...’"). A quote,
label or subject only counts on the document's first line standing alone. The names are fictional.
"""

from __future__ import annotations

import pytest

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute
from workbench.extract.cues import mask_single_quotes

BODY = "\n\nThe council met on Tuesday. The vote is due next week."


def first(headline: str) -> tuple[str | None, str]:
    att = attribute(split_sentences(headline + BODY))[0]
    return att.speaker, att.speaker_kind


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Ana Ruiz calls the river levy ‘a tax on rain’ during town visit.", "Ana Ruiz"),
        ("Ana Ruiz Slams Harbor Council As A ‘Reckless Gamble.’", "Ana Ruiz"),
        ("Angry Farmers Rally Downtown To ‘Save Our Wells.’", "Angry Farmers"),
        ("Ruiz Sees 'Grave Risk' if Council Delays Dam Repairs.", "Ruiz"),
        ("Mark Ellison Grills Harbor Chief: ‘You Should Resign Today.’", "Mark Ellison"),
        ("Ruiz: council must 'stop the delays' on the dam.", "Ruiz"),
        ("Survey: most voters back the dam repairs.", "Survey"),
        ("Ruiz on River Safety: The Risks Are 'Growing.'", "Ruiz"),
        ("A lesson from Ana Ruiz: 'Fix the dam before the flood.'", "Ana Ruiz"),
    ],
)
def test_headline_quotes_labels_and_title_case_subjects(headline: str, speaker: str) -> None:
    assert first(headline)[0] == speaker


@pytest.mark.parametrize(
    "headline",
    [
        "Ana Ruiz’s ‘Open Water’ Explores The History Of The Harbor.",  # a work's title, owned by a possessive
        "Stealth Over Health: Council Delays Dam Vote Again.",  # a title, not a speaker label
        "Harbor fireworks over council aides' pay deals.",  # an apostrophe of a plural, no quote
        "Spotlight on River Safety: The Dam Vote Nears.",  # "X on Y:" labels a speaker only before a quote
    ],
)
def test_headlines_that_name_no_speaker(headline: str) -> None:
    assert first(headline) == (None, "none")


def test_a_long_first_line_is_a_lede_not_a_headline() -> None:
    lede = (
        "Updated: Ana Ruiz on Sunday tried to clarify her remark that the council had 'lost its way', saying she "
        "meant its budget process and not its members."
    )
    att = attribute(split_sentences(lede + BODY))[0]
    assert att.speaker == "Ana Ruiz"  # the cue speaks; "Updated" is never a label


def test_single_quotes_count_only_on_the_first_line() -> None:
    headline = "Ruiz went after the council as 'a gang of spenders' on Monday."
    assert first(headline)[0] == "Ruiz"
    body = "The council met on Monday.\n\n" + headline  # inside an article single marks are nested quotes
    assert attribute(split_sentences(body))[1].speaker_kind == "none"


def test_mask_single_quotes_keeps_apostrophes_and_offsets() -> None:
    line = "Ruiz’s aides' plan: 'Stop The Delays' now."
    masked = mask_single_quotes(line)
    assert len(masked) == len(line)
    assert masked.startswith("Ruiz’s aides' plan: █")
    assert masked.endswith("█ now.")
