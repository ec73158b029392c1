"""Per-claim values of the pair rules are derived once per claim while an event is related, not once per pair.

Fictional claims written for these tests. The mechanism is pinned by counting computations
(``analyze.claim_memo.COMPUTED``), never by timing; the verdicts with and without the cache
must be the same.
"""

from __future__ import annotations

from itertools import combinations

from workbench.analyze import claim_memo
from workbench.analyze.claim_memo import claim_scope
from workbench.analyze.relate import RelateInput, relate, relate_slots
from workbench.extract import extract_claims

TEXTS = [
    "The port authority said 600 dockers joined the strike on Monday.",
    "The dockers' union said 2,500 dockers walked out on Monday.",
    "At least 40 people have died in the landslide, the county office said on Monday.",
    "The toll from the landslide has risen to 75, the county office said on Wednesday.",
    "The union said 1,900 workers walked out across the firm's six mills.",
    "Nobody was injured in the fire at the depot, the fire service said.",
]


def _claims() -> list[RelateInput]:
    out = []
    for k, text in enumerate(TEXTS):
        c = extract_claims(text, "2027-03-10")[0]
        out.append(RelateInput(f"c{k}", c.text, c.quantities, f"d{k}", c.attribution.speaker, c.frame))
    return out


def _verdicts(claims: list[RelateInput]) -> list[tuple]:
    return [(relate(a, b, similarity=0.7), relate_slots(a, b, similarity=0.4)) for a, b in combinations(claims, 2)]


def test_figures_are_computed_once_per_claim_inside_a_scope_and_per_call_outside():
    claims = _claims()
    assert all(c.frame is not None for c in claims)
    pairs = len(claims) * (len(claims) - 1) // 2
    name = "_figures"

    before = claim_memo.COMPUTED[name]
    plain = _verdicts(claims)
    uncached = claim_memo.COMPUTED[name] - before
    assert uncached > 2 * pairs  # every pair derives both sides' figures, several times over

    before = claim_memo.COMPUTED[name]
    with claim_scope():
        scoped = _verdicts(claims)
    assert claim_memo.COMPUTED[name] - before == len(claims)  # once per claim, however many pairs
    assert scoped == plain  # the cache changes no verdict


def test_a_new_scope_starts_empty_and_a_changed_frame_is_recomputed():
    claims = _claims()
    name = "_figures"
    for _ in range(2):  # a claim cached in one event is derived again in the next: nothing outlives a scope
        before = claim_memo.COMPUTED[name]
        with claim_scope():
            _verdicts(claims[:3])
        assert claim_memo.COMPUTED[name] - before == 3
    # the cache keys on the frame and quantities objects: another object for the same claim is another claim
    copy = RelateInput(claims[0].id, claims[0].text, list(claims[0].quantities), claims[0].document,
                       claims[0].speaker, claims[0].frame)
    before = claim_memo.COMPUTED[name]
    with claim_scope():
        relate(claims[0], claims[1], similarity=0.7)
        relate(copy, claims[1], similarity=0.7)
    assert claim_memo.COMPUTED[name] - before == 3


def test_text_values_are_computed_once_per_text():
    from workbench.analyze.negation import polarity, shared_content
    from workbench.extract.words import content_stems

    text = "The ministry denied that 300 dockers were dismissed on a quiet Thursday in the fictional port."
    before = claim_memo.COMPUTED["polarity"]
    first = polarity(text)
    assert polarity(text) is first
    assert claim_memo.COMPUTED["polarity"] - before == 1
    assert first.denial is not None
    other = "Three hundred dockers were dismissed on Thursday, the union said; dockers said the port was quiet."
    sa, sb = content_stems(text), content_stems(other)  # the per-pair definition the cached sets replace
    expected = [s for i, s in enumerate(sa) if s in set(sb) and s not in sa[:i]]
    assert len(expected) >= 3
    assert shared_content(text, other) == (expected, len(set(sa) & set(sb)) / len(set(sa) | set(sb)))
