"""Events before facts: documents grouped by date, distinctive names and similarity (fictional documents)."""

from __future__ import annotations

import numpy as np

from workbench.analyze.events import MAX_SPAN_DAYS, group_events, signal


def _vec(*axes: float) -> np.ndarray:
    v = np.zeros(8, dtype=np.float32)
    v[: len(axes)] = axes
    return v / np.linalg.norm(v)


def test_same_kind_of_event_at_another_time_is_another_event():
    docs = [
        signal("a", "Fire guts Halvard timber yard", "2024-05-02", "Fire crews in Halvard fought a blaze at the Osk timber yard."),
        signal("b", "Halvard yard fire: owner Osk speaks", "2024-05-03", "The Osk timber yard in Halvard burned overnight."),
        signal("c", "Fire guts Halvard timber yard again", "2026-09-14", "Fire crews in Halvard fought a blaze at the Osk timber yard."),
        signal("d", "Halvard timber yard burns", "2026-09-15", "The Osk timber yard in Halvard burned again overnight."),
    ]
    vectors = np.stack([_vec(1, 0.1), _vec(1, 0.12), _vec(1, 0.1), _vec(1, 0.11)])
    events = group_events(docs, vectors)
    groups = sorted(sorted(docs[i].id for i in e.documents) for e in events)
    assert groups == [["a", "b"], ["c", "d"]]
    spans = sorted((e.date_start, e.date_end) for e in events)
    assert spans == [("2024-05-02", "2024-05-03"), ("2026-09-14", "2026-09-15")]
    assert all("Halvard" in e.label for e in events)


def test_undated_reports_use_the_year_they_mention():
    docs = [
        signal("a", "", None, "In 2009 the Brisa phone maker launched the Tern handset in Varnes."),
        signal("b", "", None, "The Tern handset from Brisa went on sale in Varnes in 2009."),
        signal("c", "", None, "In 2013 the Brisa phone maker launched the Tern handset in Varnes."),
    ]
    vectors = np.stack([_vec(1, 0.1), _vec(1, 0.1), _vec(1, 0.1)])
    events = group_events(docs, vectors)
    assert [sorted(docs[i].id for i in e.documents) for e in events] == [["a", "b"]]
    assert (events[0].date_start, events[0].date_end) == ("2009", "2009")


def test_unrelated_stories_of_one_week_stay_apart():
    docs = [
        signal("a", "Tarn council passes budget", "2025-03-01", "The Tarn council passed its budget, mayor Ilse Brandvold said."),
        signal("b", "Budget passes in Tarn", "2025-03-02", "Mayor Ilse Brandvold welcomed the Tarn budget vote."),
        signal("c", "Ferry strike halts Oskvik crossings", "2025-03-02", "Ferry crews in Oskvik walked out, the Sjø union said."),
    ]
    vectors = np.stack([_vec(1, 0), _vec(0.95, 0.1), _vec(0, 1)])
    events = group_events(docs, vectors)
    assert [sorted(docs[i].id for i in e.documents) for e in events] == [["a", "b"]]


def test_a_report_outside_the_window_does_not_join():
    late = f"2025-03-{1 + MAX_SPAN_DAYS + 5:02d}"
    docs = [
        signal("a", "Tarn council passes budget", "2025-03-01", "Mayor Ilse Brandvold: the Tarn budget passed."),
        signal("b", "Tarn budget passes", "2025-03-02", "Mayor Ilse Brandvold said the Tarn budget passed."),
        signal("c", "Tarn budget, later", late, "Mayor Ilse Brandvold said the Tarn budget passed."),
    ]
    vectors = np.stack([_vec(1, 0), _vec(1, 0), _vec(1, 0)])
    assert [sorted(docs[i].id for i in e.documents) for e in group_events(docs, vectors)] == [["a", "b"]]
