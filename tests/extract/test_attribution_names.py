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


def test_surname_that_is_a_title_word_is_a_person() -> None:
    got = attributions("Sen. Paul Major said the canal would reopen in May.\n\nHe added that the fees would not rise.")
    assert [a.speaker for a in got] == ["Paul Major", "Paul Major"]
    assert got[0].speaker_kind == "named"


def test_surname_that_is_a_country_is_a_person_after_a_given_name_or_an_honorific() -> None:
    got = attributions(
        "“The canal reopens in May,” said Rep. Steve Chile of the water panel.\n\n"
        "Mrs. Peru, who chairs the board, said the fees would not rise."
    )
    assert [(a.speaker, a.speaker_kind) for a in got] == [("Steve Chile", "named"), ("Peru", "named")]


def test_a_country_alone_is_still_an_organization() -> None:
    got = attributions("Chile said the canal would reopen in May.")
    assert got[0].speaker_kind == "organization"


def test_religious_title_is_not_part_of_the_name() -> None:
    got = attributions("“The canal reopens in May,” said Franciscan Father Luis M. Ortega, who leads the parish.")
    assert (got[0].speaker, got[0].speaker_kind) == ("Luis M. Ortega", "named")


def test_title_and_name_after_an_article_is_a_person_and_a_later_he_is_theirs() -> None:
    text = (
        "The canal reopens in May, the Harbor Guild President Tomas Beck said on Monday.\n\n"
        "Later he told the board that the fees would not rise."
    )
    got = attributions(text)
    assert [(a.speaker, a.speaker_kind) for a in got] == [("Tomas Beck", "named"), ("Tomas Beck", "named")]


def test_institution_named_after_a_title_word_stays_an_organization() -> None:
    got = attributions("The National Canal Association said the canal would reopen in May.")
    assert got[0].speaker_kind == "organization"


def test_affiliation_after_a_full_name_is_not_part_of_the_speaker() -> None:
    got = attributions("Capt. Lena M. Vogt of the County Canal Patrol said the canal would reopen in May.")
    assert (got[0].speaker, got[0].speaker_kind) == ("Lena M. Vogt", "named")


def test_of_the_tail_stays_when_the_head_is_not_a_person() -> None:
    got = attributions("The Secretary of the Canal Board said the canal would reopen in May.")
    assert got[0].speaker != "The Secretary"


def test_but_said_after_a_refusal_is_the_subjects() -> None:
    got = attributions("Lena Vogt would not give a date but said the canal would reopen before winter.")
    assert got[0].speaker == "Lena Vogt"


def test_but_with_a_group_subject_gives_no_guessed_person() -> None:
    got = attributions("Canal officials did not dispute the figures, but disputed how they were read.")
    assert got[0].speaker is None or "officials" in got[0].speaker


def test_name_after_a_quote_beats_a_name_inside_its_descriptions_list() -> None:
    text = (
        "“The locks are sound,” Rep. Lena Vogt, D-Maine, the former chair of the panel on Harbors, Canals "
        "and Inland Waters, told the Ledger."
    )
    got = attributions(text)[0]
    assert (got.speaker, got.via) == ("Lena Vogt", "the Ledger")


def test_a_given_name_after_an_institution_starts_the_person() -> None:
    text = (
        "Director of the Canal Agency Paul Okafor issued a statement late Thursday.\n\n"
        "He called the audit “careless.”"
    )
    assert [a.speaker for a in attributions(text)] == ["Paul Okafor", "Paul Okafor"]


def test_a_state_after_a_city_in_an_adjunct_is_not_the_speaker() -> None:
    text = "Mr. Vogt, at another stop on Saturday, in Dover, Delaware, called the canal plan “anachronistic.”"
    assert attributions(text)[0].speaker == "Vogt"


def test_an_affiliation_with_its_own_of_stays_out_of_the_name() -> None:
    text = "“We were not told,” Rev. Paul Okafor of Our Lady of the Locks told the Ledger."
    assert attributions(text)[0].speaker == "Paul Okafor"


def test_a_surname_ending_in_ly_is_not_a_trailing_adverb() -> None:
    assert attributions("Lena Kelly said the canal would reopen in May.")[0].speaker == "Lena Kelly"
    assert attributions("“The canal reopens in May,” Donnelly said.")[0].speaker == "Donnelly"
    assert attributions("Paul Connolly appeared to blame the canal board.")[0].speaker == "Paul Connolly"
    assert attributions("The Harbor Weekly reported that the canal would reopen.")[0].speaker == "the Harbor Weekly"
    assert attributions("Vogt on Monday sharply criticized the canal board.")[0].speaker == "Vogt"


def test_told_reporters_keeps_only_the_audience_in_the_cue() -> None:
    got = attributions("Lena Vogt told reporters the canal would reopen in May.")[0]
    assert (got.speaker, got.cue, got.via) == ("Lena Vogt", "told reporters", None)


def test_a_modal_or_month_as_a_given_name_is_a_person() -> None:
    assert attributions("Will Okafor said the canal would reopen in May.")[0].speaker == "Will Okafor"
    assert attributions("“The canal reopens in May,” said April Vogt.")[0].speaker == "April Vogt"
    assert attributions("If Vogt said so, the canal reopens in May.")[0].speaker == "Vogt"
