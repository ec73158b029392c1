"""People named by a role: newsroom variation after a quote, role-only introductions and later pronouns.

Invented texts; each case was seen failing first (shapes from BASIL dev years 2010-14).
"""

from __future__ import annotations

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute


def speakers(text: str) -> list[str | None]:
    return [a.speaker for a in attribute(split_sentences(text))]


def test_role_description_after_a_quote_is_the_person_quoted() -> None:
    text = (
        '"I am not ashamed of the plan," says Rick Ortiz.\n\n'
        '"We will fix the bridge by May," the Texas governor continues.'
    )
    assert speakers(text) == ["Rick Ortiz", "Rick Ortiz"]


def test_role_only_speaker_is_kept_and_named_by_a_later_pronoun() -> None:
    text = "The House speaker said the vote would be held on Friday.\n\nShe said the bill had enough support to pass."
    got = attribute(split_sentences(text))
    assert [a.speaker for a in got] == ["the House speaker", "the House speaker"]
    assert got[1].speaker_kind == "named"


def test_gendered_role_does_not_take_a_person_of_the_other_gender() -> None:
    text = '"The audit is flawed," said Mary Ruiz.\n\n"We disagree," the spokesman added.'
    assert speakers(text)[1] == "the spokesman"


def test_asked_whether_he_is_not_a_speaker_phrase() -> None:
    text = (
        "Paul Grant spoke in Ohio on Saturday.\n\n"
        "Asked whether he was suggesting that the mayor lied, Mr. Grant did not back down."
    )
    assert speakers(text)[1] == "Paul Grant"


def test_description_subject_of_a_participle_names_the_person_quoted() -> None:
    text = (
        '"Dress like you deserve respect," wrote Ana Lauer.\n\n'
        'The communications pro also took a shot at the council, writing "they are coming up short."'
    )
    assert speakers(text)[1] == "Ana Lauer"


def test_lower_case_role_subject_yields_to_its_appositive_name() -> None:
    text = (
        "A young aide resigned on Monday.\n\n"
        "On Friday, the aide, Ana Lauer, 31, wrote an open letter on her page, saying the pair should show class."
    )
    assert speakers(text)[1] == "Ana Lauer"


def test_role_only_speaker_is_named_when_the_text_names_the_role_later() -> None:
    text = (
        "The House speaker said the vote would be held on Friday.\n\n"
        "She said the bill had enough support.\n\n"
        "House Speaker Nancy Ruiz has scheduled two more votes."
    )
    got = attribute(split_sentences(text))
    assert [a.speaker for a in got[:2]] == ["Nancy Ruiz", "Nancy Ruiz"]
    assert got[0].role == "the House speaker"
