"""The trained OPTION of check-worthiness (eval-only): fitted on labelled lines, it ranks unseen lines.

Runs the real bundled embedder (exported once per session into a temporary cache) on a few
made-up lines; nothing here comes from ClaimBuster or CLEF.
"""

from __future__ import annotations

from benchmarks.checkworthy_option import Vectors, design, fit, grouped_folds, rank_transcript

CHECKABLE = [
    "Unemployment fell to 4.1 percent last year, the lowest in a decade.",
    "The city spent 12 million dollars on the new bridge in 2019.",
    "Exports to Canada rose by 30 percent while I was in office.",
    "The state cut school funding by 900 million dollars over two years.",
    "He voted against the highway bill three times in 2015.",
    "Crime in the capital doubled between 2010 and 2016.",
]
NOT_CHECKABLE = [
    "Thank you all for being here tonight.",
    "I think we can do better than this.",
    "Let me finish my answer, please.",
    "We are going to make this country great.",
    "That is a very good question.",
    "Good evening and welcome to the debate.",
]


def test_the_option_ranks_an_unseen_figure_claim_above_chatter_and_moderators_last(onnx_embedder) -> None:
    vectors = Vectors(onnx_embedder)
    x = design(CHECKABLE + NOT_CHECKABLE, vectors)
    assert x.shape[0] == 12 and x.shape[1] > onnx_embedder.dim  # embedding plus the readable features
    model = fit(x, [1] * len(CHECKABLE) + [0] * len(NOT_CHECKABLE))
    lines = [
        ("HOST", "What would you do about taxes?"),
        ("SMITH", "Thank you so much for having me here tonight, it is a real pleasure to be on this stage with you."),
        ("SMITH", "Property taxes rose 18 percent in the county between 2012 and 2018."),
        ("HOST", "Why should voters believe you?"),
        ("JONES", "I hope we can all agree on that."),
        ("HOST", "How will you pay for it?"),
        ("HOST", "Is that fair?"),
        ("HOST", "Can you answer the question?"),
        ("JONES", "My opponent raised the sales tax to 9 percent in 2011."),
        ("SMITH", "We will see."),
    ]
    scores = rank_transcript(model, lines, vectors)
    order = sorted(range(len(lines)), key=lambda i: -scores[i])
    assert set(order[:2]) == {2, 8}  # the two figure claims first
    assert all(lines[i][0] == "HOST" for i in order[-5:])  # the asking speaker at the bottom


def test_folds_keep_each_transcript_whole() -> None:
    names = [f"t{i}" for i in range(10)]
    folds = grouped_folds(names, 4)
    assert sorted(n for fold in folds for n in fold) == sorted(names)
    assert all(fold for fold in folds) and len(folds) == 4


def test_context_marks_interjections_answers_to_a_moderator_and_neighbours() -> None:
    import numpy as np

    from benchmarks.checkworthy_option import context

    lines = [("HOST", "Why?") for _ in range(5)]
    lines += [("SMITH", "Wrong."), ("HOST", "And?"), ("JONES", "Taxes rose."), ("JONES", "Jobs fell."),
              ("JONES", "Wages stalled for a decade while prices climbed year after year after year.")]
    z = np.arange(len(lines), dtype=np.float32)
    out = context(lines, z)
    assert out[5, 1] == 1.0 and out[7, 1] == 0.0  # "Wrong." is a one-line turn; JONES speaks three lines
    assert out[5, 2] == 1.0 and out[7, 2] == 1.0 and out[8, 2] == 0.0  # answers right after the moderator
    assert out[8, 0] == (z[7] + z[9]) / 2 and out[5, 0] == 0.0  # same-speaker neighbours only
    assert out[7, 3] == 3 / 20 and out.shape == (len(lines), 4)
