"""Whether a plan and a deed are told of two different actors ("the Senate panel subpoenaed" / "the House panel
will issue subpoenas").

Why a module of its own: a plan and a deed are one act only when one actor plans and does it; the modality rule
(``analyze.slot_values.modality_relation``) must not set one actor's plan against another actor's deed. Read from
what extraction stored (``Frame.act_subject``: the stems of the subject of the first plan or deed).
"""

from __future__ import annotations

import re

from workbench.extract.words import same_stem
from workbench.models import Frame


def two_actors(fa: Frame, fb: Frame) -> bool:
    """Both frames name the subject of their act and the two subjects share no word: two actors, so two acts.
    A frame with no subject stored says nothing either way (an old frame, a passive with no agent)."""
    sa, sb = [s.lower() for s in fa.act_subject], [s.lower() for s in fb.act_subject]
    return bool(sa and sb) and not any(same_stem(x, y) for x in sa for y in sb)


# the speaker's own future conduct in the quote: "I will never ...", "we'll", "nor will I ..." (closed class)
_FIRST_PERSON_PLAN = re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:will|shall|am going to|are going to)\b|"
                                r"\b(?:I|[Ww]e)['’]ll\b|\b(?:will|shall)\s+(?:I|we)\b")


def pledged(plan: Frame) -> bool:
    """The plan is the speaker's own pledge in a direct quote ("'There is no way I will lie for him,' she said"):
    its actor is the speaker, stored with no subject, and a vow of conduct names no scheduled act that another
    actor's deed could show done or undone (the modality rule's plan against a deed)."""
    return bool(plan.quote) and _FIRST_PERSON_PLAN.search(plan.quote) is not None
