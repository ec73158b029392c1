"""Check-worthiness score and boilerplate filter: each feature moves the score the right way."""

from __future__ import annotations

import pytest

from workbench.extract.checkworthy import THRESHOLD, WEIGHTS, features, is_boilerplate, score


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces launched more than 100 attacks along the eastern front in a single day.",
        "About 500,000 civilians still live in the Ukrainian-held part of the Donetsk region.",
        "Denis Pushilin claimed that Ukraine holds no more than 45% of the Donetsk region.",
        "Volunteers evacuated dozens of residents from Bakhmut on Monday as shelling intensified.",
        "The Ukrainian military denied that Wagner controls the eastern districts of Bakhmut.",
        "Bakhmut is strategically vital for the defence of the whole Donbas region.",
    ],
)
def test_checkable_sentences_pass_the_threshold(sentence: str) -> None:
    assert score(sentence) >= THRESHOLD


@pytest.mark.parametrize(
    "sentence",
    [
        "Is the city still worth defending?",
        "Do you think the West should send more weapons to Ukraine?",
        "Subscribe to our morning briefing for daily updates.",
        "Click here to read more.",
        "The Kremlin did not respond to a request for comment.",
        "Russia has not commented on the reports.",
        "I think it is a nice day.",
        "Bakhmut is standing.",
        "What happens next will depend on many things.",
    ],
)
def test_non_claims_stay_below_the_threshold(sentence: str) -> None:
    assert score(sentence) < THRESHOLD


def test_score_is_a_probability() -> None:
    for sentence in ("", "?", "A " * 200, "1 2 3 4 5 6 7 8 9 10 Russia Ukraine said killed more than"):
        assert 0.0 <= score(sentence) <= 1.0


def test_numbers_raise_the_score() -> None:
    assert score("Officials said many civilians left the city.") < score(
        "Officials said 5,000 civilians left the city."
    )


def test_proper_nouns_raise_the_score() -> None:
    assert score("They moved on to the next town.") < score("They moved on to Kramatorsk and Sloviansk.")


def test_reporting_verb_and_attributed_flag_raise_the_score() -> None:
    plain = "We are building new lines of defence around the clock."
    assert score(plain) < score(plain, attributed=True)
    assert features("The official said it rained.")["reporting"] == 1.0


def test_question_penalty_dominates() -> None:
    assert score("Did Russian forces launch 100 attacks on Bakhmut on Monday?") < THRESHOLD


def test_first_person_opinion_without_facts_is_penalised() -> None:
    assert features("I think the plan is good.")["first_person_opinion"] == 1.0
    assert features("I think 40 people died.")["first_person_opinion"] == 0.0


def test_every_feature_has_a_weight() -> None:
    assert set(features("Anything at all.")) == set(WEIGHTS)


@pytest.mark.parametrize(
    "line",
    [
        "Share this article: Facebook | Twitter | Telegram",
        "**Read more:** [How Bakhmut became a symbol](https://example.org/symbol)",
        "*Subscribe to the Ledger's morning briefing for daily updates from the front.*",
        "(Reporting by Meridian Wire; editing by Anna Kovacs)",
        "Reporting by Jane Doe",
        "CLICK HERE TO READ MORE FROM THE STEPPE TIMES",
        "Leave a comment",
        "Your email address will not be published.",
        "Sponsor: BRIGHTLY VPN: Browse Privately Anywhere.",
        "February 23, 2023",
        "Feb 25, 2023 |",
        "© 2023 Northern Courier Media Ltd. All rights reserved.",
        "ADVERTISEMENT",
        "Sign up for our World Briefing newsletter.",
        "By James Whitfield",
        "Home | World | Politics",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The soldier said Russian units had reached the outskirts of Krasna Hora.",
        "NATO intelligence estimates that five Russian soldiers are killed for every Ukrainian soldier.",
        "According to the Ukrainian General Staff, Russian forces launched more than 100 attacks.",
        "Fewer than 5,000 civilians remain, local officials said on Feb. 20, 2023.",
    ],
)
def test_real_sentences_are_not_boilerplate(sentence: str) -> None:
    assert not is_boilerplate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our thoughts and prayers are with the families of the victims in Springfield.",
        "Governor Ana Ruiz said she was deeply saddened and sent her condolences to the families.",
        "“God bless the people of Lakeside and God bless our first responders,” the mayor said.",
    ],
)
def test_condolences_and_blessings_score_low(sentence: str) -> None:
    assert features(sentence)["ceremonial"] == 1.0
    assert score(sentence, attributed=True) < THRESHOLD


def test_a_figure_keeps_a_condolence_checkable() -> None:
    assert features("Our hearts go out to the 40 families who lost homes in the flood.")["ceremonial"] == 0.0


def test_an_account_of_what_was_done_scores_above_the_same_words_as_a_plan() -> None:
    """Past forms add evidence (any -ed verb, not only the listed record verbs); modals take it away."""
    done = "The council ordered the plant closed and fined its owners."
    planned = "The council could order the plant to shut and fine its owners."
    assert features(done)["past"] == 1.0 and features(planned)["past"] == 0.0
    assert features(planned)["modal"] == 1.0 and features(done)["modal"] == 0.0
    assert score(planned) < score(done)


def test_a_belief_scores_below_the_same_statement_made_plainly() -> None:
    """'I think' offers an opinion even when a figure follows (first_person_opinion needs no figure)."""
    plain = "Taxes on families rose by 12 percent last year."
    believed = "I think taxes on families rose by 12 percent last year."
    assert features(believed)["belief"] == 1.0 and features(plain)["belief"] == 0.0
    assert score(believed) < score(plain)
    assert features("We believe the deal holds.")["belief"] == 1.0


def test_a_modal_counts_only_in_the_first_clause() -> None:
    """'X is vital, and its loss would expose Y' asserts something before its modal (a sample claim)."""
    assert features("The bridge is vital for the region, and its loss would cut the road.")["modal"] == 0.0
    assert features("The new tax would cut the deficit by half.")["modal"] == 1.0


def test_a_reported_modal_is_a_claim_about_what_was_said() -> None:
    assert features("Tove Aas said the tax plan would go ahead.")["modal"] == 0.0
    assert features("Roads would be repaved.", attributed=True)["modal"] == 0.0
    assert features("Roads would be repaved.")["modal"] == 1.0
