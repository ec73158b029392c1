"""When an event's central happening began, told in wholly different words by different sources (issue 9, rel9x):
sentences written for these tests, not the dev corpus. Vectors from the real embedder; relations from
``facts.relate_event``, where the event's claims meet."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.analyze.facts import claim_features, relate_event
from workbench.extract.claims import extract_claims
from workbench.store.analysis import ClaimRow


def _rows(*docs: str) -> list[ClaimRow]:
    """One claim per text, each text its own report (document)."""
    out = []
    for k, text in enumerate(docs):
        c = extract_claims(text, "2027-05-08")[0]
        out.append(ClaimRow(f"c{k}", f"doc{k}", c.text, c.quantities, c.attribution.speaker, 0.9, None, (k,), c.frame))
    return out


@pytest.fixture(scope="module")
def relations(onnx_embedder):
    def run(rows):
        vectors = np.asarray(onnx_embedder.encode([r.text for r in rows]), dtype=np.float32)
        _, rels = relate_event(list(range(len(rows))), rows, vectors, claim_features(rows), 0.75)
        return {(i, j): r for i, j, r in rels} | {(j, i): r for i, j, r in rels}
    return run


BURST = "A water main burst under Harlow Street at 6.40am on Friday, the utility said."
BURST_AGAIN = "The pipe split open at 06:40, according to the utility's control room log."
EARLIER = ("Shopkeepers said the first water was seen bubbling through the road at about 5.40am, "
           "nearly an hour earlier than the time the utility reported.")


def test_a_first_perception_set_against_another_accounts_time_conflicts_with_each_report_of_it(relations):
    rows = _rows(BURST, BURST_AGAIN, EARLIER)
    rels = relations(rows)
    for k in (0, 1):
        got = rels.get((k, 2))
        assert got is not None and got.relation == "conflict", rels
        assert "06:40" in got.reason and "about 05:40" in got.reason and "hopkeepers" in got.reason and "utility" in got.reason
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "conflict"


def test_the_same_offset_of_another_act_is_the_storys_sequence(relations):
    """Not the start of anything: the first crews' arrival an hour after the burst is what followed it."""
    rows = _rows(BURST, BURST_AGAIN, "Residents said repair crews arrived at about 7.40am, nearly an hour after "
                                     "the time the utility reported.")
    rels = relations(rows)
    assert all(rels.get((k, 2)) is None or rels[(k, 2)].relation != "conflict" for k in (0, 1)), rels


def test_an_agreeing_or_later_perception_is_no_conflict(relations):
    rows = _rows(BURST, BURST_AGAIN, "A cafe owner said the first water was seen in the street at about 6.45am.",
                 "Commuters first noticed the flooding at 7.30am, a bus driver said.")
    rels = relations(rows)
    assert all(rels.get((k, m)) is None or rels[(k, m)].relation != "conflict" for k in (0, 1) for m in (2, 3)), rels


def test_one_source_moving_its_own_time_is_no_conflict(relations):
    rows = _rows(BURST, "The utility said the first water was seen bubbling through the road at about 5.40am, "
                        "nearly an hour earlier than the time it reported at first.")
    got = relations(rows).get((0, 1))
    assert got is None or got.relation != "conflict", got


def test_a_first_perception_dated_before_the_stated_beginning_conflicts(relations):
    rows = _rows("The outbreak of food poisoning began at a wedding on June 3, health officials said.",
                 "The first cases of food poisoning were detected on May 28, a hospital doctor said.",
                 "Two restaurants near the hall were closed during the outbreak, the council said.")
    got = relations(rows).get((0, 1))
    assert got is not None and got.relation == "conflict", relations(rows)
    assert "June" in got.reason and "May 28" in got.reason and "hospital doctor" in got.reason


def test_a_first_perception_before_a_consequence_is_no_conflict(relations):
    """The evacuation is not the happening first noticed: its later start contradicts no sighting."""
    rows = _rows("The evacuation of the valley began on May 30, the regional council said.",
                 "The first cracks in the dam wall were noticed on May 26, a farmer said.",
                 "Buses waited at the school during the evacuation, the council said.")
    got = relations(rows).get((0, 1))
    assert got is None or got.relation != "conflict", got


def test_a_precursor_the_claim_places_before_the_happening_is_no_conflict(relations):
    rows = _rows("The dam gave way at 10.05pm on Sunday, the water authority said.",
                 "The dam failed at 22:05, the authority's engineers said.",
                 "The first tremors were felt at about 9.30pm, half an hour before the dam gave way, villagers said.")
    rels = relations(rows)
    assert all(rels.get((k, 2)) is None or rels[(k, 2)].relation != "conflict" for k in (0, 1)), rels


def test_a_report_telling_the_central_happening_at_its_own_time_in_other_words_conflicts(relations):
    """Two reports time the burst alike; a third times nothing there, but its own account of the same happening,
    in other words, half an hour earlier."""
    rows = _rows(BURST, BURST_AGAIN, "The water main under Harlow Street ruptured at about 6.10am, according to "
                                     "a baker who was opening his shop.")
    rels = relations(rows)
    for k in (0, 1):
        got = rels.get((k, 2))
        assert got is not None and got.relation == "conflict", rels
        assert "about 06:10" in got.reason and "baker" in got.reason


def test_another_act_close_to_the_central_happening_is_no_conflict(relations):
    rows = _rows(BURST, BURST_AGAIN, "Police closed the northbound lanes of the ring road at about 7.10am, a "
                                     "police spokeswoman said.")
    rels = relations(rows)
    assert all(rels.get((k, 2)) is None or rels[(k, 2)].relation != "conflict" for k in (0, 1)), rels


def test_a_report_placing_the_happening_over_an_hour_earlier_in_other_words_conflicts(relations):
    rows = _rows(BURST, BURST_AGAIN, "Water was gushing out of the road shortly before 5.30am, residents said.")
    rels = relations(rows)
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict", rels
    assert "shortly before 05:30" in got.reason and "residents" in got.reason


def test_a_beginning_told_otherwise_conflicts_and_one_of_a_consequence_does_not(relations):
    rows = _rows(BURST, BURST_AGAIN, "The main under Harlow Street began gushing water at about 6.05am, a shop "
                                     "owner said.",
                 "Traffic queues began building on the ring road at about 7.15am, a motoring group said.")
    rels = relations(rows)
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict", rels
    assert all(rels.get((k, 3)) is None or rels[(k, 3)].relation != "conflict" for k in (0, 1)), rels


def test_an_offset_points_at_the_happening_not_at_another_act_timed_there(relations):
    rows = _rows(BURST, BURST_AGAIN, EARLIER, "Police closed the northbound lanes of the ring road at 6.35am, a "
                                              "police spokeswoman said.")
    rels = relations(rows)
    assert rels.get((2, 3)) is None or rels[(2, 3)].relation != "conflict", rels
    assert rels[(0, 2)].relation == "conflict"


def test_a_first_perception_before_the_happening_in_a_report_that_times_it_too_is_a_sequence(relations):
    """The report that saw the first flames also times the fire itself: it tells what came first, not another time."""
    fire = ("A fire broke out in the warehouse at 10.05pm on Friday, the fire service said.",
            "The blaze started at 22:05, according to the fire brigade's log.")
    rows = _rows(*fire, "The first flames were seen at about 9.15pm, a neighbour said.")
    rels = relations(rows)
    assert any(rels.get((k, 2)) is not None and rels[(k, 2)].relation == "conflict" for k in (0, 1)), rels
    again = _rows(*fire, "The first flames were seen at about 9.15pm, a neighbour said.",
                  "The warehouse fire broke out at 10.05pm, the neighbour's landlord said.")
    again[3].document_id = again[2].document_id  # one report: the first flames, then the fire at the agreed time
    rels = relations(again)
    assert all(rels.get((k, 2)) is None or rels[(k, 2)].relation != "conflict" for k in (0, 1)), rels


CRANE = ("The harbour crane collapsed onto the quay at 5pm on Thursday, the port authority said.",
         "The crane fell at 17:00 on Thursday, the authority's duty log shows.")


def test_an_offset_with_no_count_against_another_account_conflicts_in_its_direction(relations):
    """rel9x2: no number, only "hours earlier than X has said": the other account's time must lie that way."""
    rows = _rows(*CRANE, "Dockers said the harbour crane had toppled over shortly after 1pm, hours earlier than "
                         "the port authority has said.")
    rels = relations(rows)
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict" and "set against" in got.reason, rels
    later = _rows(*CRANE, "Dockers said the harbour crane had toppled over shortly after 1pm, hours later than "
                          "the port authority has said.")
    rels = relations(later)
    assert all(rels.get((k, 2)) is None or "set against" not in rels[(k, 2)].reason for k in (0, 1)), rels


NIGHT = ("The roof of the sports hall fell in at about 2.45am on Saturday, the council said.",
         "The sports hall roof collapsed at 02:45 on Saturday, according to the council's night manager.")


def test_reports_across_midnight_are_one_timeline(relations):
    """rel9x2: "shortly before midnight on Friday" and "2.45am on Saturday" are some three hours apart: rival times."""
    rows = _rows(*NIGHT, "The ceiling over the basketball court had come down shortly before midnight on Friday, said a "
                         "caretaker who lives opposite.")
    rels = relations(rows)
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict", rels
    assert "midnight" in got.reason and "caretaker" in got.reason


def test_another_act_hours_off_on_the_timeline_is_no_rival_time(relations):
    rows = _rows(*NIGHT, "Firefighters searched the rubble until about 4am, the fire service said.",
                 "The council opened a rest centre for neighbours at 11pm on Friday, a volunteer said.")
    rels = relations(rows)
    assert all(rels.get((k, m)) is None or rels[(k, m)].relation != "conflict" for k in (0, 1) for m in (2, 3)), rels


def test_a_call_for_help_timed_near_the_happening_is_another_act(relations):
    """"The night watchman phoned the utility for help at 7.05am": a message about the happening (a call, a
    warning, a radio call), sent by one party to another, is an act of its own that follows it, not a rival time."""
    rows = _rows(BURST, BURST_AGAIN, "The caretaker of the flats phoned the water company for help at 7.05am, "
                                     "the council said.",
                 "A cab driver radioed his dispatcher about the flooded street at about 6.15am, a colleague said.")
    rels = relations(rows)
    assert all(rels.get((k, m)) is None or rels[(k, m)].relation != "conflict" for k in (0, 1) for m in (2, 3)), rels


BARGE = ("The barge Tolla left Varnby quay at 16:10, the harbour master said.",
         "The Tolla left the Varnby quay at ten past four on Friday afternoon.",
         "The barge sank at 17:25 on Friday, the river police said.",
         "The vessel went down at 5.25pm, a lock keeper said.")


def test_a_deed_to_another_place_told_alike_is_no_central_happening(relations):
    """Two reports time the barge's departure alike, two its sinking: the departure is an earlier act of the same
    thing, not the central happening, and no time of it."""
    rows = _rows(*BARGE)
    rels = relations(rows)
    assert all(rels.get((k, m)) is None or rels[(k, m)].relation != "conflict" for k in (0, 1) for m in (2, 3)), rels


def test_with_the_departure_apart_a_rival_time_of_the_sinking_still_conflicts(relations):
    rows = _rows(*BARGE, "The barge went under at about 4.50pm, said a fisherman who watched from the bank.")
    rels = relations(rows)
    assert all(rels.get((k, 4)) is not None and rels[(k, 4)].relation == "conflict" for k in (2, 3)), rels
    assert all(rels.get((k, 4)) is None or rels[(k, 4)].relation != "conflict" for k in (0, 1)), rels


def test_a_things_deed_and_its_own_change_are_two_acts_however_alike_they_read(relations):
    """"the tug had left Marrow" (its deed to a place) and "the tug went over" (a change of its own state) are two
    acts of one thing: their times are a sequence, not two accounts of one act (``act_identity.same_act``)."""
    rows = _rows("The tug went over at 7.40pm on Saturday.",
                 "The tug had left Marrow at 18:15 for its short crossing, the owners said.")
    got = relations(rows).get((0, 1))
    assert got is None or got.relation != "conflict", got


LATE = ("The warehouse fire on Quay Lane broke out at 11.40pm on Saturday, the fire service said.",
        "Flames took hold of the Quay Lane warehouse at 23:40 on Saturday, according to the fire service's log.")


def test_a_small_hours_time_whose_day_is_unsaid_lies_across_midnight_from_a_late_one(relations):
    """"About 1.10am" with no day beside "11.40pm on Saturday": read on one day they lie 22 hours apart (two
    happenings); across midnight, 90 minutes apart: a rival time of the same night."""
    rows = _rows(*LATE, "The fire started at about 1.10am, said Ilse Varga, a night porter at the warehouse.")
    rels = relations(rows)
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict", rels
    assert "01:10" in got.reason and "23:40" in got.reason and "Varga" in got.reason


def test_a_daytime_time_whose_day_is_unsaid_stays_on_its_day(relations):
    """Only the night is read across midnight: "about 10am" stays 13 hours from "11.40pm", another happening."""
    rows = _rows(*LATE, "The fire started at about 10am, said Ilse Varga, a night porter at the warehouse.")
    rels = relations(rows)
    assert all(rels.get((k, 2)) is None or rels[(k, 2)].relation != "conflict" for k in (0, 1)), rels


def test_a_time_told_in_words_without_a_part_of_the_day_is_read_on_the_half_nearer_the_happening(relations):
    """"At about half past five" names no morning or evening: read as 05:30, the half nearer "6.40am", it still lies
    an hour before the burst told alike by two reports: a rival time. Read as 17:30 it would be no time of it."""
    rows = _rows(BURST, BURST_AGAIN, "A baker on Harlow Street said he was woken by the burst at about half past five.")
    rels = relations(rows)
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict", rels
    assert "about 05:30" in got.reason and "06:40" in got.reason


def test_a_time_told_in_words_that_meets_the_happening_on_its_nearer_half_is_no_conflict(relations):
    rows = _rows(BURST, BURST_AGAIN, "A baker on Harlow Street said he was woken by the burst at about twenty to seven.")
    rels = relations(rows)
    assert all(rels.get((k, 2)) is None or rels[(k, 2)].relation != "conflict" for k in (0, 1)), rels


def test_the_end_of_the_happening_is_no_rival_time_of_its_start(relations):
    """A happening's end ("brought under control", "back in use") timed hours after two reports of its start is its
    end, not another account of when it began."""
    start = ("A fire broke out in the Tallow Lane paint store at about 11.10pm on Friday, the fire brigade said.",
             "The paint store fire started at 23:10, according to the brigade's log.")
    rows = _rows(*start, "The blaze was brought under control at about 5.30am on Saturday, a neighbour said.",
                 "Power to the street was back in service at 4am, the grid operator said.")
    rels = relations(rows)
    assert all(rels.get((k, m)) is None or rels[(k, m)].relation != "conflict" for k in (0, 1) for m in (2, 3)), rels
    from workbench.extract.claims import extract_claims
    assert extract_claims(rows[2].text, "2027-05-08")[0].frame.onset.get("ends") is True
