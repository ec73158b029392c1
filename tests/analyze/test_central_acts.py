"""The event's central happening told in other verbs by other sources: one time agrees, two places conflict
(issue 9, acts10). Sentences written for these tests, not the dev corpus; vectors from the real embedder, relations
from ``facts.relate_event``, where the event's claims meet."""

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


FLOOD = "The basement of the Marlow public library flooded at 7.40am on Friday, the fire brigade said."
FLOOD_AGAIN = "Water poured into the library's lower floor at 07:40 on Friday, the caretakers said."


def test_one_time_of_the_central_happening_in_other_verbs_agrees(relations):
    rels = relations(_rows(FLOOD, FLOOD_AGAIN))
    got = rels.get((0, 1))
    assert got is not None and got.relation == "agree", rels
    assert "07:40" in got.reason and "fire brigade" in got.reason and "caretakers" in got.reason


def test_one_source_quoted_alike_by_two_reports_agrees_on_the_time(relations):
    """Two outlets quoting one source ("the fire brigade said" in both) on one time: the outlets agree."""
    rows = _rows(FLOOD, "Water poured into the library's lower floor at 07:40 on Friday, the fire brigade said.")
    got = relations(rows).get((0, 1))
    assert got is not None and got.relation == "agree" and "07:40" in got.reason, got


GENERATOR = "The library's backup generator cut out at 9.15am on Friday, the council said."
GENERATOR_AGAIN = "The library's emergency engine failed at 09:15 on Friday."


def test_another_act_timed_to_one_minute_by_two_reports_in_other_words_agrees(relations):
    """The central happening is the flood (three reports); the generator's failure, another act of the story, is told
    to one minute by two reports in other verbs: they agree on it."""
    rows = _rows(FLOOD, FLOOD_AGAIN, "Water reached the library basement at 07:40, a caretaker said.",
                 GENERATOR, GENERATOR_AGAIN)
    got = relations(rows).get((3, 4))
    assert got is not None and got.relation == "agree" and "same minute" in got.reason and "09:15" in got.reason, got


def test_two_acts_at_one_minute_are_not_one_act(relations):
    rows = _rows(FLOOD, FLOOD_AGAIN, "Water reached the library basement at 07:40, a caretaker said.",
                 GENERATOR, "The mayor arrived at the library at 09:15 on Friday to meet staff.")
    got = relations(rows).get((3, 4))
    assert got is None or got.relation != "agree", got


def test_a_rival_time_of_it_in_other_verbs_conflicts_and_a_later_act_does_not(relations):
    rows = _rows(FLOOD, FLOOD_AGAIN, "Ilse Varga, the library's cleaner, said the basement filled with water shortly "
                 "after 6am.", "A van driver who was parked outside said the pavement had cracked open shortly "
                 "after noon.")
    rels = relations(rows)
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict", rels
    assert all(rels.get((k, 3)) is None or rels[(k, 3)].relation != "conflict" for k in (0, 1)), rels


COACH = "A coach carrying pupils overturned shortly after 8am on Monday near exit 9 of the coastal highway, police said."
BUS = "The bus came off the carriageway between exits 11 and 12, the operator said."


def test_two_places_of_one_act_on_one_numbered_series_conflict(relations):
    rels = relations(_rows(COACH, BUS))
    got = rels.get((0, 1))
    assert got is not None and got.relation == "conflict", rels
    assert "exit 9" in got.reason and "exits 11 and 12" in got.reason


def test_a_place_that_holds_the_other_is_no_conflict(relations):
    rels = relations(_rows(COACH, "The bus came off the carriageway between exits 8 and 12, the operator said."))
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "conflict", rels


def test_a_later_act_placed_first_in_its_report_on_the_series_is_checked_as_the_storys(relations):
    """Each report's first placed act is its story's: a report that only tells a consequence placed elsewhere
    (the queue) is still read; the closure holding both places is broader and conflicts with neither."""
    rels = relations(_rows(COACH, BUS, "Police shut the highway between exits 7 and 13 for the day."))
    assert all(rels.get((k, 2)) is None or rels[(k, 2)].relation != "conflict" for k in (0, 1)), rels


def _doc_rows(*docs: tuple[str, ...]) -> list[ClaimRow]:
    """Each tuple one report (document) of one or more claims."""
    out = []
    for d, texts in enumerate(docs):
        for text in texts:
            c = extract_claims(text, "2027-05-08")[0]
            out.append(ClaimRow(f"c{len(out)}", f"doc{d}", c.text, c.quantities, c.attribution.speaker, 0.9, None,
                                (len(out),), c.frame))
    return out


TILLS = "The card readers at the Brask Street market failed at 10.30am on Saturday, the market trust said."
TILLS_AGAIN = "The market's tills stopped working at 10:30 on Saturday."


def test_a_named_sources_own_time_in_a_report_that_times_it_too_conflicts(relations):
    """A report times the happening itself and quotes a stallholder who times it otherwise: the stallholder's is a
    rival account, not the report's sequence; the report's own later act stays its sequence."""
    rows = _doc_rows((TILLS,), (TILLS_AGAIN, "A stallholder, Anka Serin, said the card machines went blank "
                                             "shortly after 9am.", "Stallholders began taking cash only at 11am."))
    rels = relations(rows)
    got = rels.get((0, 2))
    assert got is not None and got.relation == "conflict" and "Anka Serin" in got.reason, rels
    assert rels.get((0, 3)) is None or rels[(0, 3)].relation != "conflict", rels


HALL = "Visitors to the Orrin concert hall were ushered out at 4.30pm on Sunday, the venue's owners said."
HALL_AGAIN = "The auditorium stood empty by half past four on Sunday afternoon."


def test_one_day_and_one_clock_time_in_words_agree_however_far_apart_the_wording(relations):
    """Two reports that give the happening one day and one time to the minute ("4.30pm" / "half past four ... in
    the afternoon") tell it alike, though their claims share no word of the act."""
    rels = relations(_rows(HALL, HALL_AGAIN.replace("by half", "at half")))
    got = rels.get((0, 1))
    assert got is not None and got.relation == "agree", rels
    assert "16:30" in got.reason or "4.30" in got.reason, got.reason


def test_one_clock_time_without_one_stated_day_needs_claims_that_read_alike(relations):
    rels = relations(_rows(HALL, "The auditorium stood empty at half past four in the afternoon."))
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "agree", rels


def test_dawn_and_first_light_of_one_day_agree(relations):
    """Parts of the day narrow enough to time one act compare like clock times: dawn is first light."""
    rels = relations(_rows("Inspectors searched the Mavro grain store at dawn on Sunday, the port police said.",
                           "The grain store was entered shortly after first light on Sunday, the inspectors said."))
    got = rels.get((0, 1))
    assert got is not None and got.relation == "agree", rels


def test_a_clock_time_within_dawn_needs_claims_that_read_alike(relations):
    """Dawn is hours wide: an act timed to the minute within it may be another act of the story that morning."""
    rels = relations(_rows("Inspectors searched the Mavro grain store at dawn on Sunday, the port police said.",
                           "A harbour pilot reported a fishing boat adrift at 6.10am on Sunday."))
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "agree", rels


def test_one_act_dated_to_two_days_by_two_sources_conflicts(relations):
    """Day-level times of one act compare like clock times: two sources, two days, one deed in other words."""
    rows = _rows("Surveyors inspecting the Dunmere viaduct discovered the cracked girder on Tuesday, the rail board said.",
                 "Engineers spotted the cracked girder on Friday last week, a signalman told reporters.")
    rels = relations(rows)
    got = rels.get((0, 1))
    assert got is not None and got.relation == "conflict", rels
    assert "2027-05-04" in got.reason and "2027-05-07" in got.reason and "signalman" in got.reason, got.reason


def test_another_act_of_the_story_on_another_day_is_no_conflict(relations):
    rows = _rows("Surveyors inspecting the Dunmere viaduct discovered the cracked girder on Tuesday, the rail board said.",
                 "Trains were diverted away from the viaduct on Thursday, a signalman told reporters.")
    rels = relations(rows)
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "conflict", rels


def test_a_count_or_a_bound_on_another_day_dates_no_act(relations):
    rows = _rows("Surveyors inspecting the Dunmere viaduct discovered the cracked girder on Tuesday, the rail board said.",
                 "Engineers had found three cracked girders on the viaduct by Friday, a signalman told reporters.")
    rels = relations(rows)
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "conflict", rels


def test_an_act_of_a_series_or_a_recurring_deed_on_two_days_is_no_conflict(relations):
    """Two meetings, two demands: a claim that marks its act as one of several, or a deed done again and again,
    dates each instance; the days do not disagree."""
    rows = _rows("The mayor and the union leader met on Monday afternoon at the town hall for the first time in weeks, aides said.",
                 "Mayor Ida Brenn and union leader Olle Karst met for nearly an hour on Thursday evening in their latest "
                 "attempt to end the strike, officials said.")
    assert relations(rows).get((0, 1)) is None or relations(rows)[(0, 1)].relation != "conflict"
    rows = _rows("Tenants of the Harl estate demanded the landlord repair the lifts on Monday, a residents' group said.",
                 "Tenants of the Harl estate demanded the landlord repair the lifts on Thursday, a councillor said.")
    rels = relations(rows)
    assert rels.get((0, 1)) is None or rels[(0, 1)].relation != "conflict", rels


def test_one_deed_told_in_the_passive_and_the_active_on_two_days_conflicts(relations):
    """"an audit was ordered by the board" / "the board had ordered the audit": one deed in two voices (the passive's
    thing in the active's phrase, the active's doer in the passive's, one verb), however apart the phrases read."""
    rows = _rows("A full audit of the Varnby harbour accounts was ordered by the port board on Thursday afternoon.",
                 "The board had ordered the audit late on Wednesday night, according to a dockers' union official.")
    rels = relations(rows)
    got = rels.get((0, 1))
    assert got is not None and got.relation == "conflict", rels
    other = _rows("A full audit of the Varnby harbour accounts was ordered by the port board on Thursday afternoon.",
                  "The board had ordered new cranes late on Wednesday night, according to a dockers' union official.")
    got = relations(other).get((0, 1))
    assert got is None or got.relation != "conflict", got


def test_a_passive_naming_no_doer_and_the_active_of_one_deed_on_two_days_conflict(relations):
    """"the concert was postponed" names no doer, so none other than the active's: one deed, two days, however apart
    the two phrases read."""
    rows = _rows("The concert was postponed on Sunday morning.",
                 "Halden Arts postponed the Korsvik Harbour Concert late on Saturday night as gales swept the coast, "
                 "coastguards said.")
    got = relations(rows).get((0, 1))
    assert got is not None and got.relation == "conflict" and "day of one act" in got.reason, got
    other = _rows("The concert was postponed on Sunday morning.",
                  "Halden Arts postponed its autumn exhibition late on Saturday night as gales swept the coast, "
                  "coastguards said.")
    got = relations(other).get((0, 1))
    assert got is None or got.relation != "conflict", got
