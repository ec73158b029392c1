"""The act a claim reports without its time or source (issue 9, rel9p). Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract.act_phrases import act_phrase
from workbench.extract.frames import claim_frame


@pytest.mark.parametrize(("text", "phrase"), [
    ("The ferry sank shortly after 4.20pm on Tuesday, the coastguard said.", "The ferry sank"),
    ("On Thursday night, the reservoir overflowed near the old mill.", "the reservoir overflowed near the old mill"),
    ("A harbour official said the crane toppled at 11.05am.", "the crane toppled"),
    ("The Saturday market of the old town was closed at 2pm when a gas main burst.",
     "The Saturday market of the old town was closed"),
    ("The vault was sealed around 1320, according to the diocese.", "The vault was sealed"),
    ("Some 4,100 tickets were sold for the regatta, the club said.", "Some 4,100 tickets were sold for the regatta"),
])
def test_the_act_without_its_time_its_source_or_later_clauses(text: str, phrase: str) -> None:
    assert act_phrase(text) == phrase


def test_a_day_said_only_of_the_report_gives_the_act_no_phrase() -> None:
    """"..., the port authority said on Friday": Friday is when it was said, not when the crane toppled."""
    assert act_phrase("The crane toppled near the quay, the port authority said on Friday.", "on Friday") is None
    assert act_phrase("The crane toppled on Thursday, the port authority said on Friday.", "on Thursday") == "The crane toppled"


def test_the_frame_stores_the_act_phrase() -> None:
    f = claim_frame("The ferry sank shortly after 4.20pm on Tuesday, the coastguard said.", [], None, "2031-11-12")
    assert f.act_text == "The ferry sank" and f.clock == ">16:20"


def test_a_verb_particle_stays_with_its_verb() -> None:
    assert act_phrase("The scaffold fell in shortly before 2am, the builders said.") == "The scaffold fell in"
    assert act_phrase("The tower dates from the late 14th century, a guide said.") == "The tower dates"


def test_a_speaker_with_an_apposition_leads_and_the_act_follows() -> None:
    """acts10: "Name, who they are, said the ..." read as "Name" (the reporting tail cut at the apposition)."""
    assert act_phrase("Mira Tandel, the mill's night porter, said the chimney toppled over shortly after 2am.") == \
        "the chimney toppled over"
    # an offset told to an account, then "according to": no speaker leads, the act keeps its own words
    assert act_phrase("The first smoke was seen at about 1am, an hour before the time given by the owners, "
                      "according to a porter.") == "The first smoke was seen"


def test_a_part_of_the_day_inside_a_name_does_not_end_the_act() -> None:
    """"Dawn" in a ship's name is no time adverbial: the act runs on to its real time."""
    assert act_phrase("The trawler Morva Dawn left Kestby at ten past four on Friday afternoon.") == \
        "The trawler Morva Dawn left Kestby"
    assert act_phrase("The barge Silver Midnight ran aground at 9.40pm, the pilots said.") == \
        "The barge Silver Midnight ran aground"


def test_a_time_told_in_words_ends_the_act() -> None:
    assert act_phrase("The last bus left the depot at twenty to eleven that night.") == "The last bus left the depot"


def test_a_verb_of_saying_in_the_passive_is_the_act_not_a_speakers_lead() -> None:
    """"was first reported at 4.05pm": what was reported is the act (a first report), no speaker leads the claim."""
    assert act_phrase("The blaze was first reported at 4.05pm near the old quarry, the county said.") == \
        "The blaze was first reported"
    assert act_phrase("The gas leak had been reported shortly after midnight.") == "The gas leak had been reported"
    assert act_phrase("A spokesman said the gas leak was sealed at 3am.") == "the gas leak was sealed"
    # without a preposition, "five to one" is a ratio, no time
    assert act_phrase("Analysts said the attackers outnumber the defenders five to one near the river.") == \
        "the attackers outnumber the defenders five to one near the river"


def test_the_lowered_twins_cut_the_phrase_where_the_case_insensitive_scans_do(monkeypatch):
    """speed14: _TIME and _BREAK run over the lower-cased phrase; the phrase is the one the plain scans give."""
    from workbench.extract import act_phrases

    texts = ["The Lantern Ferry left the quay AT 9PM on Sunday, the harbour office said.",
             "The mill stopped at five o’clock - before the shift ended.",
             "The orchard sale opened shortly after 6.40pm; buyers queued.",
             "The Tuesday Market choir sang until Midnight at the hall.",
             "The Dusk Falcon landed early on Wednesday when fog lifted.",
             "The ſloop sailed at TEN past nine (briefly), the crew said."]
    fast = [act_phrases.act_phrase(t) for t in texts]
    monkeypatch.setattr(act_phrases, "lowered_text", lambda text: None)  # every scan on the original text
    assert fast == [act_phrases.act_phrase(t) for t in texts]
    assert any(fast)


def test_the_core_first_time_scan_finds_every_match_finditer_finds():
    """speed14: _times scans for the time's core and searches _TIME from a few words before it; the same spans."""
    from workbench.extract import act_phrases

    texts = ["The kiln cooled (shortly after  about 9pm) and again at 10.15pm, then by Monday.",
             "Rowers left early on\tthe morning of Sunday; some around mid-July, roughly before the 1980s.",
             "The bell rang at half past ten and five o’clock, during the 19th century, last week and next year.",
             "No time here at all, only words about boats.", "9pm", "at\n\n 8am shortly", "In 2031 in 2032 on Friday",
             "The shortly about the approximately on dawn crew sailed at dusk."]
    for text in texts:
        for probe in (text, text.lower(), text.upper()):
            expected = [m.span() for m in act_phrases._TIME.finditer(probe)]
            assert [m.span() for m in act_phrases._times(probe, act_phrases._CORE, act_phrases._TIME)] == expected
    assert act_phrases._TIME.pattern == "".join(act_phrases._TIME_LEADS) + act_phrases._TIME_CORE
