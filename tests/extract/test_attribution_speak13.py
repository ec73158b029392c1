"""Twelfth stop of issue 10 (speak13): constructions found on the BASIL dev side (2010-14), in invented wording.
Each case failed on the code before its fix.

* a block quote whose later paragraphs carry no opening mark but whose closing mark comes a few sentences on
  is one quote run: its unmarked sentences are the quoted source's, not the text's own voice;
* the person a sentence is about, whom a "he said" right after names: past an opener whose name is described by
  an appositive ("In questioning by Rep. X, a Democrat, Mr. Y offered ..."), and the one person reached by what
  was just said ("That did not satisfy Justice X."), a court's "Justice" being a title;
* a full name right before a relative "who said" with no comma speaks ("drew the ire of Judge X who said");
* a person's workplace after "at" is no part of the name ("Dan X at the Review agreed"), as after "of";
* a text's words: "..., the letter read." and "The statement read:" are its attribution; "read the bill" is not;
* a gendered word right before a name ("widow Terry X") beats a given-name list's guess for the next she/he;
* a quote's own tag relayed by an outlet or its reporter closing the sentence ("“...,” he said, CNN's X tweeted"):
  the tag's speaker, via the outlet; a trailing source that is no outlet still wins;
* a person named after a capitalised job title or an outlet's possessive ("Harbor Weekly Editor Ian Roe",
  "the Organization for Fishers President X", "the Courier's X") is the person, not a body, so a later "he" finds him;
* a known person's surname as a line's label ("Ruiz: I doubt it.") speaks the line and the paragraph's "I"/"we";
* a pronoun closing a relative clause without "that" is the subject ("a standard she called", "the way he speaks");
* a description opening the sentence and named by the appositive after it is that person ("Another candidate,
  Ana Ruiz, the treasurer, qualified her view, saying ...").
"""

from __future__ import annotations

import pytest

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute
from workbench.extract.leads import main_subject
from workbench.extract.runs import quote_states
from workbench.extract.speakers import classify, person_name


def atts(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.speaker_kind) for a in attribute(split_sentences(text))]


def full(text: str) -> list:
    return attribute(split_sentences(text))


# -- block quotes: paragraphs inside one quote that no mark reopens ---------------------------------------------------


def test_block_quote_runs_over_unmarked_paragraphs_to_its_closing_mark() -> None:
    text = (
        "Marta Oyelaran, who runs the harbour cooperative, wrote to the council on Friday.\n\n"
        "“The quay has been closed for a month.\n\n"
        "Boats are tied up three deep. Nobody answers our letters.\n\n"
        "Open the quay or tell us why not.”\n\n"
        "The quay stayed shut until May."
    )
    got = atts(text)
    assert got[1:5] == [("Marta Oyelaran", "named")] * 4
    assert got[5][1] == "none"


def test_block_quote_with_straight_marks_closes_at_the_glued_mark() -> None:
    text = (
        'Jonas Pirrie said he was pleased with the ruling. "The mill will reopen.\n\n'
        "Nobody here doubted it.\n\n"
        'We waited long enough." The board meets again in June.'
    )
    states = quote_states(split_sentences(text))
    assert [s.open_at_start for s in states] == [False, False, True, True, False]
    assert atts(text)[2:4] == [("Jonas Pirrie", "named")] * 2


def test_an_unclosed_quote_does_not_swallow_paragraphs_that_open_their_own() -> None:
    text = (
        "Ines Varga spoke first. “We will build the school.\n\n"
        "The ministry said the site was chosen last year. Its spokesman called it “a fair choice.”"
    )
    states = quote_states(split_sentences(text))
    assert not states[2].open_at_start and not states[3].open_at_start
    assert atts(text)[2] == ("the ministry", "organization")


# -- who a "he said" names: the person the sentence before is about ------------------------------------------------


def test_opener_with_described_name_leaves_the_main_subject_as_topic() -> None:
    text = (
        "Mr. Halloran asked about the invoices. In questioning by Representative Ivo Sandberg, a Vermont Democrat, "
        "Mr. Pettit offered an account of the payments. “The invoices were sent twice,” he said."
    )
    assert atts(text)[2] == ("Pettit", "named")
    assert main_subject("After a call with Ivo Sandberg, the mayor of Tolvik, Mr. Pettit left early.") == "Mr. Pettit"


def test_person_reached_by_a_demonstrative_subject_is_the_next_he() -> None:
    text = (
        "Justice Tomas Brandt listened. Mr. Okafor replied that “the rules are clear.” "
        "That did not satisfy Justice Brandt. “If the rules are clear,” he said, “why are we here?”"
    )
    assert atts(text)[3] == ("Tomas Brandt", "named")


def test_demonstrative_subject_naming_two_people_leaves_the_speaker() -> None:
    text = (
        "Mr. Okafor replied that “the rules are clear.” That did not satisfy Justice Brandt or Judge Ivo Lund. "
        "“The rules are clear,” he said again."
    )
    assert atts(text)[2] == ("Okafor", "named")


# -- a relative clause hung on a name without a comma ---------------------------------------------------------------


def test_full_name_before_who_said_without_comma_speaks() -> None:
    text = (
        "The second filing drew the ire of Marek Tomczyk who said he was misled by the claims. "
        "“I will not be misled twice,” he said."
    )
    assert atts(text) == [("Marek Tomczyk", "named"), ("Marek Tomczyk", "named")]


def test_group_before_who_say_is_no_named_speaker() -> None:
    text = "Ms. Vance is part of a group of Democrats who say the tax will pass."
    assert atts(text)[0] != ("Democrats", "named")


# -- affiliations and texts -----------------------------------------------------------------------------------------


def test_workplace_after_at_is_not_part_of_the_name() -> None:
    text = (
        "Mark Brook praised the budget. Daniel Nowak at the Harbor Review agreed with Brook about the cuts. "
        "“It is a sound budget,” he wrote."
    )
    assert atts(text)[1:] == [("Daniel Nowak", "named"), ("Daniel Nowak", "named")]
    assert atts("Officials at the Harbor Trust said the pier would reopen.")[0][0] == "officials at the Harbor Trust"


def test_a_text_read_as_its_own_attribution() -> None:
    text = "“The depot will close in May,” the notice read. “Staff will be moved.”"
    assert atts(text) == [("the notice", "anonymous")] * 2
    assert atts("The statement read, in part: “We regret the delay.”")[0][1] != "none"
    assert atts("Ana Ruiz read the letter aloud to the crowd.")[0] == (None, "none")


# -- gender from the word before a name ------------------------------------------------------------------------------


def test_gendered_role_before_a_name_beats_the_given_name_list() -> None:
    text = (
        "“The delay helps nobody,” said Josh Varley of the ministry. "
        "“We waited nine years,” said flood widow Terry Gandolfo. "
        "She added, “We will wait no longer.”"
    )
    assert atts(text)[2] == ("Terry Gandolfo", "named")


# -- relays: an outlet closing the sentence passes on the quote's own tag ---------------------------------------------


def test_reporter_closing_the_sentence_relays_the_quote_tag() -> None:
    text = "Tom Ekdal left the hearing early. “Good night to you all,” he said on his way out, CNN’s Dana Welsh tweeted."
    att = full(text)[1]
    assert (att.speaker, att.via) == ("Tom Ekdal", "CNN")


def test_outlet_closing_the_sentence_relays_a_named_tag() -> None:
    att = full("“Good night to you all,” Tom Ekdal said, the Lakeland Ledger reported.")[0]
    assert (att.speaker, att.via) == ("Tom Ekdal", "the Lakeland Ledger")


def test_trailing_source_that_is_no_outlet_still_wins() -> None:
    assert atts("“It is over,” Tom Ekdal said, the mayor added.")[0] == ("the mayor", "anonymous")


# -- names after job titles and possessors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Harbor Weekly Editor Ian Castell", "Ian Castell"),
        ("the Organization for Coastal Fishers President Ines Moreau", "Ines Moreau"),
        ("Tolvik Foods CEO A. Dana Pryce", "A. Dana Pryce"),
        ("the Lakeland Courier's Paul Renner", "Paul Renner"),
    ],
)
def test_name_after_job_title_or_outlet_possessive_is_a_person(phrase: str, name: str) -> None:
    assert (classify(phrase), person_name(phrase)) == ("named", name)


def test_person_after_job_title_is_the_next_he() -> None:
    text = (
        "Harbor Weekly Editor Ian Castell, who has urged Mr. Dorn to resign, said on Sunday that Dorn must go. "
        "“It would be better if he left,” he said."
    )
    assert atts(text) == [("Ian Castell", "named"), ("Ian Castell", "named")]


# -- a surname label over first-person speech ------------------------------------------------------------------------


def test_known_surname_label_speaks_first_person_lines() -> None:
    text = (
        "“Dana is a good friend of mine,” Kurt Oberg said in an interview. "
        "Oberg: I do not know that she wants the job. ... We have talked about it.”"
    )
    assert atts(text) == [("Kurt Oberg", "named")] * 3


def test_unknown_label_over_first_person_stays_as_it_was() -> None:
    assert atts("Kurt Oberg spoke first. Update: I was told the vote failed.")[1][0] != "Kurt Oberg"


# -- a pronoun subject of a relative clause without "that" -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We only need a foot in the door,” Judge Carla Venn said, a test she called easy to pass.",
        "Carla Venn chairs the panel. But the way she speaks about the budget has confused her own members.",
        "Carla Venn chaired the panel. Ms. Venn made a forecast that what she called Nordic “prudence” would win the day.",
    ],
)
def test_pronoun_closing_a_relative_without_that_is_the_subject(text: str) -> None:
    assert atts(text)[-1] == ("Carla Venn", "named")


# -- a described subject named by its appositive -----------------------------------------------------------------------


def test_described_subject_named_by_appositive_is_the_participle_speaker() -> None:
    text = "Another hopeful, Lena Marsh, the county clerk, hedged her answer, saying that she would sign the bill."
    assert atts(text)[0] == ("Lena Marsh", "named")
    assert main_subject("Mr. Ekdal thanked the clerk, Lena Marsh, for the count.") == "Mr. Ekdal"
