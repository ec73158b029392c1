"""Transcript ranking: moderators and stage directions go to the bottom; same-speaker context counts."""

from __future__ import annotations

from workbench.extract.transcripts import moderators, rank_lines

DEBATE = [
    ("HOST", "Good evening and welcome to the debate."),
    ("HOST", "Senator, how many jobs were lost in your state last year?"),
    ("SMITH", "We lost 40,000 manufacturing jobs in 2015, and the plant closings cost $2 billion."),
    ("SMITH", "The mill in Dayton shut its doors after 80 years and 3,000 families lost their income that winter."),
    ("SMITH", "My opponent voted for the trade deal that sent those jobs abroad, twice, in 2009 and in 2011."),
    ("HOST", "Governor, do you agree?"),
    ("JONES", "I think we can do better for working families."),
    ("HOST", "Why did unemployment rise by 3 percent in 2016?"),
    ("SMITH", "Unemployment rose because the state cut 12 percent of its training budget in 2014."),
    ("HOST", "Is that true, Governor?"),
    ("JONES", "The budget grew by 5 percent, not fell, according to the state auditor."),
    ("JONES", "We hired 1,200 new teachers and opened 14 training centers across the state since 2013."),
    ("JONES", "The auditor's report of March 2017 shows spending on training at its highest level in a decade."),
    ("HOST", "Let us move on. What is your plan?"),
    ("SYSTEM", "(APPLAUSE)"),
    ("HOST", "How will you pay for 400 new schools in 2020?"),
]


def test_the_asking_speaker_is_the_moderator() -> None:
    assert moderators(DEBATE) == {"HOST"}


def test_moderator_and_stage_lines_rank_below_every_guest_line() -> None:
    scores = rank_lines(DEBATE)
    guest = [s for (speaker, _), s in zip(DEBATE, scores, strict=True) if speaker in {"SMITH", "JONES"}]
    other = [s for (speaker, _), s in zip(DEBATE, scores, strict=True) if speaker in {"HOST", "SYSTEM"}]
    assert min(guest) > max(other)


def test_a_speech_has_no_moderator() -> None:
    speech = [("PRESIDENT", f"We created {n} thousand jobs in {2010 + n}.") for n in range(10)]
    assert moderators(speech) == set()


def test_a_line_borrows_evidence_from_the_same_speaker_only() -> None:
    lines = [("A", "We cut taxes by 20 percent in 2017 and revenue rose $300 billion."), ("A", "That is the record.")]
    alone = rank_lines([("A", "That is the record.")])[0]
    assert rank_lines(lines)[1] > alone
    other = [("B", "We cut taxes by 20 percent in 2017 and revenue rose $300 billion."), ("A", "That is the record.")]
    assert rank_lines(other)[1] == alone


def test_context_marks_interjections_answers_to_a_moderator_and_neighbours() -> None:
    from workbench.extract.transcripts import CONTEXT_COLUMNS, context

    lines = [("HOST", "Why?") for _ in range(5)]
    lines += [("SMITH", "Wrong."), ("HOST", "And?"), ("JONES", "Taxes rose."), ("JONES", "Jobs fell."),
              ("JONES", "Wages stalled for a decade while prices climbed year after year after year.")]
    z = [float(i) for i in range(len(lines))]
    out = context(lines, z)
    assert len(out) == len(lines) and all(len(row) == len(CONTEXT_COLUMNS) for row in out)
    assert out[5][1] == 1.0 and out[7][1] == 0.0  # "Wrong." is a one-line turn; JONES speaks three lines
    assert out[5][2] == 1.0 and out[7][2] == 1.0 and out[8][2] == 0.0  # answers right after the moderator
    assert out[8][0] == (z[7] + z[9]) / 2 and out[5][0] == 0.0  # same-speaker neighbours only
    assert out[7][3] == 3 / 20
