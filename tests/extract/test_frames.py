"""Claim frames: slots computed once at extraction, stored, read back."""

from workbench.extract.claims import extract_claims
from workbench.extract.frames import claim_frame
from workbench.extract.quantities import extract_quantities
from workbench.models import Article
from workbench.store import open_db, save_document
from workbench.store.frames import read_frames


def frame(text: str, published: str | None = "2024-03-14"):
    return claim_frame(text, extract_quantities(text), published=published)


def test_weekday_resolved_against_published_date():
    f = frame("Officials said 300 people were killed on Tuesday.")
    assert f.time == "2024-03-12" and f.measures[0]["role"] == "killed"


def test_modalities():
    assert frame("The plant will close next spring.").modality == "planned"
    assert frame("The minister denied that the plant closed.").modality == "denied"
    assert frame("The mayor reportedly resigned.").modality == "hedged"
    affirmed = frame("There is no question that the dam failed.")
    assert affirmed.modality == "done" and affirmed.affirmed


def test_direction_and_change_role():
    f = frame("Prices rose 3% year-on-year in the city.")
    assert f.direction == "up" and f.scope == "city" and f.measures[0]["role"] == "price change"


def test_frames_are_stored_at_ingest(tmp_path):
    db = open_db(tmp_path / "c.db")
    text = "The fire killed 12 people on Monday, the fire chief said. It was the worst in a decade, officials said."
    claims = extract_claims(text, "2024-03-14")
    save_document(db, Article(text=text, source_path="a.txt", published="2024-03-14"), claims)
    frames = read_frames(db)
    assert frames and any(f.time == "2024-03-11" for f in frames.values())


def test_the_denying_party_is_stored_once_at_extraction():
    """Analysis reads who denies from the frame, never from the claim's words."""
    assert frame("Renner on Monday denied that he ordered the files destroyed.").denier == "Renner"
    assert frame("He denied that the files were destroyed.").denier is None
    assert frame("Renner ordered the files destroyed.").denier is None  # not a denial
    stored = frame("The mayor denied taking bribes.")
    assert stored.modality == "denied" and stored.to_dict().get("denier") is None


def test_a_planned_date_without_a_year_is_the_coming_one():
    assert frame("Her last day in office will be Feb. 28.", published="2026-12-21").time == "2027-02-28"
    assert frame("Her last day in office was Feb. 28.", published="2026-12-21").time == "2026-02-28"
    # a yearless date a fortnight back in a plan names a past happening, not next year's
    assert frame("The council is set to vote on the Sept. 11 memorial bill.", published="2026-09-27").time == "2026-09-11"


def test_a_span_of_time_is_a_duration_whatever_role_word_is_near():
    """"killing ... was sentenced to 90 years": the figure counts years, not the killed."""
    f = frame("A guard accused of killing two inmates was sentenced to 90 years in jail on Thursday.")
    assert [m["role"] for m in f.measures] == ["killed", "duration"] and "sentenc" in f.measures[1]["of"]
    assert frame("Prices rose at the slowest pace in 25 years.").measures[0]["role"] == "duration"


def test_a_departure_is_characterised_once_at_extraction():
    assert frame("The port director, Ida Rask, stepped down on Friday.").departure == "resigned"
    assert frame("Ida Rask was sacked as port director on Friday.").departure == "was removed"
    assert frame("Rask said she had no intention of resigning.").departure is None
    assert frame("Rask handed in a letter on Friday.").departure is None


def test_a_since_date_opens_the_span_and_is_not_the_time_of_the_figure():
    f = frame("Inspectors have found 31 faulty boilers since February 3, the regulator said on Tuesday.")
    assert f.time == "2024-03-12"  # the day it was said, not the day the count started
    assert "base" not in f.measures[0]  # a level counted from a day has no comparison base
    g = frame("Rescuers have pulled 12 people from the rubble since Sunday, the mayor said on Tuesday.")
    assert g.time == "2024-03-12"


def test_a_change_names_what_changed_and_its_quarter_base():
    f = frame("Compared with the previous quarter, operating income rose 4%.")
    assert f.measures[0]["base"] == "quarter-on-quarter"
    assert f.measures[0]["subj"][-1] == "income"


def test_a_clause_timing_the_act_before_a_scheduled_happening_plans_nothing():
    """"closed ..., an hour before the doors were due to open": the schedule is another happening's, the claim's
    act is done; a plan stated as such stays one."""
    from workbench.extract.frames import modality_of
    assert modality_of("The exhibition was closed at 8am on Monday, an hour before the doors were due to open, "
                       "the gallery said.")[0] == "done"
    assert modality_of("The pier was shut shortly after the ferry was due to leave.")[0] == "done"
    assert modality_of("The exhibition was due to open at 9am on Monday, the gallery said.")[0] == "planned"
    assert modality_of("The doors will open an hour before the speeches are due to start.")[0] == "planned"


def test_a_thing_rejected_or_dismissed_in_the_passive_is_no_denial_by_a_source():
    """"412 planning appeals were rejected" reports what was done to the appeals; two reports of it were read as
    "both report the same denial" and agreed whatever their figures."""
    assert frame("More than 400 planning appeals were rejected across the county.").modality == "done"
    assert frame("The appeal was dismissed on Friday.").modality == "done"
    assert frame("The council rejected claims that the pier was unsafe.").modality == "denied"  # guard
