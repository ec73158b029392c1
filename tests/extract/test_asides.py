"""An aside after the subject is skipped, so the act phrase keeps its predicate (extract.asides). Invented wording."""

from workbench.extract.act_phrases import act_phrase
from workbench.extract.asides import skip_aside


def test_an_appositive_after_the_subject_leaves_the_predicate_in_the_act():
    text = "Marit Oslen, deputy head of the Brenmoor water board, was questioned at her office on Friday, officials said."
    assert act_phrase(text) == "Marit Oslen was questioned at her office"


def test_a_relative_clause_after_the_subject_leaves_the_predicate_in_the_act():
    text = "Kestrel Mutual, which insured the cargo, puts the loss at 800,000 dollars."
    assert act_phrase(text) == "Kestrel Mutual puts the loss at 800,000 dollars"


def test_an_age_after_a_name_is_skipped_and_a_bare_name_stays_beside_its_subject():
    assert act_phrase("One of the climbers, Ada Lind, 27, was rescued on Monday.") == \
        "One of the climbers Ada Lind was rescued"
    assert act_phrase("The ferry port, Ellum, now handles 40 sailings a day.") == \
        "The ferry port Ellum now handles 40 sailings a day"


def test_a_subject_that_speaks_keeps_the_phrase_as_it_was():
    """"..., denied that ...", "..., showed that ...": a speaker, whose content attribution reads."""
    for text in ("Kestrel Mutual, which insured the cargo, denied that any claim had been refused.",
                 "The tank logs, which were seized by inspectors, showed that the valve had been open."):
        assert skip_aside(text) == text


def test_a_list_of_subjects_is_kept_whole():
    for text in ("Rui, Tomas, Ines and Ada were hurt.", "Rui, Tomas, and Ada were hurt.",
                 "The pilot, the navigator, the cook and two guests were hurt."):
        assert skip_aside(text) == text


def test_a_clause_after_the_first_comma_is_no_aside():
    for text in ("The levee broke, crews arrived, residents fled.",  # the middle is an act (a past form ends it)
                 "In the old town, shops were closed, police set up roadblocks.",  # an opening preposition, no subject
                 "The levee held, which surprised engineers, and the water fell.",  # "and" follows: no predicate
                 "The mayor was hurt, a spokesman for the hospital, Ada Lind, said."):  # the subject holds a verb
        assert skip_aside(text) == text
