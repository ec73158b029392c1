"""Scoring of named speakers in benchmarks/eval_speakers.py: a generational suffix is no surname."""

from __future__ import annotations

import pytest

from benchmarks.eval_speakers import surname_match


@pytest.mark.parametrize(
    ("ours", "gold", "ok"),
    [
        ("Jesse Jackson Jr.", "Jesse_Jackson_Jr", True),  # was scored wrong: "jr." is not a surname
        ("Jackson", "Jesse_Jackson_Jr", True),
        ("Ana Ruiz", "Ana_Ruiz", True),
        ("Ruiz", "Mark_Ellison", False),
        ("Jr.", "Jesse_Jackson_Jr", False),  # a bare suffix names no one
        (None, "Ana_Ruiz", False),
    ],
)
def test_surname_match(ours: str | None, gold: str, ok: bool) -> None:
    assert surname_match(ours, gold) is ok
