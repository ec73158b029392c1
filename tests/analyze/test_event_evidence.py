"""Where, when and who weighed together: two happenings of one kind are two events (issue 9 section 1).

Invented reports, worded unlike the dev corpus: two barge strikes on two river bridges, and a power cut
told from two villages. The old rule kept groups apart only when they named nothing in common *and* no two
reports were near-identical (cosine >= NEAR_SAME); near-identical wire copy of a second happening weeks
later, or a second happening whose reports quote the same national agency, joined the first.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from workbench.analyze.event_evidence import DATED_APART, days_apart, two_events
from workbench.analyze.event_names import NEAR_SAME, place_key
from workbench.analyze.events import group_events, signal


def _vec(*axes: float) -> np.ndarray:
    v = np.zeros(8, dtype=np.float32)
    v[: len(axes)] = axes
    return v / np.linalg.norm(v)


def _groups(docs, vectors) -> list[list[str]]:
    return sorted(sorted(docs[i].id for i in e.documents) for e in group_events(docs, np.stack(vectors)))


def test_near_identical_reports_of_a_second_happening_weeks_later_elsewhere_are_another_event():
    docs = [
        signal("a", "Barge hits bridge, river shut", "2024-10-03",
               "A grain barge struck the Yarrow bridge at Tesmond, harbourmaster Ivo Kranj said.", ["Tesmond"]),
        signal("b", "River shut after barge hits bridge", "2024-10-04",
               "The Yarrow bridge at Tesmond was shut after the strike, Ivo Kranj said.", ["Tesmond"]),
        signal("c", "Barge hits bridge, river shut", "2024-10-19",
               "A gravel barge struck the Olsk bridge at Marrin, lock keeper Ada Fenn said.", ["Marrin"]),
        signal("d", "River shut after barge hits bridge", "2024-10-20",
               "The Olsk bridge at Marrin was shut after the strike, Ada Fenn said.", ["Marrin"]),
    ]
    vectors = [_vec(1, 0.2, 0.1), _vec(1, 0.25, 0.1), _vec(1, 0.2, -0.1), _vec(1, 0.25, -0.1)]
    assert float(vectors[0] @ vectors[2]) >= NEAR_SAME  # the old exception let these join
    assert _groups(docs, vectors) == [["a", "b"], ["c", "d"]]


def test_places_apart_and_dated_apart_split_reports_that_quote_one_agency():
    # both happenings quote the same national inspectorate: a shared name, so "no name in common" cannot fire
    docs = [
        signal("a", "Power cut leaves homes dark", "2023-01-09",
               "Homes in Ulverby lost power, the Grid Inspectorate said.", ["Ulverby"]),
        signal("b", "Ulverby power back after cut", "2023-01-10",
               "Power returned in Ulverby overnight, the Grid Inspectorate said.", ["Ulverby"]),
        signal("c", "Power cut leaves homes dark", "2023-01-21",
               "Homes in Padstowe lost power, the Grid Inspectorate said.", ["Padstowe"]),
    ]
    vectors = [_vec(1, 0.3), _vec(1, 0.35), _vec(1, 0.3, 0.1)]
    assert _groups(docs, vectors) == [["a", "b"]]
    assert two_events([0, 1], [2], docs, np.stack(vectors))
    assert days_apart([0, 1], [2], docs) == 11


def test_places_apart_but_close_in_time_stay_one_event_when_they_share_a_name():
    # one storm, told from two villages a day apart: the places differ, the dates do not
    docs = [
        signal("a", "Storm cuts power", "2023-01-09", "Homes in Ulverby lost power, the Grid Inspectorate said.",
               ["Ulverby"]),
        signal("b", "Storm cuts power", "2023-01-10", "Homes in Padstowe lost power, the Grid Inspectorate said.",
               ["Padstowe"]),
    ]
    assert DATED_APART > 1
    assert _groups(docs, [_vec(1, 0.3), _vec(1, 0.35)]) == [["a", "b"]]


def test_a_later_report_naming_the_same_place_stays_with_its_story():
    # a follow-up twelve days on: dated apart, but its place is one the first reports name
    docs = [
        signal("a", "Quarry wall gives way", "2022-05-02", "A wall of the Brisco quarry near Hatherd fell.", ["Hatherd"]),
        signal("b", "Quarry wall: inquiry opens", "2022-05-14", "An inquiry into the fall at Hatherd opened.",
               ["Hatherd"]),
    ]
    assert _groups(docs, [_vec(1, 0.3), _vec(1, 0.4)]) == [["a", "b"]]


def test_groups_without_dates_or_places_keep_the_names_rule():
    docs = [replace(signal(k, "", None, ""), proper=p) for k, p in (("a", "tesmond"), ("b", "marrin"))]
    assert days_apart([0], [1], docs) is None
    assert not two_events([0], [1], docs, np.stack([_vec(1), _vec(1, 0.05)]))  # near-identical, undated
    assert two_events([0], [1], docs, np.stack([_vec(1, 0.8), _vec(1, -0.8)]))


def test_place_keys_meet_the_names_of_titles_and_leads():
    assert place_key("Cape Orrin's") == "cape orrin"
    assert place_key("Tesmond") == signal("x", "Flood at Tesmond", None, "").proper
