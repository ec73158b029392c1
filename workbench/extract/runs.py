"""Attribution across sentences: quote runs, colon introductions and transcript labels.

A speaker named once often covers several sentences:

* a quote that stays open over several sentences (or, newsroom style, over several
  paragraphs, each reopened with a quote mark) is one run, and every sentence of the run without
  its own source takes the source named inside the run;
* a sentence that opens with a quote and has no source continues the attributed sentence before it
  in the same paragraph, and a paragraph that opens with a sentence that is all quote continues the
  paragraph before it (newsroom style names a new speaker at once, so an unnamed quote is the last one's);
* a colon introduction ("He added:", "Minister Ana Ruiz:") covers the rest of its paragraph and,
  when the colon ends the paragraph, the paragraph that follows;
* a transcript label ("PENCE: Well, ...") covers the rest of its paragraph;
* a signature line ("― Julie Diaz." after a quote) signs the sentences before it in its paragraph.

Every step walks the sentences once, so the cost is linear in their number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.cues import CLOSERS, MASK, OPENERS, TOGGLES, QuoteState, scan_quotes
from workbench.extract.refusals import is_refusal
from workbench.extract.sentences import Sentence
from workbench.models import Attribution


def quote_states(sentences: list[Sentence]) -> list[QuoteState]:
    """Quote state of each sentence: carried inside a paragraph, and into the next one when it reopens."""
    states: list[QuoteState] = []
    block = range(0)
    for i, sent in enumerate(sentences):
        prev_open = bool(states) and states[-1].open_at_end and not sentences[i - 1].heading
        same = prev_open and sentences[i - 1].paragraph == sent.paragraph
        reopened = (
            prev_open
            and not same
            and sent.paragraph == sentences[i - 1].paragraph + 1
            and sent.text.lstrip()[:1] in "“«„\"'"
        )
        carried = i in block  # a block quote's paragraph that no mark reopens, found when its quote was left open
        states.append(scan_quotes(sent.text, (same or reopened or carried) and not sent.heading, reopen=reopened))
        if states[-1].open_at_end and not sent.heading and (i + 1 == len(sentences) or sentences[i + 1].paragraph != sent.paragraph):
            block = _unreopened_block(sentences, i + 1)
    return states


BLOCK_SENTENCES = 10  # how far a quote left open at a paragraph's end may run on unmarked (a block quote)


def _unreopened_block(sentences: list[Sentence], start: int) -> range:
    """Sentences after a paragraph that ends inside a quote, when the next paragraph does not reopen it but a
    closing mark further on shows it still running: a block quote whose paragraph breaks carry no marks
    ("... my friends posted:" / "So I ask you to go." + closing mark). Empty when a reopening or opening mark
    comes first, a heading interrupts, or no closer comes within ``BLOCK_SENTENCES``."""
    for j in range(start, min(len(sentences), start + BLOCK_SENTENCES)):
        sent = sentences[j]
        if sent.heading or (j == start and sent.text.lstrip()[:1] in "“«„\"'"):
            break
        first = _QUOTE_MARK.search(sent.text)
        if first is None:
            continue
        mark, at, text = first.group(0), first.start(), sent.text
        glued = at > 0 and not text[at - 1].isspace()
        if glued and (mark in CLOSERS or (mark in TOGGLES and not text[at + 1 : at + 2].isalnum())):
            return range(start, j + 1)  # "... like you.”": the quote closes here, opened paragraphs before
        break
    return range(0)


_QUOTE_MARK = re.compile(rf"[{OPENERS}{CLOSERS}{TOGGLES}]")


def _sourced(att: Attribution | None) -> bool:
    return att is not None and att.speaker_kind != "none"


def _quote_runs(
    states: list[QuoteState], result: list[Attribution | None], run_sources: list[Attribution | None]
) -> None:
    """A run's sentences take the source that closes it ("...,” he said."), else the one that opened it."""
    i = 0
    while i < len(states):
        j = i
        while j + 1 < len(states) and states[j].open_at_end and states[j + 1].open_at_start:
            j += 1
        if j > i:
            named = [result[k] for k in range(i + 1, j + 1) if _sourced(result[k])]
            if not named:
                named = [a for a in (result[i], run_sources[i]) if _sourced(a)]
            if named:
                for k in range(i, j + 1):
                    if not _sourced(result[k]):
                        result[k] = replace(named[-1])
        i = j + 1


def _first_person(att: Attribution | None) -> bool:
    """Attributed only to "I" or "we" (as written: "We've"), the words of whoever speaks the line."""
    return att is not None and re.split(r"['’]", (att.speaker or "").lower())[0] in {"i", "we"}


def _run_end(states: list[QuoteState], k: int) -> int:
    while k + 1 < len(states) and states[k].open_at_end and states[k + 1].open_at_start:
        k += 1
    return k


def _introductions(
    sentences: list[Sentence], states: list[QuoteState], result: list[Attribution | None], opens: list[str]
) -> None:
    """Colon introductions and labels hand their speaker to what they introduce."""
    n = len(sentences)
    for k in range(n):
        if not opens[k] or not _sourced(result[k]):
            continue
        source = result[k]
        if opens[k] == "back":  # a signature line signs the quote before it in its paragraph
            j = k - 1
            while j >= 0 and sentences[j].paragraph == sentences[k].paragraph and not _sourced(result[j]):
                result[j] = replace(source)  # type: ignore[arg-type]
                j -= 1
            continue
        j = k + 1
        if opens[k] == "colon" and not states[k].masked.rstrip().endswith(":"):
            continue  # "He tweeted: “No.”" -- the colon's quote is inside the sentence
        while j < n and sentences[j].paragraph == sentences[k].paragraph and (
            not _sourced(result[j]) or (opens[k] == "label" and _first_person(result[j]))
        ):  # "Ruiz: I doubt it. ... We have talked.": the label's own "I" and "we" are the labelled speaker
            result[j] = replace(source)  # type: ignore[arg-type]
            j += 1
        ends_paragraph = j >= n or sentences[j].paragraph != sentences[k].paragraph
        if opens[k] == "colon" and ends_paragraph and states[k].masked.rstrip().endswith(":") and j < n:
            para = sentences[j].paragraph
            last = _run_end(states, j) if states[j].masked.lstrip().startswith(MASK) else j
            while j < n and (sentences[j].paragraph == para or j <= last) and not _sourced(result[j]):
                if sentences[j].heading:
                    break
                result[j] = replace(source)  # type: ignore[arg-type]
                j += 1


def propagate(
    sentences: list[Sentence],
    states: list[QuoteState],
    result: list[Attribution | None],
    opens: list[str],
    run_sources: list[Attribution | None],
) -> list[Attribution]:
    """Fill sentences without a source from their quote run, introduction or quoting neighbour."""
    # a transcript label ('"HOST: ...' opening each paragraph with a quote mark that never closes) speaks for its
    # own paragraph before any quote run, which would carry the next label's speaker back across the paragraphs
    _introductions(sentences, states, result, [o if o == "label" else "" for o in opens])
    _quote_runs(states, result, run_sources)
    _introductions(sentences, states, result, opens)
    _quote_runs(states, result, run_sources)
    for k, sent in enumerate(sentences):
        if not _sourced(result[k]) and k > 0 and states[k].masked.lstrip().startswith(MASK):
            prev = sentences[k - 1]
            if prev.heading or not _sourced(result[k - 1]) or is_refusal(result[k - 1]):
                continue
            if prev.paragraph == sent.paragraph or (
                sent.paragraph == prev.paragraph + 1 and _quote_only(states[k].masked)
            ):
                # a new speaker is named at once in news, so an unsourced quote continues the one before
                result[k] = replace(result[k - 1])  # type: ignore[arg-type]
    return [r if r is not None else Attribution() for r in result]


def _quote_only(masked: str) -> bool:
    """A sentence that is all quotation (the opening of a quote-only paragraph), bar punctuation."""
    return not any(ch.isalnum() for ch in masked)
