"""What a sum or a share is for, whose it is, and an open bound, before two close figures agree (issue 9, seventh
stop, rel9j). Classes of error found by reading real cross-outlet agreements; every sentence here is written for
these tests (a guild, a museum, a harbour fund), in wording unlike the material the classes were found on."""

from __future__ import annotations

from tests.analyze.test_frame_relate import rel
from workbench.extract.figure_purposes import purpose_slots
from workbench.extract.quantities import extract_quantities


def _slots(text: str) -> list[dict]:
    return [purpose_slots(text, q) for q in extract_quantities(text) if q.kind in ("money", "percent")]


def test_extraction_reads_what_a_sum_is_for_and_of_and_its_modifiers():
    got = _slots("The guild spent 2.1 million euros on apprentices and 1.9 million euros in harbour dues.")
    assert got == [{"for": ["apprentices"]}, {"what": ["harbour", "dues"]}], got
    got = _slots("Its net assets stood at 40 million euros, and it gave 12% of its surplus to the museum in 2031.")
    assert got[0] == {"mods": ["net"]} and got[1] == {"what": ["surplus"], "for": ["museum"]}, got
    # a time right after the figure hides no purpose; a place ("in the north") is no thing
    assert _slots("The fund paid 3 million euros between 2029 and 2031 for dredging.") == [{"for": ["dredging"]}]
    assert _slots("Sales rose 5% in the north.") == [{}]


def test_close_sums_for_different_purposes_do_not_agree():
    """Class 1: two sums with no role word are paired by what they went to, not by overlapping values."""
    a = "The guild gave almost 5 million euros to the orphanage, its accounts show."
    b = "The guild paid 4.6 million euros in harbour dues and 5 million euros to the orphanage."
    got = rel(a, b, sim=0.7)
    assert got.relation == "agree" and "5 million euros" in got.reason and "4.6" not in got.reason, got
    got = rel(a, "The guild paid 4.6 million euros in harbour dues, its accounts show.", sim=0.7)
    assert got.relation != "agree", got


def test_an_open_bound_agrees_only_with_a_figure_of_the_thing_it_bounds():
    """Class 2: "more than" agrees with any larger value unless what it measures must match; the reason says bound."""
    got = rel("The museum's gift shop took more than 2 million euros in 2030.",
              "The museum paid 9.4 million euros in wages, its report says.", sim=0.7)
    assert got.relation != "agree", got
    got = rel("The trust gave over 8% of its income to the museum.",
              "The trust paid an effective levy rate of 22% that year.", sim=0.7)
    assert got.relation != "agree", got
    same = rel("Visitors spent more than 2 million euros in admission fees, the museum said.",
               "Visitors spent 2.3 million euros in admission fees last year.", sim=0.7)
    assert same.relation == "agree" and "bound" in same.reason, same


def test_a_measure_modifier_makes_another_measure():
    """Class 3: adjusted vs plain income, a net worth vs a sum received: related measures, not one figure."""
    got = rel("The two partners earned 61 million euros over the decade, the filing shows.",
              "The filing shows the partners earned 60 million euros in adjusted gross income over the decade.",
              sim=0.7)
    assert got.relation != "agree", got
    got = rel("A shipping firm paid the captain nearly 9 million euros for consulting.",
              "The admiral's net worth is put at 8.5 million euros.", sim=0.6)
    assert got.relation != "agree", got
    # a modifier stated alike on both sides (or a plain one on one side) is still one measure
    got = rel("The guild's net income was 3.2 million euros last year.",
              "Last year the guild reported net income of 3.2 million euros.", sim=0.8)
    assert got.relation == "agree", got


def test_one_limit_stated_twice_still_agrees():
    """Two open bounds at one value are one stated limit, whatever else each sentence says."""
    got = rel("Grants of up to 20,000 euros per farm are available, the agency said.",
              "Farmers can claim up to €20,000 each, the agency said.", sim=0.7)
    assert got.relation == "agree" and "bound" in got.reason, got


def test_a_sum_left_over_when_its_partner_was_parted_is_no_rival():
    """Once the close pair is parted by its modifier, the other sum of the sentence (a levy) must not be set against
    the adjusted income as a conflict: they are different things."""
    got = rel("The partners earned about 61 million euros and paid nearly 19 million euros in harbour levies, the filing shows.",
              "The filing shows the partners earned 60 million euros in adjusted gross income.", sim=0.7)
    assert got.relation not in ("agree", "conflict"), got


def test_a_rounded_bound_with_nothing_stated_agrees_only_next_to_its_value():
    """"more than 700 million" implies 700-800 million: a figure there is its figure, one far above is not."""
    near = rel("The port authority says it handled more than 700 million euros of cargo.",
               "The port authority handled 716 million euros of cargo.", sim=0.8)
    assert near.relation == "agree" and "bound" in near.reason, near
    far = rel("The port authority says it took more than 3 million euros.",
              "The port authority took 13.6 million euros, the audit says.", sim=0.8)
    assert far.relation != "agree", far


def test_a_name_before_a_bracketed_share_holds_it():
    from workbench.extract.holders import act_of
    text = "Among members the list is led by Lund (21 percent), followed by Varga (12 percent) and Moss (9 percent)."
    assert [act_of(text, q).get("holder") for q in extract_quantities(text)] == ["Lund", "Varga", "Moss"]


def test_a_possessive_pronoun_before_a_range_names_its_holder():
    from workbench.extract.holders import act_of
    text = "The filing from Ida Moss showed his net worth between €19 million and €22 million."
    q = [q for q in extract_quantities(text) if q.kind == "money"][0]
    assert act_of(text, q).get("holder") == "Ida Moss"


def test_a_possessive_before_the_whole_names_whose_it_is_not_what():
    """A share "of the county's pupils" is a share of pupils: the possessive says whose they are (issue 9, fx16a);
    before the fix the possessive word, read as a plural, ended the phrase as the whole."""
    assert _slots("Some 62% of the county's pupils walk to school.") == [{"what": ["pupils"]}]
    assert _slots("About 30 per cent of the growers' harvest was lost.") == [{"what": ["harvest"]}]
    assert _slots("The fund holds 12% of its members' savings.") == [{"what": ["savings"]}]
