"""A deed one source states as done and another says was never (or not) done.

Why: "the organisers stopped the race at noon" / "the race was never stopped" is the plainest disagreement
between two sources, yet the wording rules only weigh a negation between claims whose figures agree (a
figure next to a negation is usually another measure), and claims that fact clustering put apart get no
wording rules at all. The fields are stored at extraction: the done claim's deed stems (``Frame.deeds``) and
the other claim's negation with the word it governs (``Frame.polarity["negated"]``); here they are compared,
with the content both claims share as the sign that they speak of one act. Only a negation stored as stating
the deed undone in the claim's own clause counts (``extract.undone``: ``polarity["undone"]``).
"""

from __future__ import annotations

from workbench.extract.words import same_stem
from workbench.models import Frame

NEGATED_SHARED = 2  # the act and at least one more shared content stem (its object, its actor, its place)


def negated_deed(a: Frame | None, b: Frame | None, shared: list[str], text_a: str, text_b: str) -> str | None:
    """"done vs not done: stop (organisers vs Piet Oban)" when one claim states as done, unnegated, the act the
    other claim's negation governs; None otherwise (plans, denials and hedges are other rules' business)."""
    if a is None or b is None or len(shared) < NEGATED_SHARED:
        return None
    for neg, done, neg_text, done_text in ((a, b, text_a, text_b), (b, a, text_b, text_a)):
        act = neg.polarity.get("negated")
        if not act or not neg.polarity.get("undone") or neg.polarity.get("figure"):
            continue  # a negation stated as the deed undone, in the claim's own clause, away from its figures
        if neg.modality not in ("done", "hedged") or done.modality != "done":
            continue
        stated = [d for d in done.deeds if d not in done.reported_deeds]  # "he said he served" states no service
        if done.polarity or not any(same_stem(act, d) for d in stated) \
                or not any(same_stem(act, s) for s in shared):
            continue
        lo, hi = neg.polarity["neg"]
        return (f"done vs not done: {act} ({done.speaker or 'unattributed'}: \"{_clip(done_text)}\" vs "
                f"{neg.speaker or 'unattributed'}: \"{neg_text[lo:hi]} {act}…\")")
    return None


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"

