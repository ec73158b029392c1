"""Two happenings of one kind, weeks apart in different places, are two events (issue 9 section 1).

Fictional reports: a warehouse fire in one town and a depot fire in another, 16 days apart, read alike
and share their headline's common nouns; what tells them apart is that they name different people and
places.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from workbench.analyze.event_evidence import two_events
from workbench.analyze.event_names import NEAR_SAME, proper_names
from workbench.analyze.events import group_events, signal


def _vec(*axes: float) -> np.ndarray:
    v = np.zeros(8, dtype=np.float32)
    v[: len(axes)] = axes
    return v / np.linalg.norm(v)


def _groups(docs, vectors) -> list[list[str]]:
    return sorted(sorted(docs[i].id for i in e.documents) for e in group_events(docs, np.stack(vectors)))


def _fires() -> list:
    return [
        signal("a", "Warehouse fire: blaze guts Brackwell store", "2025-06-02",
               "A blaze gutted the Quillon warehouse in Brackwell overnight, owner Ilse Morven said."),
        signal("b", "Brackwell warehouse fire: blaze out", "2025-06-03",
               "Crews put out the blaze at the Quillon warehouse in Brackwell, Ilse Morven said."),
        signal("c", "Warehouse fire: blaze guts Ostrand store", "2025-06-18",
               "A blaze gutted the Tervane depot in Ostrand overnight, manager Dag Helmer said."),
        signal("d", "Ostrand warehouse fire: blaze out", "2025-06-19",
               "Crews put out the blaze at the Tervane depot in Ostrand, Dag Helmer said."),
        signal("e", "Rail fares to rise", "2025-06-10", "Fares on the Sallow line rise by 4% in July."),
        signal("f", "Harbour dredging starts", "2025-06-11", "Dredgers began work in the Pellam harbour."),
    ]


def test_same_kind_of_event_elsewhere_weeks_later_is_another_event():
    # the two fires read alike (cosine 0.68 between them, below NEAR_SAME) and share "warehouse fire blaze"
    fire_one, fire_two = _vec(1, 0.3, 0.8), _vec(1, 0.3, -0.2, 0.8)
    vectors = [fire_one, _vec(1, 0.32, 0.8), fire_two, _vec(1, 0.32, -0.2, 0.8), _vec(0, 0, 0, 0, 1), _vec(0, 0, 0, 0, 0, 1)]
    assert float(fire_one @ fire_two) < NEAR_SAME
    assert _groups(_fires(), vectors) == [["a", "b"], ["c", "d"]]


def test_reports_naming_one_person_in_short_and_in_full_stay_one_event():
    docs = [
        signal("a", "Tram depot shut after crack found", "2025-03-04",
               "Inspectors closed the Harlby tram depot, said transport chief Nora Vesk."),
        signal("b", "Depot closure to last a month", "2025-03-06", "Vesk said the depot would reopen in April."),
        signal("c", "Ferry timetable changes", "2025-03-05", "The Ulmer ferry sails an hour later from May."),
    ]
    vectors = [_vec(1, 0.4, 0.2), _vec(1, 0.2, 0.5), _vec(0, 0, 0, 1)]  # a-b cosine 0.91
    assert _groups(docs, vectors) == [["a", "b"]]
    assert proper_names("Inspectors closed it, said transport chief Nora Vesk.") == ["nora vesk"]


def test_near_identical_reports_that_name_different_people_stay_one_event():
    docs = [
        signal("a", "Dam spillway opened", "2025-04-01", "Engineer Piet Lohr opened the spillway at dawn."),
        signal("b", "Spillway opened at dawn", "2025-04-01", "The Korvel water board opened the spillway at dawn."),
    ]
    assert _groups(docs, [_vec(1, 0.1), _vec(1, 0.15)]) == [["a", "b"]]


def test_place_names_with_one_common_head_word_are_different_places():
    assert proper_names("Fish died off Kell Point on Friday, and off Morrow Point (near Sallby).") == [
        "kell point", "morrow point", "sallby"]
    docs = [signal(str(k), "", "2025-05-01", "", ()) for k in range(3)]
    docs = [replace(d, proper=p) for d, p in zip(docs, ["kell point", "morrow point", "morrow"], strict=True)]
    vectors = np.stack([_vec(1, 0.5), _vec(1, -0.5), _vec(1, -0.4)])  # 0.6 apart across the pair
    assert two_events([0], [1], docs, vectors)
    assert not two_events([1], [2], docs, vectors)  # "Morrow" meets "Morrow Point"
    assert not two_events([0], [1], [replace(docs[0], proper=""), *docs[1:]], vectors)  # one names nothing
    assert not two_events([0], [1], docs, np.stack([_vec(1, 0.1), _vec(1, 0.12), _vec(1)]))  # near-identical


def test_a_day_with_a_possessive_and_a_plural_acronym_name_nobody():
    """"Sunday's flood" names a day and "MPs" a class of people: neither ties two stories of one kind together."""
    assert proper_names("Survivors of Sunday's flash flood in the Tarre Gorge said no warning came.") == ["tarre gorge"]
    assert proper_names("Rebel MPs and NGOs backed the Harven Alliance motion.") == ["harven alliance"]
    assert proper_names("On Tuesday, Liberal MPs said Monday's vote stands.") == ["liberal"]

def test_a_title_opens_a_name_never_a_place():
    from workbench.extract.frames import place_of

    assert place_of("The motion of no confidence in Prime Minister Ada Rusk was defeated on Tuesday.") is None
    assert place_of("The vote in Varsholm was delayed on Tuesday.") == "Varsholm"


def test_two_stories_weeks_apart_linked_only_by_an_agency_both_quote_are_two_events():
    """Two fires 16 days apart whose leads both quote one aid agency (a name, no place), with vectors close enough
    to merge: the one passing name does not make one happening. A shared place the claims state would."""
    docs = _fires()
    for k in (0, 2):
        docs[k] = signal(docs[k].id, docs[k].title, docs[k].day.isoformat(),
                         docs[k].title + ". Volunteers from the Halden Relief Society helped, Ilse Varg said."
                         if k == 0 else docs[k].title + ". The Halden Relief Society sent blankets, Dag Helmer said.")
    near = [_vec(1, 0.3, 0.8), _vec(1, 0.32, 0.8), _vec(1, 0.3, 0.75), _vec(1, 0.32, 0.75), _vec(0, 0, 0, 0, 1),
            _vec(0, 0, 0, 0, 0, 1)]
    assert _groups(docs, near) == [["a", "b"], ["c", "d"]]
    from workbench.analyze.event_evidence import _one_passing_name

    assert _one_passing_name({"halden relief society", "ilse varg"}, {"halden relief society", "dag helmer"}, set())
    assert not _one_passing_name({"halden relief society"}, {"halden relief society"}, {"halden relief society"})
    assert not _one_passing_name({"brackwell", "ilse morven"}, {"brackwell", "ilse morven"}, set())  # two links
