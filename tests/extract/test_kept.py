"""Sentences kept below the check-worthiness threshold (extract.kept): a speaker's direct quote, the outlet's own deed."""

from workbench.extract.checkworthy import THRESHOLD
from workbench.extract.claims import extract_claims
from workbench.extract.kept import quoted_claim, reported_fact, states_deed
from workbench.models import Attribution

NAMED = Attribution(speaker="Orla Brandt", speaker_kind="named", cue="said")
NONE = Attribution()


def _kept(text: str) -> dict[str, float]:
    return {c.text: c.checkworthiness for c in extract_claims(text)}


def test_a_named_speakers_quote_is_kept_with_its_low_score():
    text = ('The ferry company closed its booking office in Varnby. "We feel awful about it," '
            'Orla Brandt said. "We will learn from this," the company\'s director, Teo Malin, said.')
    kept = _kept(text)
    apology = '"We feel awful about it," Orla Brandt said.'
    learn = '"We will learn from this," the company\'s director, Teo Malin, said.'
    assert apology in kept and kept[apology] < THRESHOLD  # kept, and still ranked low
    assert learn in kept and kept[learn] < THRESHOLD


def test_a_quote_needs_a_named_speaker_and_real_quoted_words():
    assert quoted_claim('"We feel awful about it," Orla Brandt said.', NAMED)
    assert not quoted_claim('"We feel awful about it," someone said.',
                            Attribution(speaker="someone", speaker_kind="anonymous", cue="said"))
    assert not quoted_claim('She called the timetable a "joke" in the end.', NAMED)  # a scare-quoted word
    assert not quoted_claim("We owe our passengers an apology, Orla Brandt said.", NAMED)  # reported, not quoted


def test_the_outlets_own_deeds_with_a_count_a_harm_a_time_or_a_place_are_kept():
    text = ("The ferry ran aground off the Selby reef. Wardens removed 23 canoes. Nobody was injured. "
            "The crew waded ashore at 4.15am. The passengers waited in Korrin Harbour. "
            "It was a grey morning. The mood felt tense.")
    kept = _kept(text)
    for sentence in ("Wardens removed 23 canoes.", "Nobody was injured.", "The crew waded ashore at 4.15am.",
                     "The passengers waited in Korrin Harbour."):
        assert sentence in kept, sentence
    assert "It was a grey morning." not in kept  # no deed
    assert "The mood felt tense." not in kept  # a deed of sorts, but no figure, harm, time or place


def test_a_deed_told_as_done():
    assert states_deed("Wardens removed 23 canoes.")
    assert states_deed("The tide took two boats out.")  # an irregular past
    assert not states_deed("The canoes are blue.")


def test_reported_fact_needs_no_source_a_deed_and_a_checkable_detail():
    never = lambda: ()  # noqa: E731  (no figure asked for)
    assert not reported_fact("Wardens removed 23 canoes.", NAMED, never)  # attributed: scored as such already
    assert not reported_fact("Did wardens remove 23 canoes?", NONE, never)  # a question
    assert not reported_fact("The canoes spent two weeks on the beach.", NONE,
                             lambda: extract_claims_quantities("The canoes spent two weeks on the beach."))
    assert reported_fact("Two canoes were swept away.", NONE,
                         lambda: extract_claims_quantities("Two canoes were swept away."))


def extract_claims_quantities(text: str):
    from workbench.extract.quantities import extract_quantities

    return extract_quantities(text)


def test_a_dependent_sentence_follows_a_kept_quote():
    text = '"The harbour fees paid for the new quay," Orla Brandt said. The port authority denied it.'
    claims = extract_claims(text)
    denial = next(c for c in claims if c.text == "The port authority denied it.")
    assert denial.context == '"The harbour fees paid for the new quay," Orla Brandt said.'


def test_a_quoted_question_is_left_to_its_score():
    assert not quoted_claim('"How would the islanders get to work now?" Orla Brandt asked.', NAMED)
    assert not quoted_claim('Orla Brandt asked: "How would the islanders get to work now?"', NAMED)


def test_a_plan_is_no_deed_done():
    assert "A ferry will be sent to Korrin Harbour on Thursday." not in _kept(
        "The ferry ran aground off the Selby reef. A ferry will be sent to Korrin Harbour on Thursday.")
    assert "The ferry was sold in May 2019." in _kept("The ferry ran aground off the Selby reef. The ferry was sold in May 2019.")


def test_a_newsroom_note_or_a_question_ending_in_a_quote_is_no_reported_fact():
    never = lambda: ()  # noqa: E731
    assert not reported_fact("Officials at the Korrin Harbour office declined to comment on Monday.", NONE, never)
    assert not reported_fact('The warden began on Monday by asking, "Who moved the canoes?"', NONE, never)
