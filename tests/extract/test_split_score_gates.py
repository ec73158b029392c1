"""Speed cuts in sentence splitting and check-worthiness give exactly the plain answers (issue 12).

* A unit's sentence spans are memoised on the unit's own text and shifted to its offset: compared
  with splitting the unit in place inside its document, for units repeated at different offsets,
  after headings, after lines that end in a lowercase word or a digit (the look-behind at a unit's
  start), with both base segmenters.
* Boilerplate's anywhere markers are searched only behind their needles: compared with the plain
  pattern on a probe for every marker, in every case, with case-folding characters.
* The "number" feature skips its scan when a second digit settles it: compared with the plain count
  on probes with Unicode digits, one digit, number words only and case-folding characters.
"""

from __future__ import annotations

import pytest

from workbench.extract import boilerplate, checkworthy, memo, sentences
from workbench.extract.gates import words_of
from workbench.extract.lines import units

PARAGRAPH = 'The plant closed in 2019. "It will not reopen," Ana Ruiz said. Gov. Lee disagreed.'
DOCUMENTS = [
    f"Headline Without A Stop\n\n{PARAGRAPH}\n\nA second paragraph follows.\n\n{PARAGRAPH}",
    f"lowercase end\n{PARAGRAPH}\nends with 42\n. A stop opens this line. then lowercase.\n\n{PARAGRAPH}",
    "One line only",
    "  \n\n" + PARAGRAPH + "\n" + "word " * 900 + "end. " + "Long run-on " * 200,
    f"{PARAGRAPH}\n\n# A heading\n{PARAGRAPH}\n- a bullet line\n{PARAGRAPH[:40]}\n{PARAGRAPH[40:]}",
]


def _plain_spans(text: str, base: str) -> list[list[tuple[int, int]]]:
    out = []
    for start, end, _, _ in units(text):
        start, end = sentences._strip_span(text, start, end)
        if start < end:
            out.append(sentences._split_unit(text, start, end, base))
    return out


@pytest.mark.parametrize("base", sentences.BASES)
@pytest.mark.parametrize("text", DOCUMENTS)
def test_memoised_unit_spans_match_splitting_in_place(text, base):
    memo.clear()
    for _ in range(2):  # the first pass fills the memo, the second is served from it
        got = []
        for start, end, _, _ in units(text):
            start, end = sentences._strip_span(text, start, end)
            if start < end:
                got.append(sentences._spans(text, start, end, base))
        assert got == _plain_spans(text, base)
        assert all(text[s:e].strip() for spans in got for s, e in spans)


def test_a_long_unit_is_split_in_place_and_not_kept():
    memo.clear()
    long_unit = ("The talks went on. " * 100).strip()
    assert len(long_unit) > sentences.MAX_SENTENCE
    text = f"Short one.\n\n{long_unit}"
    start = text.index(long_unit)
    got = sentences._spans(text, start, len(text), sentences.DEFAULT_BASE)
    assert got == sentences._split_unit(text, start, len(text), sentences.DEFAULT_BASE)
    assert sentences._unit_spans.cache_info().currsize == 0


def test_a_repeated_paragraph_is_split_once():
    memo.clear()
    sentences._unit_spans.cache_clear()
    doc = f"{PARAGRAPH}\n\nBetween them.\n\n{PARAGRAPH}"
    split = sentences.split_sentences(doc)
    assert [s.text for s in split[:3]] == [s.text for s in split[-3:]]
    assert split[-1].end == len(doc)
    assert sentences._unit_spans.cache_info().hits == 1


NUMBER_PROBES = [
    "No digits and no number words here.",
    "Only 7 of them.",
    "Only seven of them.",
    "Seven and 7.",
    "Seven and eight, no digits.",
    "Costs rose 12 percent in 2019.",
    "Arabic-Indic digits \u0663\u0664 count as digits.",
    "One Arabic-Indic digit \u0663 and one 5.",
    "The \u212aelvin sign: \u212a7.",
    "Hundreds of thousands",
    "a1b",
    "",
]


@pytest.mark.parametrize("text", NUMBER_PROBES + [p.upper() for p in NUMBER_PROBES])
def test_number_feature_matches_the_plain_count(text):
    plain = min(len(checkworthy.NUMBER.findall(text)), 2) / 2
    first = checkworthy._DIGIT.search(text)
    low = text.lower() if words_of(text) is not None else None
    assert checkworthy._number(text, low, first, words_of(text)) == plain
    assert checkworthy.features(text)["number"] == plain


BOILERPLATE_PROBES = [
    "Read more: the plant closed in 2019.",
    "The plant closed in 2019, all rights reserved to the owners.",
    "Text \u00a9 2023 Lantern Daily and its partners.",
    "Text &copy; 2023 Lantern Daily and its partners.",
    "Copyright 2023 by the paper, which owns the text.",
    "Copyrighted material was shown at the hearing.",
    "See the [full report](https://example.org/r) for details.",
    "Ana Ruiz, staff writer",
    "Ana Ruiz, staff writer for the paper, said so.",
    "Ana Ruiz, foreign correspondent",
    "This article was originally published by the Wire.",
    "This story has been updated with the mayor's reply.",
    "The mayor said the dam cost $4 million.",
    "By Ana Ruiz",
    "Ana Ruiz, \u017ftaff writer",
    "Ana Ruiz, staff writer \u212a",
    "\u0130t was originally published here.",
    "",
]


@pytest.mark.parametrize(
    "text", BOILERPLATE_PROBES + [p.upper() for p in BOILERPLATE_PROBES] + [p.title() for p in BOILERPLATE_PROBES]
)
def test_boilerplate_gate_matches_the_plain_pattern(text):
    assert boilerplate._furniture(text) == (boilerplate.BOILERPLATE.search(text) is not None)


def test_every_anywhere_marker_is_behind_a_needle():
    for probe in BOILERPLATE_PROBES:
        found = boilerplate._ANYWHERE_PART.search(probe)
        if found and words_of(probe) is not None:
            assert any(needle in found.group(0).lower() for needle in boilerplate._ANYWHERE_NEEDLES), probe
