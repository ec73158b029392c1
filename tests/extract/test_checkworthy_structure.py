"""Structural check-worthiness features (workbench.extract.checkworthy_structure), on sentences written here."""

from __future__ import annotations

import pytest

from workbench.extract.checkworthy import WEIGHTS, features, score
from workbench.extract.checkworthy_structure import NAMES, third_party


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor closed two clinics in the spring.",
        "And, frankly, she voted against the budget.",
        "Well, the council never published the audit.",
        "It was the committee that blocked the vote.",
    ],
)
def test_a_sentence_about_a_third_party(sentence: str) -> None:
    assert third_party(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I closed two clinics in the spring.",
        "And we voted against the budget.",
        "You never published the audit.",
        "But my plan cuts the deficit.",
        "Our schools are underfunded.",
        "I've said so before.",
        "2019 was a hard year.",
    ],
)
def test_a_sentence_led_by_the_speaker_or_listener_or_a_figure_is_not(sentence: str) -> None:
    assert not third_party(sentence)


SHAPES = [
    ("The port handled the largest cargo volume in its history.", "superlative"),
    ("She was the first governor to sign such a law.", "superlative"),
    ("Unemployment is higher than it has ever been.", "superlative"),
    ("I met a nurse last spring who works two jobs.", "anecdote"),
    ("My father told me to save every penny.", "anecdote"),
    ("Let me finish the point.", "procedural"),
    ("Thank you for the question.", "procedural"),
    ("Prices rose because the harbour was closed.", "causal"),
    ("The closure led to a shortage of bread.", "causal"),
    ("According to the census, the town shrank.", "evidence"),
    ("A university study found the opposite.", "evidence"),
    ("Rents have doubled over the past decade.", "time"),
    ("The factory closed three years ago.", "time"),
    ("If you lose your job, the plan covers you.", "hypothetical"),
    ("Imagine a city without buses.", "hypothetical"),
    ("The county has doubled its debt since the election.", "perfect"),
    ("They have built two bridges and lost none.", "perfect"),
    ("The whole plan is a disaster.", "evaluative"),
    ("That ruling was totally unfair.", "evaluative"),
    ("The ferry fare went up again this winter, and so did the average rent.", "measured"),
    ("Their deficit is the largest the province has run.", "measured"),
    ("Somebody has to pay for all of these things.", "vague"),
    ("They never told anyone about it.", "vague"),
    ("The lake is probably cleaner than it was.", "hedge"),
    ("It seems the mill is doing fine.", "hedge"),
]


@pytest.mark.parametrize(("sentence", "name"), SHAPES)
def test_each_shape_is_read(sentence: str, name: str) -> None:
    assert features(sentence)[name] == 1.0


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The protest moved to the west of the city.", "superlative"),  # nouns that end in -est
        ("The rest of the interest was paid.", "superlative"),
        ("A man was arrested at the station.", "anecdote"),  # a third party's story is news
        ("The minister resigned on Monday.", "procedural"),
        ("The minister resigned on Monday.", "causal"),
        ("When the flood came, the bridge fell.", "hypothetical"),  # an account of the past, not a condition
        ("The county has a debt of two million.", "perfect"),  # "has" as a main verb
        ("The county doubled its debt.", "evaluative"),
        ("The ferry crossed the bay twice on Sunday.", "measured"),  # a count of trips, no quantity named
        ("The mayor signed everything the council sent her.", "vague"),  # a universal, not an indefinite
        ("The mill closed in the spring.", "hedge"),
    ],
)
def test_each_shape_stays_off_without_its_wording(sentence: str, name: str) -> None:
    assert features(sentence)[name] == 0.0


def test_every_structural_feature_has_a_weight_with_the_expected_sign() -> None:
    positive = {"third_party", "superlative", "causal", "evidence", "time", "perfect", "measured"}
    for name in NAMES:
        assert name in WEIGHTS
        assert (WEIGHTS[name] > 0) == (name in positive), name


def test_a_record_about_an_opponent_scores_above_the_speakers_anecdote() -> None:
    record = "My opponent voted against the school budget three years ago."
    anecdote = "I met a teacher three years ago who told me about the school budget."
    assert score(record) > score(anecdote)
    assert score(record) >= 0.5


def test_talk_about_the_debate_scores_below_a_claim_of_the_same_length() -> None:
    procedural = "Let me answer the question about the budget before my time runs out."
    claim = "The city council cut the school budget by a fifth in the last two years."
    assert score(procedural) < 0.5 <= score(claim)


def test_a_judgement_scores_below_a_record_about_the_same_thing() -> None:
    assert score("The new stadium is a disaster for the city.") < score("The new stadium has cost the city twice its budget.")


def test_a_condition_scores_below_the_same_statement_made_plainly() -> None:
    assert score("If the mill closes, the town loses its largest employer.") < score(
        "The mill closed, and the town lost its largest employer."
    )


def test_a_named_quantity_scores_above_the_same_sentence_without_it() -> None:
    assert score("The new bridge has lowered the queues.") < score("The new bridge has lowered the price.")


def test_a_vague_or_hedged_sentence_scores_below_the_plain_one() -> None:
    plain = "The harbour board quietly sold its barge at the ferry terminal."
    assert score("The harbour board quietly sold something at the ferry terminal.") < score(plain)
    assert score("The harbour board probably sold its barge at the ferry terminal.") < score(plain)


def _texts() -> list[str]:
    """Every line of the bundled samples, seeds and development corpus, and texts with folding characters."""
    from tests.extract.test_extract_gold import GOLD, SAMPLES, SEEDS

    files = [path for folder in (SAMPLES, SEEDS, GOLD / "devcorpus") if folder.is_dir()
             for path in sorted(folder.rglob("*")) if path.is_file() and path.suffix != ".json"]
    lines = [line for path in files for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    crafted = ["The ſtate has doubled its debt since 2010.", "İ met a man who told me the largest lie ever.",
               "The interest, the west and the best.", "Thanks to the study, the record fell.", ""]
    return lines + crafted + [sentence for sentence, _ in SHAPES]


def test_the_word_gates_give_the_plain_patterns_results() -> None:
    """structure() skips a pattern when none of its needed words is in the sentence: never a different result."""
    from workbench.extract.checkworthy_structure import _PATTERNS, _measured, structure
    from workbench.extract.gates import words_of

    texts = _texts() + ["AND SHE voted.", "  — Well, I met him.", "İ think so."]
    assert len(texts) > 1000
    for text in texts:
        runs = words_of(text)
        got = structure(text, text.lower() if runs is not None else None, runs)
        for name, pattern in _PATTERNS.items():
            plain = pattern.search(text) and (name != "measured" or _measured(text))  # its own filter, gate or not
            assert got[name] == (1.0 if plain else 0.0), (name, text)
        assert got["third_party"] == (1.0 if third_party(text) else 0.0), text  # lower-cased path vs plain


def test_an_indefinite_measure_noun_is_a_figure_of_speech_not_a_measured_quantity():
    """"came at a heavy price" / "took a toll on" name no quantity; "the price of", "a majority of" do."""
    from workbench.extract.checkworthy import features

    assert not features("The long siege came at a heavy price for the river town.").get("measured")
    assert not features("The flooding took a toll on the valley's orchards.").get("measured")
    assert features("The price of heating oil doubled over the winter.").get("measured")
    assert features("A majority of the members backed the merger, the chair said.").get("measured")
