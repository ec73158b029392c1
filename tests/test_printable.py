"""Untrusted text reaching a terminal: no control character or escape sequence survives."""

from __future__ import annotations

import pytest

from workbench.textnorm import printable

HOSTILE = "Outlet\x1b[2J\x1b]8;;http://evil.example\x07link\x1b]8;;\x07\x9b31m\x7f\x08end"


def test_no_control_character_survives_and_length_is_kept():
    out = printable(HOSTILE)
    assert len(out) == len(HOSTILE)
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in out)
    assert "Outlet" in out and "end" in out
    assert "␛" in out  # the escape is made visible, not silently dropped


@pytest.mark.parametrize("text", ["plain", "two\nlines\tand a tab", "café – “quoted”", "", None])
def test_ordinary_text_is_unchanged(text):
    assert printable(text) == (text or "")
