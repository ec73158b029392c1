"""Two figures stated for one day: a part of the day named in the date ("on Saturday night") is no period.

Why: ``quantity_match`` keeps two counts apart when their claims name different period words ("12 arrested on
Friday night" / "57 in total": a window against a total). But a period word that is part of the claim's own
stored time expression ("on Saturday night", "on Saturday evening") only dates the figure; when both claims'
figures are dated to one day, "night" in one and "evening" (or nothing) in the other is not two periods, and the
two figures compare as one time (``Frame.time`` / ``Frame.time_text``, stored at extraction).
"""

from __future__ import annotations

from workbench.models import Frame


def one_day(fa: Frame | None, fb: Frame | None, text_a: str, text_b: str) -> bool:
    """Both figures are dated to one calendar day and every period word of each claim lies in its time expression
    (so the claims state no window of accumulation of their own)."""
    # imported here: quantity_match calls this module
    from workbench.analyze.quantity_match import PERIODS

    if fa is None or fb is None or not fa.time or fa.time != fb.time or len(fa.time) != 10:
        return False
    for frame, text in ((fa, text_a), (fb, text_b)):
        said = (frame.time_text or "").strip()
        at = text.find(said) if said else -1
        # a period word inside the stored time expression or right after it ("on Saturday" + " night")
        end = at + len(said)
        for m in PERIODS.finditer(text):
            inside = 0 <= at <= m.start() and m.end() <= end
            after = at >= 0 and m.start() >= end and not text[end:m.start()].strip()
            if not inside and not after:
                return False
    return True
