"""The frame memo (issue 12: repeated wire copy) serves the same frame as a fresh computation, never a shared one."""

from workbench.extract import frames
from workbench.extract.frames import claim_frame
from workbench.extract.quantities import extract_quantities
from workbench.models import Attribution

TEXT = ("Officials said on Monday the plant was closed and 40% of the 1,200 workers were laid off, "
        "not the 300 reported last week.")


def _fresh(text, attribution, published):
    frames.clear_memo()
    return claim_frame(text, extract_quantities(text), attribution, published)


def test_memo_serves_what_a_fresh_computation_gives():
    said = Attribution(speaker="Ana Ruiz", speaker_kind="named", cue="said")
    cases = [(TEXT, None, "2024-03-06"), (TEXT, said, "2024-03-06"), (TEXT, said, "2025-01-02"),
             (TEXT, Attribution(), None), ('"We will not reopen the depot this year," the mayor said.', said, None)]
    expected = [_fresh(*case) for case in cases]
    frames.clear_memo()
    for _ in range(2):  # the second round is served from the memo
        got = [claim_frame(t, extract_quantities(t), a, p) for t, a, p in cases]
        assert got == expected
    assert expected[1].time != expected[2].time or expected[1].published != expected[2].published


def test_memoised_frames_share_nothing_mutable():
    frames.clear_memo()
    first = claim_frame(TEXT, extract_quantities(TEXT), None, "2024-03-06")
    first.measures[0]["role"] = "changed"
    first.measures.append({})
    first.keys.append("changed")
    first.deeds.append("changed")
    (first.polarity or {}).setdefault("neg", [0, 0])[0] = -1
    second = claim_frame(TEXT, extract_quantities(TEXT), None, "2024-03-06")
    assert second == _fresh(TEXT, None, "2024-03-06")
