"""Subjects after an opening phrase with no comma, and quote lines that lost their full stop (issue 10).

"Speaking at the town hall on Tuesday the mayor said" has no comma to end its opener, so the noun
phrase before the cue ran back into the opener and no (or the wrong) speaker was found. The names are
fictional.
"""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims, split_sentences
from workbench.extract.attribution import attribute


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Speaking at the town hall on Tuesday the mayor said the dam cost 4 million dollars.", "the mayor"),
        ("After the council meeting on Tuesday in the town hall the mayor said the dam cost $4 million.", "the mayor"),
        ("Speaking to a crowd of farmers in the county seat Senator Ana Ruiz said the dam cost $4 million.",
         "Ana Ruiz"),
        ("After the council met the mayor said the dam cost $4 million.", "the mayor"),
    ],
)
def test_subject_after_an_opener_without_comma(sentence: str, speaker: str) -> None:
    assert attribute(split_sentences(sentence))[0].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("When the head of the agency said the dam was safe, nobody listened.", "the head of the agency"),
        ("Shortly after officials in Texas said the dam was safe, it broke.", "officials in Texas"),
    ],
)
def test_noun_phrases_with_prepositions_are_kept_whole(sentence: str, speaker: str) -> None:
    assert attribute(split_sentences(sentence))[0].speaker == speaker


def test_quote_line_without_full_stop_is_attributed_and_kept() -> None:
    text = "Officials said 40 homes burned.\n“We lost 40 homes in the fire,” Ana Ruiz said\nThe fire started Monday."
    claims = extract_claims(text)
    quoted = next(c for c in claims if c.text.startswith("“We lost"))
    assert quoted.attribution.speaker == "Ana Ruiz"
