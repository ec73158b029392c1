"""The deed and act scans run case-sensitive twins over the lower-cased claim (ingest18): same spans as the plain scans.

``acts._PAST_END`` was also rewritten from ``[A-Za-z][eE][dDnN]`` to ``[a-z]e[dn]`` (both case-insensitive) so that it
has a twin: each class is compared with its old form over every code point.
"""

from __future__ import annotations

import re

import pytest

from tests.extract.test_scan_gates import DEEDS, SENTENCES
from workbench.extract import acts

_EVERY_CHAR = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
OLD_PAST_END = re.compile(r"[A-Za-z][eE][dDnN](?![\w'-])", re.IGNORECASE)
MORE = [
    "The \u212aed were \u017fhut, \u0130ed and \u0131en; SHE HAS GONE, it WAS CLOSED, Was Reopened.",
    "It will be closed; they could have WANTED it, to be SEEN, can't; Was\u00a0closed, had\tended.",
]


@pytest.mark.parametrize("old, new", [("[A-Za-z]", "[a-z]"), ("[eE]", "e"), ("[dDnN]", "[dn]")])
def test_rewritten_past_end_classes_match_the_same_characters(old, new):
    assert re.findall(old, _EVERY_CHAR, re.IGNORECASE) == re.findall(new, _EVERY_CHAR, re.IGNORECASE)


@pytest.mark.parametrize("text", [t for s in DEEDS + SENTENCES + MORE for t in (s, s.upper(), s.lower())])
def test_twins_find_the_spans_of_the_plain_scans(text):
    low = acts._lower(text)
    for pattern in (acts._AUX, acts._NOT_DONE, acts._PAST_END):
        assert [m.span() for m in acts._finditer(pattern, text, low)] == [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in acts._PAST_END.finditer(text)] == [m.span() for m in OLD_PAST_END.finditer(text)]


def _plain_objectless_act(text: str) -> int | None:
    """_objectless_act for a deed as it read before ingest18: the first past form found over the whole claim."""
    aux = acts._AUX.search(text)
    past = next((m for m in OLD_PAST_END.finditer(text) if (w := acts._word_start(text, m.end())) >= 0
                 and not text[w].isupper() and not acts._DETERMINED.search(text, max(0, w - 24), w)), None)
    if aux and (past is None or aux.start() < past.start()):
        after = acts._AFTER_AUX.match(text, aux.end())
        if after is None:
            return None
        participle = acts._PAST_TAIL.search(after.group()) or after.group().strip().lower() in acts.IRREGULAR_PAST
        if aux.group().lower() in ("was", "were", "been"):
            return aux.start() if participle else None
        if acts._OBJECT.match(text, aux.end()):
            return None
        return aux.start() if not acts._takes_object(text, after.end()) else None
    if past is None:
        return None
    return acts._word_start(text, past.end()) if not acts._takes_object(text, past.end()) else None


ACTS = [
    "The strike ended and the bank was shut down; it has been closed.",
    "The bank was shut after the strike ended.", "The promised vote was held; a delayed plan had stalled.",
    "Workers had walked out before the board closed the pool.", "The squatters first moved in and were evicted.",
    "Been there; the been-seen fence had fallen, were reopened, has the right.",
]


@pytest.mark.parametrize("text", [t for s in ACTS + DEEDS + SENTENCES + MORE for t in (s, s.upper(), s.lower())])
def test_deed_subject_scan_stops_where_it_cannot_change_the_answer(text):
    assert acts._objectless_act(text, False) == _plain_objectless_act(text)
