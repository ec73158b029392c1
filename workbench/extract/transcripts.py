"""Check-worthiness of the lines of a transcript (debate, interview, speech), using the context it has.

A transcript gives what a lone sentence does not: who speaks each line and what was said around
it. Two readable rules use that context (nothing is learned):

* **roles**: a moderator or interviewer asks, the guests answer, and the checked claims are the
  guests'. A speaker whose lines are questions noticeably more often (at least ``QUESTION_SHARE``
  of their lines, with at least ``MIN_LINES`` lines) while speaking a minority of the words
  (under ``WORD_SHARE``) is taken to be a moderator; their lines, and stage directions such as
  "SYSTEM", "(APPLAUSE)", are moved to the bottom. A one-speaker speech has no moderator.
* **neighbouring lines**: a claim is usually argued over several lines of one speaker, so each
  line borrows ``NEIGHBOUR`` of the evidence of the lines just before and after it by the same
  speaker.

The result keeps the scale of :func:`checkworthy.score` only roughly; it is a ranking.
"""

from __future__ import annotations

import math

from workbench.extract.checkworthy import BIAS, WEIGHTS, features

QUESTION_SHARE = 0.12
MIN_LINES = 5
WORD_SHARE = 0.35
NEIGHBOUR = 0.3
NON_SPEAKERS = frozenset({"SYSTEM", "(APPLAUSE)", "(CROSSTALK)", "(LAUGHTER)", "AUDIENCE", "UNIDENTIFIED"})


def _z(text: str) -> float:
    values = features(text)
    return BIAS + sum(WEIGHTS[name] * value for name, value in values.items())


def moderators(lines: list[tuple[str, str]]) -> set[str]:
    """Speakers who mostly ask: many questions, a minority of the words."""
    stats: dict[str, list[int]] = {}
    for speaker, text in lines:
        entry = stats.setdefault(speaker, [0, 0, 0])
        entry[0] += 1
        entry[1] += text.rstrip("\"'”’) ").endswith("?")
        entry[2] += len(text.split())
    words = sum(entry[2] for entry in stats.values()) or 1
    return {
        speaker
        for speaker, (count, questions, spoken) in stats.items()
        if count >= MIN_LINES and questions / count >= QUESTION_SHARE and spoken / words < WORD_SHARE
    }


def rank_lines(lines: list[tuple[str, str]]) -> list[float]:
    """One score per (speaker, text) line, in 0..1; higher = check first."""
    asking = moderators(lines)
    z = [_z(text) for _, text in lines]
    out = []
    for i, (speaker, _) in enumerate(lines):
        near = sum(z[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j][0] == speaker)
        value = z[i] + NEIGHBOUR * near
        if speaker in asking or speaker.strip().upper() in NON_SPEAKERS:
            value -= 10.0
        out.append(1.0 / (1.0 + math.exp(-value)))
    return out


CONTEXT_COLUMNS = ("neighbour_logit", "one_line_turn", "answers_moderator", "turn_length")


def context(lines: list[tuple[str, str]], z: list[float]) -> list[tuple[float, float, float, float]]:
    """What a transcript adds around each line, for a trained ranking (:mod:`checkworthy_model`).

    Per line: the mean default logit ``z`` of the same speaker's lines just before and after, whether
    the line is a one-line turn (an interjection), whether it answers a moderator's line, and the
    length of its turn (capped at 20 lines, scaled to 0..1). Only who spoke when, never the wording.
    """
    n = len(lines)
    turn = [0] * n
    for i in range(1, n):
        turn[i] = turn[i - 1] + (lines[i][0] != lines[i - 1][0])
    size: dict[int, int] = {}
    for t in turn:
        size[t] = size.get(t, 0) + 1
    asking = moderators(lines)
    out = []
    for i, (speaker, _) in enumerate(lines):
        near = [z[j] for j in (i - 1, i + 1) if 0 <= j < n and lines[j][0] == speaker]
        out.append((sum(near) / len(near) if near else 0.0, float(size[turn[i]] == 1),
                    float(i > 0 and lines[i - 1][0] in asking), min(size[turn[i]], 20) / 20))
    return out


def off_stage(speaker: str, asking: set[str]) -> bool:
    """A moderator's or a stage direction's line: never the claim to check."""
    return speaker in asking or speaker.strip().upper() in NON_SPEAKERS
