"""Word gates (workbench.extract.gates): heads read off patterns, and a gate never hides a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.extract import assessment, checkworthy, frames
from workbench.extract.gates import Gated, heads, words_of
from workbench.extract.sentences import split_sentences

SAMPLES = Path(__file__).resolve().parents[2] / "workbench" / "samples"


def test_heads_of_a_word_list_with_optional_suffixes_and_phrases():
    p = re.compile(r"\b(?:kill(?:s|ed)?|[Ww]e|at least|outnumber\w*)\b", re.I)
    assert heads(p) == {"kill", "kills", "killed", "we", "at", "outnumber*"}


def test_a_space_ends_the_first_word_and_an_optional_space_may_not():
    assert heads(re.compile(r"\b(?:I|we)\s+think\b")) == {"i", "we"}
    assert heads(re.compile(r"\bkill\s*ed\b")) == {"kill", "killed"}


@pytest.mark.parametrize(
    "source",
    [
        r"(?<=\w)['’]ll\b|\bwill\b",  # starts with a look-behind
        r"\d|\bone\b",  # a match may start with a digit
        r"\b[a-z]+ed\b",  # the first word is any word
        r"^\W*(?:read more|subscribe)",  # no boundary before the word
        r"kill",  # no boundary: "skill" matches
    ],
)
def test_unreadable_patterns_are_never_gated(source):
    assert heads(re.compile(source, re.I)) is None
    gate = Gated(re.compile(source, re.I))
    assert gate.may_match(frozenset())


def test_case_folds_onto_ascii_letters_leave_the_text_ungated():
    # re.IGNORECASE matches the Kelvin sign to "k" and the long s to "s": the runs would miss them.
    assert words_of("troops \u212ailled") is None
    assert words_of("it wa\u017f") is None
    assert Gated(re.compile(r"\bkilled\b", re.I)).search("troops \u212ailled", words_of("troops \u212ailled"))


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    found = [s.text for t in texts for s in split_sentences(t)]
    return found + [
        "He didn't comment.", "Prices ROSE 5% overnight.", "We'll see.", "Outnumbered, they withdrew.",
        "It is (strategically) vital.", "the town's mayor—not the governor—resigned.", "KILLED: 12",
    ]


def _gated_patterns() -> list[re.Pattern[str]]:
    found = []
    for module in (checkworthy, frames, assessment):
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                found.append(value)
            elif isinstance(value, tuple) and value and all(isinstance(v, tuple) and len(v) == 2 for v in value):
                found += [r for _, r in value if isinstance(r, re.Pattern)]
    return [p for p in found if heads(p) is not None]


def test_a_closed_gate_means_the_pattern_finds_nothing():
    sentences, patterns = _sentences(), _gated_patterns()
    assert len(sentences) > 50 and len(patterns) > 15
    for text in sentences:
        words = words_of(text)
        for p in patterns:
            if p.search(text):
                assert Gated(p).may_match(words), (p.pattern[:60], text)


def test_a_first_word_left_open_is_a_prefix_not_a_whole_word():
    import re

    from workbench.extract.gates import Gated, words_of

    g = Gated(re.compile(r"\bdollar", re.IGNORECASE))
    assert g.may_match(words_of("ten dollars"))  # the pattern matches "dollars": the gate must stay open
    assert g.search("ten dollars", words_of("ten dollars")) is not None
    assert not g.may_match(words_of("ten euros"))


def test_a_prefix_gate_reads_the_joined_runs_as_a_plain_set_of_runs_would():
    """``words_of`` keeps its runs joined for prefix gates (issue 12); a plain frozenset answers the same."""
    g = Gated(re.compile(r"\b(?:outnumber\w*|evacuat\w*|kill\w*)", re.IGNORECASE))
    texts = ["Rebels outnumbered troops.", "They were evacuated.", "No one was hurt.", "skill", "a killer",
             "overkill", "Outnumber", "evac", ""]
    for text in texts:
        words = words_of(text)
        assert words == frozenset(words)
        expected = g.pattern.search(text) is not None
        assert g.may_match(words) is g.may_match(frozenset(words))
        assert (g.search(text, words) is not None) == expected
        if expected:
            assert g.may_match(words)


def test_a_look_around_consumes_nothing_so_the_word_after_it_heads_the_match():
    """speed14: a leading look-behind no longer leaves a word list ungated; the gate still never hides a match."""
    p = re.compile(r"(?<!\bbe )(?<!\bnot )\b(?:scolded|praised)\b(?=\s+\w)", re.IGNORECASE)
    assert heads(p) == {"scolded", "praised"}
    g = Gated(p)
    for text in ["The coach praised them.", "They will be praised soon.", "Nobody was scolded", "PRAISED loudly",
                 "a quiet evening"]:
        assert (g.search(text, words_of(text)) is not None) == (p.search(text) is not None)
    assert not g.may_match(words_of("a quiet evening"))
