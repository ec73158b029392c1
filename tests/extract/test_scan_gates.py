"""Speed gates in quantities, periods, frames and figures skip only scans that cannot match (issue 12).

Each gated scan is compared with the plain scan it replaces on sentences made to probe the
gates: number words without digits, digits inside words and codes, characters that case-fold
onto ASCII letters (the Kelvin sign, the long s), windows that cut words in half.
"""

from __future__ import annotations

import re

import pytest

from workbench.extract import acts, daytimes, figure_parts, figures, frames, periods, quantities
from workbench.extract.gates import words_of
from workbench.extract.numbers import number_led_matches
from workbench.models import Quantity

SENTENCES = [
    "Officials said 1,200 people were evacuated and 31 hurt on Monday.",
    "Twenty-five soldiers and a few hundred civilians fled; tens of thousands more stayed.",
    "Half a million people, about two-thirds of the region, lost power since 2019.",
    "One in 20 voters backed the T-72 plan, the 93rd brigade said at 10:30.",
    "The firm paid $4.5bn in 2014-15, a rate of 31.5, over the past three decades.",
    "No digits here and nothing counted at all.",
    "From 2007 through 2014 the plant and three factories across the region closed.",
    "Schools in all five districts closed for two weeks from 2021 to 2022.",
    "Between 40 and 45 percent of the 12 hospitals were hit, he said last Friday.",
    "The \u212aelvin sign and the long \u017f in ſeven dayſ fold onto ASCII letters.",
    "Skilled workers killed time; 40 wounded, dozens missing, scores arrested.",
    "A 2019 law, the 2027 budget and 1,800,000 votes counted in 2022.",
]


def _plain_count_matches(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in quantities._COUNT.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES + [s.lower() for s in SENTENCES] + [s.upper() for s in SENTENCES])
def test_count_scan_matches_the_plain_scan(text):
    assert [m.span() for m in quantities._count_matches(text, words_of(text))] == _plain_count_matches(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_period_scan_matches_the_plain_scans(text):
    expected: list[tuple[int, int]] = []
    for pattern in (periods._RANGE, periods._SPAN):
        expected += [m.span() for m in pattern.finditer(text)]
    spans = list(expected)  # "since 1985" inside "the three decades since 1985" belongs to the span
    expected += [m.span() for m in periods._SINCE.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    expected += [m.span() for m in periods._ONE_YEAR.finditer(text)
                 if not any(s <= m.start() < e for s, e in expected)]
    assert [(s, e) for s, e, _ in periods._periods(text)] == sorted(expected)


@pytest.mark.parametrize("text", SENTENCES)
def test_all_sites_gate_matches_the_plain_scan(text):
    plain = "group" if frames._GROUP.match(text) else "all-sites" if frames._ALL_SITES.search(text) else None
    got = frames.scope_of(text)
    assert (got == "all-sites") == (plain == "all-sites")


@pytest.mark.parametrize("text", SENTENCES)
def test_figure_roles_match_the_ungated_role_patterns(text):
    for m in re.finditer(r"\d[\d,.]*", text):
        q = Quantity(kind="count", text=m.group(0), start=m.start(), end=m.end(), value=1.0)
        after, before = text[q.start : q.end + 50], text[max(0, q.start - 50) : q.start]
        for k, g in figures._G_ROLES:
            if g.pattern.search(after):
                assert g.may_match(words_of(after)), (k, after)
            if g.pattern.search(before):
                assert g.may_match(words_of(before)), (k, before)


@pytest.mark.parametrize("text", SENTENCES + ["Enter Ms. Lauten, then Sen. Mark Bell (R-Utah) and Bill de Blasio.",
                                              "ÉMILE Zola met President Ana Ruiz; and Trump didn't.", ""])
def test_mention_runs_match_the_plain_search(text):
    from workbench.extract import mentions

    for pos in range(len(text) + 1):
        plain = mentions._RUN.search(text, pos)
        got = mentions._next_run(text, pos)
        assert (got.span() if got else None) == (plain.span() if plain else None)


PLANS = ["We'll see.", "They’LL vote", "The plant is to close", "It is set to reopen", "Due to the storm",
         "due to open", "The mayor would be there", "He would take it", "ſhall we", "Nothing planned here"]


@pytest.mark.parametrize("text", SENTENCES + PLANS)
def test_planned_halves_answer_as_the_whole_pattern(text):
    halves = bool((("'" in text or "’" in text) and frames._PLANNED_LL.search(text))
                  or frames._G_PLANNED_WORDS.search(text, words_of(text)))
    assert halves == bool(frames._PLANNED.search(text))


@pytest.mark.parametrize("text", SENTENCES + ["He denied it.", "She has since apologized for that.", "They DISPUTE it.",
                                              "He walked back those remarks.", "Officials confirmed it again."])
def test_dependent_gate_skips_only_sentences_without_an_answer_verb(text):
    from workbench.extract import context

    plain = len(text.split()) <= context.MAX_WORDS and bool(
        (m := context._ANSWER.search(text)) and context._ANAPHOR.search(m.group("rest")))
    assert context.is_dependent(text) == plain


CLOCKS = ["at 9:30 p.m. EST", "at 9.30", "by 10 AM", "at 7pm", "at 3 a.m.", "in 2024.", "12.5 percent"]


@pytest.mark.parametrize("text", SENTENCES + CLOCKS)
def test_clock_and_money_and_dimension_gates_skip_only_texts_that_cannot_match(text):
    from workbench.extract import assessment, quantities

    if daytimes._CLOCK.search(text):
        assert daytimes._CLOCKISH.search(text)
    if quantities._HAS_MONEY.search(text):
        assert quantities._may_hold_money(text, words_of(text))
    if assessment.DIMENSION.search(text):
        assert assessment._G_DIMENSION.may_match(words_of(text))


@pytest.mark.parametrize("text", SENTENCES + ["Its unemployment rate rose 2 percent from a year earlier in total.",
                                              "The jobless rate; the overkill of 5 skilled workers"])
def test_role_and_near_window_gates_skip_only_windows_that_cannot_match(text):
    for start in range(0, len(text), 7):
        window = text[start : start + 60]
        words = words_of(window)
        if figures._ANY_ROLE.search(window):
            assert figures._may_hold_role(words), window
        for gated in (figures._G_CHANGE, figures._G_PERIOD_BASE, figure_parts._G_TOTAL):
            if gated.pattern.search(window):
                assert gated.may_match(words), window


PERCENT_MONEY = [
    "Between 40 and 45 percent voted; between 3% and 5% abstained, BETWEEN 7 and 9 per cent spoilt.",
    "Prices rose 12.5% in 2022 and 4-6 percent in 2023, from 40 to 45% at most; 31 percentage points.",
    "The firm paid 4.5bn dollars, 30 million euros and 12m pounds sterling; US$5 and 700 yen more.",
    "Turnout was 58 pc, and 2.5 per cent of 1,200 voters paid 300 US dollars each, between2 and 4%.",
    "Twenty percent of forty thousand dollars; a few hundred euros; tens of thousands of pounds.",
    "Abetween 3 and 4 percent, x-between 5 and 6 percent, 7between 8 and 9%, between  10 and 11 percent.",
]


@pytest.mark.parametrize("text", PERCENT_MONEY + SENTENCES + [s.upper() for s in PERCENT_MONEY])
def test_number_led_percent_and_money_scans_match_the_plain_scans(text):
    runs = words_of(text)
    for pattern, lead in ((quantities._PERCENT, ""), (quantities._MONEY_WORD, ""), (quantities._PERCENT_RANGE, "between ")):
        got = [m.span() for m in number_led_matches(pattern, text, runs, lead=lead)]
        assert got == [m.span() for m in pattern.finditer(text)], (pattern.pattern[:40], text)


@pytest.mark.parametrize("text", PERCENT_MONEY + SENTENCES + ["$4.5 million and 3 million dollars", "5 bn UAH, 7 RUB",
                                                             "12 POUNDS STERLING", "9 U.S. dollars", "4 yen-based"])
def test_currency_word_gate_skips_only_claims_without_a_money_word_match(text):
    if quantities._MONEY_WORD.search(text):
        assert quantities._G_CURRENCY_WORD.may_match(words_of(text))
    expected = [(q.start, q.end, q.value, q.unit) for q in quantities.extract_quantities(text, None)]  # ungated
    assert [(q.start, q.end, q.value, q.unit) for q in quantities.extract_quantities(text)] == expected


HOLDER_WINDOWS = [
    "Ana Ruiz's salary was ", "her rate was about ", "Their bill stood at ", "The firm's offer totalled roughly ",
    "Lo's share reached more than ", "Lo's share reached ", "his pay of ", "Ruiz's tab is at least ", "Ruiz's tab IS ",
    "Lo paid a rate of ", "the couple paid ", "Democrats sharply raised ", "The Fund PAID ", "plans to spend about ",
    "according to ", "wants to divert ", "rose to ", "the offer was\n", "of the 40,", "Of the victims, including ",
    "of them ", "another ", "a new ", "\u212aelvin's rate was ", "",
]


@pytest.mark.parametrize("text", HOLDER_WINDOWS + SENTENCES + PERCENT_MONEY)
def test_holder_and_part_gates_skip_only_windows_that_cannot_match(text):
    from workbench.extract import holders

    words = words_of(text)
    assert (m.span() if (m := holders._G_OWNER.search(text)) else None) == \
        (m.span() if (m := holders._OWNER.search(text)) else None)
    if holders._PAYER.search(text):
        assert holders._G_PAY_VERB.may_match(words)
    if holders._INFINITIVE.search(text):
        assert words is None or "to" in words
    gated = bool(figure_parts._G_PART_WORDS.search(text, words) or figure_parts._PART_OF.match(text))
    assert gated == bool(figure_parts._PART.search(text) or figure_parts._PART_OF.match(text))


def _word_pairs(pattern: re.Pattern[str]) -> list[str]:
    """Texts holding two of the pattern's words, in both orders and cases: a word-requirement gate must open on
    every one the pattern matches (a word added to the pattern but not to its gate fails here)."""
    words = sorted(set(re.findall(r"[a-z]+", pattern.pattern)))
    return [f"x {a} {b} y" if i % 2 else f"X {a.upper()} {b}." for i, (a, b) in
            enumerate((a, b) for a in words for b in words)]


def test_running_and_backshifted_gates_open_on_every_text_their_patterns_match():
    for text in _word_pairs(frames._RUNNING) + SENTENCES:
        if frames._RUNNING.search(text):
            assert frames._may_run(words_of(text)), text
    for text in _word_pairs(acts.BACKSHIFTED_PLAN) + [f"{t} would go" for t in _word_pairs(acts.BACKSHIFTED_PLAN)]:
        if acts.BACKSHIFTED_PLAN.search(text):
            assert "would" in words_of(text), text


def _plain_deed_stems(text: str) -> list[str]:
    """deed_stems as it read every word (before issue 12's speed work): the reference the visit of deed ends must match."""
    from workbench.extract.words import content_stems

    after_aux = {m.end() for a in acts._AUX.finditer(text) for p in (acts._AFTER_AUX, acts._AFTER_AUX_ADVERB)
                 if (m := p.match(text, a.end()))}
    after_modal = {m.end() for a in acts._NOT_DONE.finditer(text) for p in acts._AFTER_NOT_DONE
                   if (m := p.match(text, a.end()))}
    out: list[str] = []
    for w in acts._WORD.finditer(text):
        if w.end() not in after_aux and not acts._PAST_TAIL.fullmatch(text, max(0, w.end() - 3), w.end()):
            continue
        if w.start() in after_modal or (w.start() > 0 and w.group(0)[0].isupper()):
            continue
        noun = acts._DEED_NOUN.match(text, w.end())
        out.extend(s for s in content_stems(w.group(0) + (" " + noun.group(1) if noun else "")) if s not in out)
    return out


DEEDS = [
    "The plant was closed and workers were laid off; it has shut, filed an appeal and lodged a complaint.",
    "He agreed to reopen it, will be reopened, may have ended; 3rd-ranked x-rayed 9-den _ed ed en.",
    "Officials HAVE CLOSED IT, had quickly evacuated, were \u212aed and \u212a, were éed, had been seen.",
    "Green and Orlen reopened; Sweden's Ken warned, the fallen, a broken-down bus, it's widened again.",
]


@pytest.mark.parametrize("text", DEEDS + SENTENCES + PERCENT_MONEY + HOLDER_WINDOWS)
def test_deed_ends_give_the_stems_of_the_word_by_word_scan(text):
    assert acts.deed_stems(text) == _plain_deed_stems(text)


def test_negation_and_relative_time_gates_open_on_every_text_their_patterns_match():
    from workbench.extract import polarity, reftime

    for text in _word_pairs(polarity.NEGATION) + ["It isn't so", "IT ISN'T", "no one", "Nobody came"] + SENTENCES:
        if polarity.NEGATION.search(text):
            words = words_of(text)
            assert words is None or not polarity._NEGATIVES.isdisjoint(words) or "'" in text, text
    texts = _word_pairs(reftime._RELATIVE) + ["at the end of the month", "by the spring", "in the Fall"] + SENTENCES
    for text in texts + [f"x {a} the {b}" for a in ("by", "in", "next", "this", "last") for b in ("spring", "fall")]:
        if reftime._RELATIVE.search(text):
            words = words_of(text)
            assert words is None or not reftime._RELATIVE_NOUNS.isdisjoint(words), text


def test_rate_before_gate_opens_on_every_window_it_matches():
    from workbench.extract import holders

    for text in _word_pairs(holders._RATE_BEFORE) + ["values each Brightwell share at ", "EVERY person gets about ",
                                                    "per head is ", "per\u00a0tonne of "] + HOLDER_WINDOWS:
        if holders._RATE_BEFORE.search(text):
            words = words_of(text)
            assert words is None or not holders._EACH.isdisjoint(words), text
