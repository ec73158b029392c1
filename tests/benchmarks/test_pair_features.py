"""The pair study's features read stored slots: figures of one kind, clocks, sources, and the rules' verdict."""

from benchmarks.pair_features import NAMES, PairSide, features, figure_compare
from benchmarks.pair_scorer_study import gold_matcher
from workbench.extract import extract_claims


def _side(text: str) -> PairSide:
    claim = extract_claims(text)[0]
    return PairSide(claim.text, claim.attribution.speaker, claim.quantities, claim.frame)


def test_two_sources_figures_and_clocks_apart():
    a = _side("About 400 walkers were stranded on the ridge at 6.15pm, the mountain rescue said.")
    b = _side("Some 650 walkers were stranded on the ridge at 21:40, the park rangers said.")
    f = features(a, b, similarity=0.7, same_fact=False, rule=None)
    assert set(f) == set(NAMES)
    assert f["figures_same_kind"] == 1.0 and f["figures_equal"] == 0.0 and f["figures_apart"] > 0.4
    assert f["sources_apart"] == 1.0
    assert f["rule_none"] == 1.0 and f["rule_related"] == 0.0


def test_equal_figures_in_other_words():
    a = _side("About 400 walkers were stranded on the ridge, the mountain rescue said.")
    b = _side("Four hundred walkers were stranded on the ridge, the rangers said.")
    kind, equal, _gap, shown = figure_compare(a, b)
    assert (kind, equal) == (1.0, 1.0)
    assert "400" in shown


def test_gold_matcher_prefers_equal_text_then_containment():
    gold = {"claims": [{"id": "x1", "text": "The ferry left at noon, the port said."},
                       {"id": "x2", "text": "The ferry left at noon."}]}
    match = gold_matcher(gold)
    assert match("The ferry left at noon.")["id"] == "x2"
    assert match("Officials said the ferry left at noon, the port said, adding more.")["id"] == "x1"
    assert match("Nothing like it.") is None
