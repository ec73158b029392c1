"""Inter-reviewer agreement: Cohen's kappa per pair, Fleiss' kappa and Krippendorff's alpha for the team.

Kappa corrects raw agreement for the agreement two reviewers would reach by chance given
how often each uses each verdict: ``kappa = (p_o - p_e) / (1 - p_e)``. The math is small
enough to own (and test against hand-computed tables) rather than pull in a stats stack.

Ratings come from :func:`workbench.store.reviewer_verdicts`: each reviewer's latest
effective verdict per claim (undone verdicts and "cleared" count as no rating).

Missing ratings: Cohen's kappa for a pair uses the claims *both* reviewers rated; Fleiss'
kappa (reported when more than two reviewers exist) uses only the claims rated by *every*
reviewer (complete cases), and says how many that is. Claims rated by one reviewer only
never count as agreement or disagreement.

Krippendorff's alpha (nominal) is reported beside them because it uses *every* claim
rated by at least two reviewers, whoever they are: with a desk that splits the work, few
claims are rated by all, and Fleiss' complete cases shrink to nothing. Alpha builds the
coincidence matrix ``o[c][k]`` (each ordered pair of ratings of one claim, weighted
``1/(m_u - 1)`` for ``m_u`` ratings of that claim) and is ``1 - (n - 1) * sum(o[c][k], c != k)
/ sum(n_c * n_k, c != k)`` with ``n_c`` the row sums and ``n`` their total.

Degenerate case: when chance agreement ``p_e`` is 1 (every rating is the same single
verdict), kappa is 0/0 and undefined; we return ``kappa=None`` (shown as "n/a") rather
than a misleading 1.0 or 0.0, with observed agreement still reported. No shared claims
also gives ``kappa=None``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from workbench.store import Database
from workbench.store.claim_history import claim_texts
from workbench.store.verdicts import reviewer_verdicts

_EPS = 1e-12


@dataclass(frozen=True)
class Kappa:
    """A kappa with the parts it is made of (None where undefined)."""

    kappa: float | None
    observed: float | None  # p_o: share of agreeing ratings
    expected: float | None  # p_e: agreement expected by chance
    n: int  # items (claims) it was computed over


def _kappa(observed: float, expected: float, n: int) -> Kappa:
    if abs(1.0 - expected) < _EPS:
        return Kappa(None, observed, expected, n)
    return Kappa((observed - expected) / (1.0 - expected), observed, expected, n)


def cohen_kappa(pairs: Iterable[tuple[str, str]]) -> Kappa:
    """Cohen's kappa for two raters from (rating_a, rating_b) per item."""
    items = list(pairs)
    n = len(items)
    if n == 0:
        return Kappa(None, None, None, 0)
    observed = sum(1 for a, b in items if a == b) / n
    count_a = Counter(a for a, _ in items)
    count_b = Counter(b for _, b in items)
    expected = sum((count_a[k] / n) * (count_b[k] / n) for k in count_a.keys() | count_b.keys())
    return _kappa(observed, expected, n)


def fleiss_kappa(counts: Sequence[Sequence[int]]) -> Kappa:
    """Fleiss' kappa from an items x categories table of how many raters chose each category.

    Every item must have the same number of ratings ``m >= 2`` (complete cases).
    """
    rows = [list(r) for r in counts]
    n_items = len(rows)
    if n_items == 0:
        return Kappa(None, None, None, 0)
    m = sum(rows[0])
    if m < 2 or any(sum(r) != m for r in rows):
        raise ValueError("Fleiss' kappa needs the same number (>= 2) of ratings for every item")
    per_item = [(sum(c * c for c in r) - m) / (m * (m - 1)) for r in rows]
    observed = sum(per_item) / n_items
    categories = len(rows[0])
    shares = [sum(r[j] for r in rows) / (n_items * m) for j in range(categories)]
    expected = sum(p * p for p in shares)
    return _kappa(observed, expected, n_items)


def fleiss_from_ratings(items: Iterable[Sequence[str]]) -> Kappa:
    """Fleiss' kappa from each item's list of ratings (one per rater, same count per item)."""
    listed = [list(r) for r in items]
    categories = sorted({c for r in listed for c in r})
    return fleiss_kappa([[r.count(c) for c in categories] for r in listed])


@dataclass(frozen=True)
class Alpha:
    """Krippendorff's alpha with its base: pairable claims (rated at least twice) and ratings."""

    alpha: float | None  # None when undefined (fewer than two values, or one category throughout)
    units: int
    ratings: int


def krippendorff_alpha(units: Iterable[Sequence[str]]) -> Alpha:
    """Nominal Krippendorff's alpha from each claim's ratings (any number per claim; missing allowed)."""
    coincidences: Counter[tuple[str, str]] = Counter()
    n_units = 0
    for ratings in units:
        m = len(ratings)
        if m < 2:
            continue  # an unpairable claim carries no information about agreement
        n_units += 1
        counts = Counter(ratings)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                coincidences[(c, k)] += pairs / (m - 1)
    totals: Counter[str] = Counter()
    for (c, _), value in coincidences.items():
        totals[c] += value
    n = sum(totals.values())
    observed = sum(v for (c, k), v in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if n_units == 0 or expected < _EPS:
        return Alpha(None, n_units, round(n))
    return Alpha(1.0 - (n - 1) * observed / expected, n_units, round(n))


@dataclass(frozen=True)
class PairAgreement:
    first: str
    second: str
    kappa: Kappa
    disagreements: int


@dataclass(frozen=True)
class Disagreement:
    claim_id: str
    text: str | None  # None when the claim left the store (its article was edited)
    verdicts: dict[str, str]  # reviewer -> verdict, raters of this claim only


@dataclass
class AgreementReport:
    reviewers: list[str]
    pairs: list[PairAgreement] = field(default_factory=list)
    fleiss: Kappa | None = None  # only with more than two reviewers
    alpha: Alpha | None = None  # over every claim rated by two or more reviewers
    disagreements: list[Disagreement] = field(default_factory=list)


def agreement_report(db: Database) -> AgreementReport:
    """Pairwise Cohen's kappa, team Fleiss' kappa and the claims reviewers disagree on."""
    ratings = reviewer_verdicts(db)
    reviewers = sorted(r for r, claims in ratings.items() if claims)
    report = AgreementReport(reviewers=reviewers)
    for a, b in combinations(reviewers, 2):
        shared = sorted(ratings[a].keys() & ratings[b].keys())
        pairs = [(ratings[a][c], ratings[b][c]) for c in shared]
        report.pairs.append(PairAgreement(a, b, cohen_kappa(pairs), sum(1 for x, y in pairs if x != y)))
    if len(reviewers) > 2:
        complete = set.intersection(*(set(ratings[r]) for r in reviewers))
        report.fleiss = fleiss_from_ratings([ratings[r][c] for r in reviewers] for c in sorted(complete))
    by_claim: dict[str, dict[str, str]] = {}
    for r in reviewers:
        for claim, verdict in ratings[r].items():
            by_claim.setdefault(claim, {})[r] = verdict
    report.alpha = krippendorff_alpha(list(v.values()) for _, v in sorted(by_claim.items()))
    split = sorted(c for c, v in by_claim.items() if len(set(v.values())) > 1)
    texts = claim_texts(db, split)
    report.disagreements = [Disagreement(c, texts.get(c), by_claim[c]) for c in split]
    return report

