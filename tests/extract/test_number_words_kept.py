"""A figure written in words is a figure, whichever tens or teens word it is (issue 9, miss15).

Sentences written for these tests (not the dev corpus); "Sixty"/"Seventy"/"Eighteen" alone were read as no number
while "Forty" and "Twelve" were, so one count told in words by one outlet and in digits by another lost a side."""

from __future__ import annotations

import pytest

from workbench.extract.checkworthy import NUMBER
from workbench.extract.claims import extract_claims


@pytest.mark.parametrize("word", ["Thirteen", "Seventeen", "Sixty", "Seventy", "Eighty", "Ninety"])
def test_every_tens_and_teens_word_is_a_number(word):
    assert NUMBER.search(f"{word} volunteers cleared the square.")


@pytest.mark.parametrize("word", ["Eighteen", "Sixty", "Seventy", "Ninety"])
def test_a_count_in_words_is_kept_as_its_digits_are(word):
    text = f"The council said the square was cleared by noon. {word} volunteers helped the crews."
    digits = text.replace(word, "60")
    assert len(extract_claims(digits, "2027-03-01")) == 2
    got = [c.text for c in extract_claims(text, "2027-03-01")]
    assert f"{word} volunteers helped the crews." in got, got
