"""Tenth stop of issue 10 (speak11): constructions found on the blind dev events D57-D64, in invented wording.

* speech in single marks in body text ("'We were lucky,' said the chief.") is a quote, so its inner "I"/"we" never
  speaks and the inverted cue after it names the speaker; apostrophes ("the county's", "the workers' union") are not
  quote marks;
* the noun phrase after "than" or "unlike" is what a clause is compared with, never its source;
* a proper name that opens the sentence and is then called "it" ("Brenmoor Freight ..., it said") is a body.
"""

from __future__ import annotations

import pytest

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute
from workbench.extract.cues import mask_spoken_single_quotes


def atts(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.speaker_kind) for a in attribute(split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("'We were lucky the hall was empty,' said Orla Venn, the county's chief fire officer.", "Orla Venn"),
        ("'The canal is our biggest worry,' said Orla Venn of the water board.", "Orla Venn"),
        ("'Nobody will be paid, and I will say so as often as it takes,' said Orla Venn, the port's director.", "Orla Venn"),
        ("'We will not reopen the road until we know what lies under it,' said Orla Venn.", "Orla Venn"),
        ("‘We were lucky,’ said Orla Venn, the county’s chief fire officer.", "Orla Venn"),
    ],
)
def test_single_quoted_speech_in_body_text(text: str, speaker: str) -> None:
    assert atts("The roof fell in on Sunday.\n\n" + text)[1] == (speaker, "named")


def test_apostrophes_are_not_quote_marks() -> None:
    line = "The workers' union said the county's plan was 'a mistake' and 'we won't sign,' a steward said."
    masked = mask_spoken_single_quotes(line)
    assert len(masked) == len(line)
    assert "workers' union said the county's plan was 'a mistake' and" in masked
    assert "we won't sign" not in masked


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Several neighbours said the lights went out at 2pm, hours earlier than the utility has said.", "several neighbours"),
        ("Two tenants said the alarm sounded at 3am, later than the landlord had claimed.", "two tenants"),
        ("More than 40 residents said the water was brown.", "More than 40 residents"),
    ],
)
def test_object_of_a_comparison_is_never_the_speaker(text: str, speaker: str) -> None:
    assert atts(text)[0] == (speaker, "anonymous")


def test_comparison_alone_has_no_source() -> None:
    assert atts("The flood came faster than the mayor had said.")[0] == (None, "none")


def test_name_then_it_is_a_body() -> None:
    text = "Brenmoor Freight now puts the loss at 12 crates, it said on Friday, two more than its first count."
    assert atts("Two tenants said the alarm sounded at 3am.\n\n" + text)[1] == ("Brenmoor Freight", "organization")


# A proper name that the text never introduces as a person and then treats as a body ("its", "The company said")
@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Brisk Ferries denied that any car had been left on deck within its sailing permit.", 0),
        ("A rear axle broke just before the crash, Corve Haulage said. The company said the lorry was new.", 0),
        ("More than 30 seals had died by Sunday, Tidewatch Care said. The charity said more would die.", 0),
        ("Fendle Mutual denied cancelling any policy. The insurer covers most of the valley's farms.", 0),
    ],
)
def test_a_name_the_text_treats_as_a_body_is_an_organization(text: str, index: int) -> None:
    assert atts(text)[index][1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Pavlo Dorin said that the river had risen by two metres.",  # no sign either way: stays a person's name
        "The county surveyor, Mina Roal, said the bridge was sound. The council said it would reopen.",
        "Tova Brisk, a geologist at Hale University, said the rock had slipped. Its face is now bare.",
        "'The canal is our worry,' said Irma Vell of the water board. The board said it would act.",
        "Rosk Tavner, director of the Tern Institute, said its tests were done. The institute said so.",
        "The landslide buried the road, Orla Venn, the county engineer, said. The council said it would stay shut.",
    ],
)
def test_a_person_the_text_introduces_stays_named(text: str) -> None:
    assert atts(text)[0][1] == "named"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # an inverted cue's speaker ends at its relative clause: the "to" inside it is no audience
        ("The boxes fell at midnight, said a cook who spoke to the Gazette by radio.", "a cook", "anonymous"),
        # a gerund between nouns that a source noun closes is a modifier, not the end of the phrase
        ("A letter sent in May warned of old tunnels, a city planning officer said.", "a city planning officer", "anonymous"),
        # capitalised words joined by "and" with one word on one side: a body's name, not the person "Rescue"
        ("The road gave way at 10pm, Westshire Fire and Rescue said.", "Westshire Fire and Rescue", "organization"),
        # the name a source gives itself
        ("A group calling itself Redfox said on a forum that it had copied the files.", "Redfox", "organization"),
        ("A man calling himself Tavo Brink told the court that he had paid.", "Tavo Brink", "named"),
    ],
)
def test_speaker_phrase_shapes(text: str, speaker: str, kind: str) -> None:
    assert atts(text)[0] == (speaker, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Nine houses on Pell Lane, which backs onto the yard, were emptied on Monday.",  # a place, not a stance
        "The old estimate was 5 million crowns.",  # a noun of saying before its copula, not a verb
        "The pre-sale estimate was 5 million to 7 million crowns.",
    ],
)
def test_words_that_look_like_cues_but_are_not_verbs_here(text: str) -> None:
    assert atts(text)[0] == (None, "none")


def test_two_people_joined_by_and_stay_people() -> None:
    assert atts("Pavlo Dorin and Tova Brisk said the bridge was shut.")[0][1] == "named"


def test_a_lone_name_the_text_treats_as_a_body_is_an_organization() -> None:
    text = "Brennwater denied running the reservoir above its safe level. It said the rain was to blame."
    assert atts(text)[0] == ("Brennwater", "organization")


@pytest.mark.parametrize(
    "text",
    [
        "“The second draw stands,” Dorne said. The council said it would publish the result.",
        "The letter came from her lawyer, Ilan Tavish. Tavish said its aim was plain. The court said so.",
    ],
)
def test_a_lone_surname_that_speaks_a_quote_or_follows_a_given_name_stays_named(text: str) -> None:
    assert [a for a in atts(text) if a[0] in {"Dorne", "Ilan Tavish", "Tavish"}][0][1] == "named"


def test_a_lower_case_appositive_names_no_one() -> None:
    """A capitalised word inside a participle appositive ("marked URGENT") is no name that outranks the subject."""
    text = "The memo, sent under the mayor's signature and marked URGENT, warned the council that the dam was weak."
    assert atts(text)[0] == ("the memo", "organization")


def test_an_outlet_after_according_to_relays_rather_than_the_audience_told() -> None:
    att = attribute(split_sentences("Ruiz told Harbor Democrats this week that the dam would hold, according to the Valley Ledger."))[0]
    assert (att.speaker, att.via) == ("Ruiz", "the Valley Ledger")


def test_a_lower_case_title_before_a_name_in_apposition_keeps_the_name() -> None:
    assert atts("The coins were found in May, the landowner, farmer Tove Brann, said.")[0] == ("Tove Brann", "named")
