"""Where a clock time whose day is unsaid lies beside one whose day is known: on the same day, or across midnight.

Why: a report that leaves the day unsaid ("the fire began at about 1am") is set beside another's time of the same
happening ("11.50pm on Sunday"). Read on one day the two lie 23 hours apart and look like two happenings; across
midnight they lie 70 minutes apart, rival accounts of one night. Only the night is read across midnight: one time
late in the evening and the other in the small hours (``extract.daytimes.DAY_PARTS["night"]``, 20:00-05:00); a
morning and an evening time of an unsaid day stay on one day, as before.
"""

from __future__ import annotations

from workbench.extract.daytimes import DAY_PARTS

_NIGHT_FROM, _NIGHT_TO = DAY_PARTS["night"][0], DAY_PARTS["night"][1] - 24  # 20:00 of one day to 05:00 of the next


def overnight(a: tuple[float, float] | None, b: tuple[float, float] | None) -> int:
    """Hours to add to b's clock interval to set it beside a's when either leaves its day unsaid: +24 where a lies
    late in the evening and b in the small hours, -24 the other way round, else 0."""
    if a is None or b is None:
        return 0
    if a[0] >= _NIGHT_FROM and b[1] <= _NIGHT_TO:
        return 24
    if b[0] >= _NIGHT_FROM and a[1] <= _NIGHT_TO:
        return -24
    return 0
