"""Tail gates (``gates.TailGated``) skip an end-anchored pattern only when it cannot match (issue 12).

The gated sub/search must answer exactly as the plain pattern on every text. Texts are built from every
word the patterns spell (so a word added to a pattern but not to its gate fails here), each in several
cases and positions, with trailing spaces, newlines and Unicode whitespace, plus ordinary speaker chunks.
"""

from __future__ import annotations

import re

import pytest

from workbench.extract import subjects
from workbench.extract.cues import TRAILING_TIME
from workbench.extract.gates import TailGated

PAIRS = [(subjects._AUX_TAIL, subjects._G_AUX_TAIL), (TRAILING_TIME, subjects._G_TRAILING_TIME)]
CHUNKS = [
    "the regional governor Ana Ruiz",
    "Clinton on Wednesday vigorously",
    "leaders almost universally",
    "an arbitration panel in 2001",
    "The IMF this week",
    "Wells Fargo just this month",
    "He has repeatedly",
    "Italy",
    "officials in Italy",
    "the family",
    "Mr. Reilly   ",
    "the mayor\n",
    "the mayor now\u00a0",
    "the mayor now\u2003\n",
    "",
    "   ",
    "x\u0085now",
]


def _words(pattern: re.Pattern[str]) -> set[str]:
    return set(re.findall(r"[a-z]{2,}", pattern.pattern)) | {"1999", "2024", "1850", "quickly", "Sharply"}


def _texts(pattern: re.Pattern[str]) -> list[str]:
    texts = list(CHUNKS)
    for word in sorted(_words(pattern)):
        for form in (word, word.upper(), word.title()):
            texts += [f"The mayor {form}", f"The mayor {form}  ", f"the mayor {form} said", f"{form}",
                      f"the mayor on {form}", f"the mayor last {form} quietly", f"the mayor\t{form}\n"]
    return texts + [t + " now" for t in texts] + [t + " in 2001" for t in texts]


@pytest.mark.parametrize(("plain", "gated"), PAIRS)
def test_tail_gate_answers_as_the_plain_pattern(plain: re.Pattern[str], gated: TailGated):
    for text in _texts(plain):
        assert gated.sub("", text) == plain.sub("", text), text
        found, expected = gated.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_closed_gate_means_no_match_and_open_gate_runs_the_pattern():
    gated = TailGated(re.compile(r"(?:\s+(?:now|\w+ly))+\s*$"), r"now|\w+ly")
    assert not gated.may_match("the regional governor Ana Ruiz")
    assert gated.sub("", "Clinton now") == "Clinton"
    assert gated.may_match("Italy") and gated.sub("", "Italy") == "Italy"  # open gate, the pattern decides
    assert not gated.may_match("") and not gated.may_match(" \n ")
