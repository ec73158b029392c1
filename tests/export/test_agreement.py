"""Reviewer agreement: kappa math against hand-computed values, the report, and the CLI."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.export.fixtures import Sample, build_sample
from workbench.cli import main
from workbench.export.agreement import agreement_report, cohen_kappa, fleiss_from_ratings, fleiss_kappa
from workbench.store import record_verdict, undo_last


def test_cohen_two_by_two_by_hand():
    # 50 items, ratings yes/no:      B yes  B no
    #                       A yes      20     5     -> A says yes 25/50 = 0.5
    #                       A no       10    15     -> B says yes 30/50 = 0.6
    # p_o = (20 + 15) / 50 = 0.7
    # p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5
    # kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
    pairs = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    k = cohen_kappa(pairs)
    assert k.n == 50
    assert k.observed == pytest.approx(0.7) and k.expected == pytest.approx(0.5)
    assert k.kappa == pytest.approx(0.4)


def test_cohen_perfect_and_chance_level():
    assert cohen_kappa([("a", "a"), ("b", "b")]).kappa == pytest.approx(1.0)
    # p_o = 0.5; each rater says a/b half the time -> p_e = 0.5 -> kappa 0
    assert cohen_kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]).kappa == pytest.approx(0.0)


def test_cohen_degenerate_expected_agreement_one():
    # both reviewers say "verified" to everything: p_o = p_e = 1, kappa = 0/0 -> undefined
    k = cohen_kappa([("verified", "verified")] * 3)
    assert k.kappa is None and k.observed == 1.0 and k.expected == pytest.approx(1.0) and k.n == 3
    empty = cohen_kappa([])
    assert empty.kappa is None and empty.n == 0


def test_fleiss_textbook_example():
    # The classic worked example (10 subjects, 14 raters, 5 categories): P-bar = 0.378,
    # P_e = 0.213, kappa = 0.210.
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    k = fleiss_kappa(table)
    assert k.n == 10
    assert k.observed == pytest.approx(0.378, abs=5e-4)
    assert k.expected == pytest.approx(0.213, abs=5e-4)
    assert k.kappa == pytest.approx(0.210, abs=5e-4)


def test_fleiss_edge_cases():
    assert fleiss_from_ratings([["v", "v", "v"], ["d", "d", "d"]]).kappa == pytest.approx(1.0)
    assert fleiss_from_ratings([["v", "v"], ["v", "v"]]).kappa is None  # p_e = 1
    assert fleiss_kappa([]).kappa is None
    with pytest.raises(ValueError, match="same number"):
        fleiss_kappa([[1, 1], [2, 1]])
    # two raters: Fleiss uses pooled shares, so it matches Cohen only when marginals agree
    assert fleiss_from_ratings([["a", "a"], ["b", "b"], ["a", "b"], ["b", "a"]]).kappa == pytest.approx(0.0)


@pytest.fixture
def three_reviewers(tmp_path) -> Sample:
    """Ratings (V verified, D disputed, U unattributed):

    claim   alice  bob  carol
      a       V     V     V
      b       U     U     D
      c       D     D     D
      d       V     D     -      (carol did not rate d)
    """
    s = build_sample(tmp_path / "claims.db")
    table = {s.a: "vvv", s.b: "uud", s.c: "ddd", s.d: "vd"}
    names = {"v": "verified", "d": "disputed", "u": "unattributed"}
    for claim, letters in table.items():
        for reviewer, letter in zip(("alice", "bob", "carol"), letters, strict=False):
            record_verdict(s.db, claim, names[letter], reviewer)
    # an undone verdict is no rating at all
    record_verdict(s.db, s.d, "unattributed", "carol")
    undo_last(s.db, "carol")
    return s


def test_report_by_hand(three_reviewers):
    s = three_reviewers
    report = agreement_report(s.db)
    assert report.reviewers == ["alice", "bob", "carol"]
    pairs = {(p.first, p.second): p for p in report.pairs}
    # alice/bob over a, b, c, d: p_o = 3/4; alice V2 U1 D1, bob V1 U1 D2 -> p_e = (2+1+2)/16 = 5/16
    # kappa = (12/16 - 5/16) / (11/16) = 7/11
    ab = pairs[("alice", "bob")]
    assert (ab.kappa.n, ab.disagreements) == (4, 1) and ab.kappa.kappa == pytest.approx(7 / 11)
    # alice/carol over a, b, c: p_o = 2/3; alice V1 U1 D1, carol V1 D2 -> p_e = (1+0+2)/9 = 1/3
    # kappa = (2/3 - 1/3) / (2/3) = 1/2
    assert pairs[("alice", "carol")].kappa.kappa == pytest.approx(0.5)
    assert pairs[("bob", "carol")].kappa.kappa == pytest.approx(0.5)
    # Fleiss over the complete cases a, b, c (counts D,U,V): a 0,0,3  b 1,2,0  c 3,0,0
    # P_i = 1, 1/3, 1 -> P-bar = 7/9; shares 4/9, 2/9, 3/9 -> P_e = 29/81
    # kappa = (63/81 - 29/81) / (52/81) = 17/26
    assert report.fleiss is not None and report.fleiss.n == 3
    assert report.fleiss.kappa == pytest.approx(17 / 26)
    split = {d.claim_id: d for d in report.disagreements}
    assert set(split) == {s.b, s.d}
    assert split[s.b].verdicts == {"alice": "unattributed", "bob": "unattributed", "carol": "disputed"}
    assert split[s.d].verdicts == {"alice": "verified", "bob": "disputed"}
    assert split[s.d].text.startswith("A senior official")


def test_two_reviewers_have_no_fleiss(tmp_path):
    s = build_sample(tmp_path / "two.db")
    for claim in (s.a, s.b):
        record_verdict(s.db, claim, "verified", "alice")
        record_verdict(s.db, claim, "verified", "bob")
    report = agreement_report(s.db)
    assert report.fleiss is None and report.disagreements == []
    (pair,) = report.pairs
    assert pair.kappa.kappa is None and pair.kappa.observed == 1.0  # degenerate: one verdict throughout


def test_cli_agreement(three_reviewers):
    s = three_reviewers
    result = CliRunner().invoke(main, ["agreement", "--db", str(s.path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"{7 / 11:.3f}" in out and "0.500" in out
    assert f"{17 / 26:.3f}" in out and "rated by all 3 reviewers" in out
    assert s.b in out and s.d in out and s.a not in out
    assert "2 claims with differing verdicts" in out


def test_cli_agreement_degenerate_and_single_reviewer(tmp_path):
    s = build_sample(tmp_path / "one.db")
    record_verdict(s.db, s.a, "verified", "alice")
    single = CliRunner().invoke(main, ["agreement", "--db", str(s.path)])
    assert single.exit_code == 0 and "needs two reviewers" in single.stdout
    record_verdict(s.db, s.a, "verified", "bob")
    both = CliRunner().invoke(main, ["agreement", "--db", str(s.path)], env={"COLUMNS": "200"})
    assert both.exit_code == 0 and "n/a (one verdict throughout)" in both.stdout and "no disagreements" in both.stdout


def test_cli_agreement_missing_db(tmp_path):
    result = CliRunner().invoke(main, ["agreement", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no such database" in result.stderr


# --- Krippendorff's alpha and a cross-check against scikit-learn (issue 11) ---


def test_krippendorff_alpha_on_krippendorffs_own_example():
    """Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal data with
    missing values: 4 coders, 12 units, published alpha = 0.743."""
    from workbench.export.agreement import krippendorff_alpha

    coders = [
        "1 2 3 3 2 1 4 1 2 . . .",
        "1 2 3 3 2 2 4 1 2 5 . 3",
        ". 3 3 3 2 3 4 2 2 5 1 .",
        "1 2 3 3 2 4 4 1 2 5 1 .",
    ]
    table = [row.split() for row in coders]
    units = [[row[u] for row in table if row[u] != "."] for u in range(12)]
    alpha = krippendorff_alpha(units)
    assert alpha.alpha == pytest.approx(0.743, abs=5e-4)
    assert alpha.units == 11  # the last unit has one rating: not pairable
    assert alpha.ratings == 40


def test_krippendorff_alpha_degenerate_cases():
    from workbench.export.agreement import krippendorff_alpha

    assert krippendorff_alpha([["a"], ["b"]]).alpha is None
    assert krippendorff_alpha([["a", "a"], ["a", "a"]]).alpha is None
    assert krippendorff_alpha([["a", "a"], ["b", "b"]]).alpha == pytest.approx(1.0)


@pytest.mark.parametrize("seed", range(5))
def test_cohen_kappa_matches_scikit_learn(seed):
    import random

    from sklearn.metrics import cohen_kappa_score

    rng = random.Random(seed)
    labels = ["verified", "disputed", "unattributed"]
    first = [rng.choice(labels) for _ in range(60)]
    second = [a if rng.random() < 0.6 else rng.choice(labels) for a in first]
    ours = cohen_kappa(list(zip(first, second, strict=True)))
    assert ours.kappa == pytest.approx(cohen_kappa_score(first, second))


def test_report_has_alpha_for_claims_not_every_reviewer_rated(tmp_path):
    s = build_sample(tmp_path / "alpha.db")
    for claim, verdicts in {
        s.a: {"ann": "verified", "bob": "verified"},
        s.b: {"bob": "disputed", "cat": "disputed"},
        s.c: {"ann": "verified", "cat": "disputed"},
    }.items():
        for reviewer, verdict in verdicts.items():
            record_verdict(s.db, claim, verdict, reviewer=reviewer)
    report = agreement_report(s.db)
    assert report.fleiss is not None and report.fleiss.n == 0  # nobody rated by all three
    assert report.alpha is not None and report.alpha.units == 3 and report.alpha.alpha is not None
    result = CliRunner().invoke(main, ["agreement", "--db", str(tmp_path / "alpha.db")])
    assert "Krippendorff's alpha over the 3 claims" in result.output
