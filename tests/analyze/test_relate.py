"""Relation rules on hand-written claim pairs: numbers, ratios, denials, assessments, and no false conflicts."""

from __future__ import annotations

import pytest

from workbench.analyze.relate import RelateInput, relate
from workbench.extract.quantities import extract_quantities


def rel(a: str, b: str, similarity: float | None = None):
    return relate(RelateInput("a", a, extract_quantities(a)), RelateInput("b", b, extract_quantities(b)), similarity)


@pytest.mark.parametrize(
    ("a", "b", "relation", "reason_bits"),
    [
        # percents of the same thing
        ("Officials say the army holds 61% of the province.", "The army holds no more than 40% of the province, a rival said.",
         "conflict", ["61%", "40%", "province"]),
        ("Officials say the army holds 61% of the province.", "The army still holds about 60% of the province.",
         "agree", ["61%", "60%"]),
        ("The army holds just over half of the province.", "Rebels say the army holds 30% of the province.",
         "conflict", ["just over half", "30%"]),
        # counts with approximations and bounds
        ("About 800,000 people still live in the valley, the mayor said.", "Some 0.8 million people still live in the valley.",
         "agree", ["800,000"]),
        ("Roughly two million residents remain in the coastal region.", "Fewer than 900,000 residents remain in the coastal region.",
         "conflict", ["two million", "900,000"]),
        ("More than 40 villages were flooded.", "Officials counted 55 villages flooded.", "agree", ["40", "55"]),
        ("More than 300 houses were destroyed by the fire.", "The fire destroyed more than 300 houses.", "agree", ["300"]),
        # ratios in both directions
        ("Russian losses outnumber Ukrainian losses four to one, observers said.",
         "Four Russian soldiers die for every Ukrainian soldier, a general said.", "agree", ["4:1"]),
        ("Russian losses outnumber Ukrainian losses four to one, observers said.",
         "Ukrainian losses were twice as high as Russian losses, the ministry claimed.", "conflict", ["4:1", "1:2"]),
        ("Russian losses outnumber Ukrainian losses four to one, observers said.",
         "Nine Russian soldiers die for each Ukrainian soldier, a colonel said.", "conflict", ["4:1", "9:1"]),
        # denial and negation
        ("The governor claimed his troops had captured every village west of the canal.",
         "The army denied that the governor's troops captured the villages west of the canal.", "conflict", ["denial", "denied"]),
        ("The bridge over the canal was destroyed on Sunday, the army said.",
         "The bridge over the canal was not destroyed on Sunday, the army said.", "conflict", ["negation"]),
        # opposed assessments
        ("The port is strategically crucial for the whole coast.",
         "Losing the port would not be a serious setback, the minister said of the Port of Varna.", "conflict",
         ["strategically crucial", "setback"]),
        ("Analysts call Varna strategically vital.", "Varna has only symbolic value, the general said.", "conflict",
         ["vital", "symbolic"]),
        # syndicated copy
        ("Rescuers pulled nine people from the rubble.", "Rescuers  pulled nine people from the rubble.", "agree", ["identical"]),
    ],
)
def test_rules(a, b, relation, reason_bits):
    got = rel(a, b)
    assert got.relation == relation, got.reason
    for bit in reason_bits:
        assert bit in got.reason
    assert got.method == "rules"
    # symmetric up to wording of the reason
    assert rel(b, a).relation == relation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # same topic, different things measured: never a conflict
        ("About 5,000 civilians remain inside the town itself.", "Roughly 400,000 civilians remain in the wider region."),
        ("Twelve civilians were killed over the weekend.", "Thirty civilians were injured over the weekend."),
        ("The army holds 61% of the province.", "About 300,000 people live in the province."),
        ("Twelve civilians were killed over the weekend.", "Forty civilians were killed last month."),
        ("Russian losses outnumber Ukrainian losses four to one.", "Tanks outnumber trucks three to one on the road."),
        # negation of something else
        ("The ministry has not commented on the strike.", "The strike hit a fuel depot near the port."),
        ("The governor said troops entered the old town.", "The governor did not say when reinforcements would arrive."),
        # parts vs totals, and lists of several figures of one unit
        ("Nine new cases were found in the north, officials said.", "A total of 14 cases have now been found."),
        ("Rain reached 7 inches in Tula and 2.5 inches at the airport.", "The airport got 2.5 inches of rain, Orel 4 inches."),
        # qualified groups, other dates, a figure whose scale word was lost
        ("Prices rose in nine coastal provinces.", "Prices rose in 23 provinces this spring."),
        ("The daily deficit on 3 March 2021 was $4.2 billion.", "The daily deficit on 4 March 2021 was $9.8 billion."),
        ("The insurer agreed to pay $2.4B to settle the case.", "The insurer will pay $2.4 billion to settle the case."),
        # "deny" that is not reported speech; "but not" limits scope
        ("The late goal denied the visitors a place in the final by two points.", "The visitors missed the final by two points."),
        ("Four regions allow night trading, but not on holidays.", "Four regions allow night trading except on holidays."),
        # a plain "not" beside different figures is a different statement, not a denial
        ("Only 30 percent of farmers are not worried about the drought.", "Sixty percent of farmers worried about the drought."),
        # hedges and idioms are not denials
        ("No scenario could be ruled out, the mayor said of the siege.", "The siege of the city is in its fifth month."),
    ],
)
def test_no_false_conflict(a, b):
    got = rel(a, b)
    assert got.relation != "conflict", got.reason


def test_related_has_reason_naming_shared_topic():
    got = rel("Engineers repaired the dam near Kherson on Monday.", "Flooding near the Kherson dam displaced families.")
    assert got.relation == "related"
    assert "kherson" in got.reason and "dam" in got.reason


def test_similarity_makes_paraphrase_agree_but_not_opposite_polarity():
    a = "Troops could advance on the capital if the bridge falls."
    b = "If the bridge falls, troops are expected to advance on the capital next."
    assert rel(a, b, similarity=0.85).relation == "agree"
    assert rel(a, b, similarity=None).relation == "related"
    c = "Troops could not advance on the capital if the bridge falls."
    assert rel(a, c, similarity=0.9).relation != "agree"


def test_numbers_decide_before_similarity():
    a = "The army holds 61% of the province."
    b = "The army holds 35% of the province."
    got = rel(a, b, similarity=0.97)
    assert got.relation == "conflict" and got.numeric


def test_no_question_that_affirms():
    from workbench.analyze.negation import polarity

    assert not polarity("There is no question that the levee failed before the storm peaked.").negative
