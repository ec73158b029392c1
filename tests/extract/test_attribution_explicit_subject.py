"""A sentence's own named subject beats carry-over: a pronoun cue inside it, and a relative's shared surname.

Issue 10: "Mr. <Surname> said ..., and contrasted that with what he said was ..." went to the last man
quoted before, because the embedded "he said" was taken as the sentence's trailing attribution and
resolved by recency; and "Mrs. <Surname>" resolved to her husband's full name. The names are fictional.
"""

from __future__ import annotations

from workbench.extract import extract_claims, split_sentences
from workbench.extract.attribution import attribute
from workbench.extract.memory import SpeakerMemory

DOC = (
    "Martha Quellwood on Friday released eight years of tax returns, showing that she and her husband, "
    "Thomas Quellwood, paid $4 million in federal taxes.\n\n"
    "Mr. Quellwood earned $13 million in 2013 for 41 speeches, his aides said.\n\n"
    "“We paid every cent we owed,” Mr. Quellwood said.\n\n"
    "Her campaign hopes to draw a contrast with former Gov. Desmond Farrowby of Ohio, a rival candidate.\n\n"
    "Mr. Farrowby said his average federal tax rate was 36 percent, and contrasted that with what he said "
    "was the Quellwoods’ rate of 30 percent."
)


def test_named_subject_beats_embedded_pronoun_cue() -> None:
    claims = extract_claims(DOC, "2015-07-31")
    target = next(c for c in claims if c.text.startswith("Mr. Farrowby said"))
    assert target.attribution.speaker == "Desmond Farrowby"
    assert target.attribution.speaker_kind == "named"


def test_trailing_pronoun_alone_still_resolves() -> None:
    text = "“We will win,” Desmond Farrowby said in Akron. The rate was 36 percent, he said."
    assert attribute(split_sentences(text))[-1].speaker == "Desmond Farrowby"


def test_title_gender_picks_the_matching_full_name() -> None:
    memory = SpeakerMemory()
    memory.mention("Martha Quellwood", "Mrs.")
    memory.mention("Thomas Quellwood", "Mr.")
    assert memory.resolve("Quellwood", "named", "f") == ("Martha Quellwood", "named")
    assert memory.resolve("Quellwood", "named", "m") == ("Thomas Quellwood", "named")
    assert memory.resolve("Quellwood", "named") == ("Thomas Quellwood", "named")  # no title: the latest


def test_title_of_the_other_gender_never_takes_a_relatives_name() -> None:
    text = (
        "The governor, Thomas Quellwood, signed the bill on Monday. "
        "Mrs. Quellwood said the state would save $2 million a year."
    )
    speaker = attribute(split_sentences(text))[-1].speaker
    assert speaker != "Thomas Quellwood"
    assert speaker is not None and speaker.endswith("Quellwood")
