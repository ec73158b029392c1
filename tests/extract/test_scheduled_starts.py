"""The present tense of a rule's start ("the fee takes effect on May 3", "comes into force") schedules it: a plan,
as "will apply from May 3" is, not a deed done (``extract.frames.modality_of``). Sentences written for these
tests."""

from __future__ import annotations

from workbench.extract.frames import modality_of


def test_the_present_of_a_start_is_planned_and_its_past_is_done():
    assert modality_of("The bridge toll takes effect on May 3, the council said.")[0] == "planned"
    assert modality_of("The new quotas come into force in April.")[0] == "planned"
    assert modality_of("The bridge toll took effect on May 3, the council said.")[0] == "done"


def test_a_start_told_in_the_present_and_in_the_future_is_not_done_vs_planned():
    from tests.analyze.test_frame_relate import rel

    got = rel("The bridge toll takes effect on May 3, the council said.",
              "The bridge toll will apply from May 3, the council's notice says.", sim=0.8)
    assert "done vs planned" not in got.reason and got.relation == "agree", got
