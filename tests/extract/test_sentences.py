"""Sentence segmentation edge cases: offsets, abbreviations, numbers, paragraphs, headings, quotes."""

from __future__ import annotations

import pytest

from workbench.extract import Sentence, split_sentences
from workbench.extract.sentences import dateline_end


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def assert_offsets(text: str, sentences: list[Sentence]) -> None:
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_offsets_index_the_original_text() -> None:
    text = "  First sentence here.   Second one follows!\n\nThird, after a blank line?  "
    sentences = split_sentences(text)
    assert_offsets(text, sentences)
    assert [s.text for s in sentences] == ["First sentence here.", "Second one follows!", "Third, after a blank line?"]


def test_repeated_sentence_gets_its_own_offsets() -> None:
    text = "Shelling continued. Shelling continued. Shelling continued."
    sentences = split_sentences(text)
    assert [s.start for s in sentences] == [0, 20, 40]
    assert_offsets(text, sentences)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Defense Secretary Lloyd Austin visited Kyiv on Monday.",
        "Gen. Mark Milley met Sen. Jack Reed in Washington.",
        "The offensive began on Feb. 7 near the city.",
        "About 1.8 million people lived in the region before the war.",
        "Some 500,000 civilians remain in the government-held area.",
        "The ratio was 3.5 to 1, officials said.",
    ],
)
def test_abbreviations_and_numbers_do_not_split(text: str) -> None:
    assert texts(text) == [text]


def test_decimal_and_thousands_between_two_sentences() -> None:
    text = "About 1.8 million people lived there. Now 500,000 remain."
    assert texts(text) == ["About 1.8 million people lived there.", "Now 500,000 remain."]


def test_blank_line_always_ends_a_sentence() -> None:
    text = "Fighting continued near the city and\n\nthe road was cut."
    assert texts(text) == ["Fighting continued near the city and", "the road was cut."]


def test_paragraph_numbers() -> None:
    sentences = split_sentences("One is here. Two is here.\n\nThree is here.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_headline_line_without_period_is_its_own_unit() -> None:
    text = "Why Bakhmut still matters\nUkraine still holds half of the region. Russia wants the rest."
    sentences = split_sentences(text)
    assert sentences[0].text == "Why Bakhmut still matters" and sentences[0].heading
    assert [s.text for s in sentences[1:]] == ["Ukraine still holds half of the region.", "Russia wants the rest."]
    assert not any(s.heading for s in sentences[1:])


def test_markdown_heading_is_flagged() -> None:
    sentences = split_sentences("# Donetsk governor says Bakhmut holds\n\nThe governor spoke on Tuesday.")
    assert sentences[0].heading and sentences[0].text.startswith("# Donetsk")
    assert not sentences[1].heading


def test_hard_wrapped_line_is_not_a_heading() -> None:
    text = "The governor said the city of\nBakhmut was still holding on Tuesday."
    sentences = split_sentences(text)
    assert len(sentences) == 1 and not sentences[0].heading


def test_short_navigation_words_are_separate_units() -> None:
    sentences = split_sentences("Sponsored by a VPN company today.\nback\ntopic\nThe story starts here.")
    assert [s.text for s in sentences if s.heading] == ["back", "topic"]


def test_heading_line_that_holds_two_sentences_is_prose() -> None:
    sentences = split_sentences("Your email address will not be published. Required fields are marked *")
    assert [s.text for s in sentences] == ["Your email address will not be published.", "Required fields are marked *"]


def test_quote_spanning_sentences_keeps_sentences_separate() -> None:
    text = '"We are building new lines. Bakhmut is standing," he said. "They will not pass.\nWe hold."'
    sentences = split_sentences(text)
    assert_offsets(text, sentences)
    assert sentences[0].text.startswith('"We are building')
    assert sentences[-1].text.endswith('We hold."')


def test_lone_closing_quote_is_glued_to_its_sentence() -> None:
    text = '“That’s why our guys are standing there." The war goes on.'
    sentences = split_sentences(text)
    assert sentences[0].text == '“That’s why our guys are standing there."'
    assert_offsets(text, sentences)


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n \n") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("KYIV, Feb 24 (Meridian Wire) - The military denied it.", "The military denied it."),
        ("WASHINGTON (Reuters) — Officials met on Monday.", "Officials met on Monday."),
        ("BAKHMUT, Ukraine, Feb. 20, 2023 -- Volunteers left.", "Volunteers left."),
        ("The U.S. - Ukraine talks went on.", "The U.S. - Ukraine talks went on."),
        ("No dateline here - just a dash.", "No dateline here - just a dash."),
    ],
)
def test_dateline_end(sentence: str, expected: str) -> None:
    assert sentence[dateline_end(sentence) :] == expected


def test_quotation_sentences_are_split() -> None:
    text = "“It’s ridiculous. It’s ridiculous. And it has to end,” Trump said."
    assert texts(text) == ["“It’s ridiculous.", "It’s ridiculous.", "And it has to end,” Trump said."]


@pytest.mark.parametrize("base", ["nupunkt", "pysbd"])
def test_titles_party_tags_and_comma_pieces_never_split(base: str) -> None:
    text = "Nancy Pelosi, D-Calif., said no. Then-Rep. Jared Polis (D-Colo.) agreed with Sen. John McCain."
    got = [s.text for s in split_sentences(text, base=base)]
    assert got == ["Nancy Pelosi, D-Calif., said no.", "Then-Rep. Jared Polis (D-Colo.) agreed with Sen. John McCain."]


def test_question_quote_keeps_its_speech_tag() -> None:
    assert texts("“You want to pet him?” Mr. Obama asked his daughters.") == [
        "“You want to pet him?” Mr. Obama asked his daughters."
    ]


def test_windows_and_sentences_are_bounded() -> None:
    from workbench.extract.sentences import MAX_SENTENCE, WINDOW, _windows

    chunk = "word " * 5000 + "Tail sentence. " * 500
    spans = _windows(chunk)
    assert all(e - s <= WINDOW for s, e in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(chunk)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    sentences = split_sentences(chunk)
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert_offsets(chunk, sentences)


@pytest.mark.parametrize(
    "line",
    [
        "“We will rebuild the bridge by March,” the mayor said",
        "The dam cost 4 million dollars to repair, Mayor Ana Ruiz said",
    ],
)
def test_quote_tagged_line_without_stop_is_a_sentence_not_a_heading(line: str) -> None:
    """Issue 10: a scraped line that lost its full stop after "said" was taken as a headline (no claim)."""
    text = f"The council met on Monday.\n{line}\nThe fire started Monday."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["The council met on Monday.", line, "The fire started Monday."]
    assert not sentences[1].heading


def test_title_case_headline_ending_in_a_verb_stays_a_heading() -> None:
    sentences = split_sentences("Ruiz Says Dam Will Close\n\nThe dam closed on Monday.")
    assert sentences[0].heading


def test_sentence_closed_by_a_wrong_way_round_quote_is_not_a_heading() -> None:
    """Issue 10: 'concluded his comments were “Mostly False.“' lost its claim as a headline."""
    text = "The checkers claimed “Ruiz exaggerates” the rate, and concluded her comments were “Mostly False.“"
    assert not split_sentences(text)[0].heading
