"""Step memos (issue 12): a repeated sentence is answered from the memo, in fresh lists, until cleared."""

from __future__ import annotations

from workbench.extract import memo
from workbench.extract.choose import candidates


def test_lists_memo_computes_once_and_hands_out_fresh_lists():
    calls: list[str] = []

    @memo.lists_memo
    def split(text: str) -> tuple[list[str], list[int]]:
        calls.append(text)
        return text.split(), [len(text)]

    first = split("a b c")
    first[0].append("mutated by a caller")
    second = split("a b c")
    assert second == (["a", "b", "c"], [5]) and calls == ["a b c"]
    assert second[0] is not first[0]
    memo.clear()
    assert split("a b c") == (["a", "b", "c"], [5]) and calls == ["a b c", "a b c"]


def test_memoised_candidates_answer_as_a_fresh_parse():
    sentence = "The mayor, Ana Ruiz, said the bridge would reopen, according to the city."
    memo.clear()
    fresh = candidates(sentence)
    again = candidates(sentence)
    assert again == fresh and again[0] is not fresh[0]
    assert [c.speaker for c in fresh[0]] == ["Ana Ruiz"] and [c.speaker for c in fresh[1]] == ["the city"]


def test_cached_steps_are_forgotten_by_clear():
    from workbench.extract.gates import words_of

    words_of("Officials said 40 people fled.")
    assert words_of.cache_info().currsize > 0
    memo.clear()
    assert words_of.cache_info().currsize == 0


def test_quantities_handed_to_claims_are_equal_copies_never_shared():
    from workbench.extract.claims import _quantities_of
    from workbench.extract.gates import words_of

    text = "Officials said 1,200 people were evacuated, 31 hurt and $4.5 million paid on Monday."
    first, second = _quantities_of(text, words_of(text)), _quantities_of(text, words_of(text))
    assert first == second and len(first) >= 3
    assert all(a is not b for a, b in zip(first, second, strict=True))
    first[0].unit = "changed by one claim"
    assert second[0].unit != "changed by one claim" and _quantities_of(text, words_of(text))[0] == second[0]
