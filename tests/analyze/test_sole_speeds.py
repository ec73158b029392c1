"""Speeds and lengths as each report's only figure of one dimension (``analyze.sole_figures``), and the slash rate
stored at extraction ("55 km/h": per hour, ``extract.holders``). Fictional reports written for these tests, not the
dev corpus."""

from __future__ import annotations

from tests.analyze.test_frame_relate import view
from workbench.analyze.relate import relate_across
from workbench.analyze.sole_figures import event_figures, figure_key
from workbench.extract.holders import act_of
from workbench.extract.quantities import extract_quantities


def _event(*reports: tuple[str, list[str]]):
    views = {doc: [view(t, "2027-05-04", doc) for t in texts] for doc, texts in reports}
    claims = [(doc, v.frame, v.text, v.quantities) for doc, vs in views.items() for v in vs]
    return views, event_figures(claims)


HAULIER = "The tanker was travelling at 55 km/h when it left the road, the haulier said."
POLICE = "Traffic police put the tanker's speed at about 95 kilometres an hour."


def test_a_slash_rate_after_a_unit_is_stored_per_hour():
    """"55 km/h" is 55 km per hour: the rate is stored with the figure, as "95 kilometres an hour" is."""
    q = [q for q in extract_quantities(HAULIER) if q.value == 55][0]
    assert act_of(HAULIER, q).get("per") == "hour"


def test_a_speed_is_its_own_dimension_not_a_length():
    q = [q for q in extract_quantities(HAULIER) if q.value == 55][0]
    assert figure_key(q, HAULIER) == "speed per hour"
    far = "The tanker came to rest 40 km from the depot."
    assert figure_key(extract_quantities(far)[0], far).startswith("length")


def test_each_reports_only_speed_from_two_sources_conflicts():
    """One written "km/h", the other "kilometres an hour", no shared noun or verb: each report's only speed, though
    one report states a distance too (a speed read as a length made that report's lengths two)."""
    views, block = _event(("x", [HAULIER, "The tanker came to rest 40 metres from the bend."]),
                          ("y", [POLICE, "The road was closed for six hours."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got
    assert "55 km" in got.reason and "95 kilometres" in got.reason, got


def test_a_report_with_two_speeds_of_one_act_keeps_the_dimension_ambiguous():
    """The trap: a report giving two speeds of the tanker as it left the road states no one measure of it."""
    views, block = _event(("x", [HAULIER, "A witness said the tanker was doing nearer 70 km/h as it left the road."]),
                          ("y", [POLICE]))
    with block:
        for claim in views["x"]:
            got = relate_across(claim, views["y"][0], 0.3)
            assert got is None or got.relation != "conflict", got


def test_the_limit_beside_the_speed_leaves_the_speed_the_rival():
    """A report giving the tanker's speed and the limit on that road: the limit is another act, so the tanker's
    speed stands against the other source's (``analyze.rival_figures``); the limit is no rival of it."""
    views, block = _event(("x", [HAULIER, "The limit on that stretch is 80 km/h."]), ("y", [POLICE]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
        limit = relate_across(views["x"][1], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict" and "55 km" in got.reason, got
    assert limit is None or limit.relation != "conflict", limit


def test_a_speed_is_never_compared_with_a_distance():
    views, block = _event(("x", [HAULIER]), ("y", ["Traffic police said the tanker skidded for about 95 metres."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is None or got.relation != "conflict", got


def test_the_source_opening_a_claim_is_no_part_of_its_act():
    """"A surveyor from <body> put the bypass at N": the act is putting the bypass at N, whoever says it (the stored
    speaker is lower-cased where the claim opens with it)."""
    views, block = _event(("x", ["A surveyor from the provincial land registry put the new boundary fence at "
                                 "7.4 kilometres."]),
                          ("y", ["The perimeter is 7.9 km long, the estate's manager said."]))
    with block:
        got = relate_across(views["x"][0], views["y"][0], 0.3)
    assert got is not None and got.relation == "conflict", got


def test_a_reading_dated_after_the_other_report_is_no_rival_of_it():
    """The trap: a report out on Tuesday gives the gusts during the blaze, one of Saturday gives the wind by Friday;
    the later day is after the first report came out, so the two speeds are two moments, not one measure."""
    early = view("Gusts of up to 70 km/h fanned the blaze across the heath.", "2027-05-04", "x")
    late = view("The wind had dropped to about 15 kilometres an hour by Friday.", "2027-05-08", "y")
    with event_figures([("x", early.frame, early.text, early.quantities), ("y", late.frame, late.text, late.quantities)]):
        got = relate_across(early, late, 0.3)
    assert got is None or got.relation != "conflict", got
