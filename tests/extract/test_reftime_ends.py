"""Reference times that name the end of a calendar unit resolve against the published date."""

from __future__ import annotations

from datetime import date

from workbench.extract.reftime import resolve_time


def test_the_end_of_next_year_is_next_year_not_this_one():
    assert resolve_time("The mill will shed 300 posts by the end of next year.", [], date(2027, 5, 4), True)[0] == "2028"
    assert resolve_time("The mill will shed 300 posts by the end of this year.", [], date(2027, 5, 4), True)[0] == "2027"
    assert resolve_time("The depot will reopen at the end of next month.", [], date(2027, 12, 4), True)[0] == "2028-01"
