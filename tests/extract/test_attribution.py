"""Attribution patterns, one short document each: speaker, kind, cue, via, follow-ons and quote runs."""

from __future__ import annotations

import pytest

from workbench.extract import split_sentences
from workbench.extract.attribution import attribute
from workbench.extract.speakers import canonical, classify, clean_speaker, person_name
from workbench.models import Attribution


def attrs(text: str) -> list[Attribution]:
    return attribute(split_sentences(text))


def last(text: str) -> Attribution:
    return attrs(text)[-1]


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "cue"),
    [
        ("Pavlo Kyrylenko said that Ukraine controls 52% of the region.", "Pavlo Kyrylenko", "named", "said"),
        ("Ukraine controls 52% of the region, Pavlo Kyrylenko said.", "Pavlo Kyrylenko", "named", "said"),
        (
            '"Bakhmut is holding," said Pavlo Kyrylenko, the head of the regional administration.',
            "Pavlo Kyrylenko",
            "named",
            "said",
        ),
        (
            "Denis Pushilin, the Russian-installed leader, claimed that Ukraine holds 45% of the region.",
            "Denis Pushilin",
            "named",
            "claimed",
        ),
        (
            "The Ukrainian military denied that Wagner controls the eastern districts.",
            "the Ukrainian military",
            "organization",
            "denied",
        ),
        (
            "Western analysts estimate that Russian losses outnumber Ukrainian losses five to one.",
            "Western analysts",
            "anonymous",
            "estimate",
        ),
        (
            "According to the regional police, 12 civilians were killed over the weekend.",
            "the regional police",
            "organization",
            "according to",
        ),
        (
            "Twelve civilians were killed over the weekend, according to the regional police.",
            "the regional police",
            "organization",
            "according to",
        ),
        (
            "The General Staff of the Armed Forces of Ukraine reported heavy fighting near Soledar.",
            "the General Staff of the Armed Forces of Ukraine",
            "organization",
            "reported",
        ),
        (
            "Russia's Defence Ministry claimed that Ukrainian losses were three times higher.",
            "Russia's Defence Ministry",
            "organization",
            "claimed",
        ),
        (
            "A senior Ukrainian commander, who spoke on condition of anonymity, said seven Russians die for each "
            "Ukrainian.",
            "a senior Ukrainian commander",
            "anonymous",
            "said",
        ),
        (
            "A local official, speaking on condition of anonymity, said that fewer than 300,000 civilians remain.",
            "a local official",
            "anonymous",
            "said",
        ),
        (
            "Fewer than 5,000 civilians remain in the city, local officials said, out of 70,000 before the war.",
            "local officials",
            "anonymous",
            "said",
        ),
        ("Analysts say Russian commanders see Bakhmut as a stepping stone.", "analysts", "anonymous", "say"),
        ("Sources said the brigade had withdrawn from the village.", "sources", "anonymous", "said"),
        ("The Kremlin said the operation was going to plan.", "the Kremlin", "organization", "said"),
        (
            "The Institute for the Study of War said Russian forces were unlikely to encircle the city.",
            "the Institute for the Study of War",
            "organization",
            "said",
        ),
        (
            "U.S. Defense Secretary Lloyd Austin said a withdrawal would not be a setback.",
            "Lloyd Austin",
            "named",
            "said",
        ),
        (
            "U.S. National Security Council coordinator John Kirby said Russia was throwing bodies at the city.",
            "John Kirby",
            "named",
            "said",
        ),
        (
            "President Volodymyr Zelensky warned that Russian troops could push on to Kramatorsk.",
            "Volodymyr Zelensky",
            "named",
            "warned",
        ),
        ("In a statement, the ministry said 40 soldiers had been killed.", "the ministry", "organization", "said"),
        ("Soldiers defending Bakhmut say the battle turns on the highway.", "soldiers", "anonymous", "say"),
    ],
)
def test_single_sentence_patterns(text: str, speaker: str, kind: str, cue: str) -> None:
    got = last(text)
    assert (got.speaker, got.speaker_kind, got.cue) == (speaker, kind, cue)


def test_unattributed_sentence_has_kind_none() -> None:
    got = last("Ukraine still holds just over half of the Donetsk region.")
    assert got == Attribution(speaker=None, speaker_kind="none", cue=None, via=None)


def test_trailing_speaker_beats_embedded_estimate_and_gives_via() -> None:
    got = last(
        "NATO intelligence estimates that five Russian soldiers are killed for every Ukrainian soldier killed, "
        "an unnamed military official within the alliance told CNN."
    )
    assert got.speaker == "an unnamed military official within the alliance"
    assert (got.speaker_kind, got.cue, got.via) == ("anonymous", "told CNN", "CNN")


def test_according_to_outlet_is_via_when_someone_else_speaks() -> None:
    got = last(
        "Yevgeny Prigozhin said his fighters took every district east of the river, according to the Associated Press."
    )
    assert (got.speaker, got.via) == ("Yevgeny Prigozhin", "the Associated Press")


def test_according_to_outlet_alone_is_the_speaker() -> None:
    got = last("The city centre lies on the western bank, according to the Associated Press.")
    assert (got.speaker, got.speaker_kind, got.via) == ("the Associated Press", "organization", None)


@pytest.mark.parametrize(
    ("text", "cue", "via"),
    [
        ("Kirby told reporters that Russia was losing men.", "told reporters", None),
        ("The spokesman told the agency that the line held.", "told the agency", None),
        ("A soldier told the Ledger that they pushed them back twice.", "told the Ledger", "the Ledger"),
        ("Zelensky said in an interview with CNN that Bakhmut would hold.", "said", "CNN"),
    ],
)
def test_via_from_the_relaying_outlet(text: str, cue: str, via: str | None) -> None:
    got = last(text)
    assert (got.cue, got.via) == (cue, via)


def test_pronoun_resolves_to_last_named_person() -> None:
    doc = "Pavlo Kyrylenko said the city holds. The army sent tanks. He told CNN that 500,000 civilians remain."
    got = last(doc)
    assert (got.speaker, got.speaker_kind, got.cue, got.via) == ("Pavlo Kyrylenko", "named", "told CNN", "CNN")


def test_pronoun_picks_the_most_recent_person() -> None:
    doc = "Lloyd Austin said the city is symbolic. John Kirby said Russia was losing men. He said it again."
    assert last(doc).speaker == "John Kirby"


def test_unresolved_pronoun_is_anonymous() -> None:
    got = last("He said the bridge was destroyed on Monday.")
    assert (got.speaker, got.speaker_kind) == ("he", "anonymous")


def test_surname_follow_on_resolves_to_full_name() -> None:
    doc = "Pavlo Kyrylenko said the city holds. Kyrylenko added that nobody was sent to die for nothing."
    got = last(doc)
    assert (got.speaker, got.cue) == ("Pavlo Kyrylenko", "added")


def test_definite_description_resolves_to_earlier_anonymous_source() -> None:
    doc = "A Ukrainian soldier said the road was cut. The soldier said Russian units reached Krasna Hora."
    assert last(doc).speaker == "a Ukrainian soldier"


def test_role_resolves_to_person() -> None:
    doc = (
        "U.S. Secretary of Defense Lloyd Austin said the city is symbolic. Last month, the secretary noted that "
        "Russia has many people."
    )
    got = last(doc)
    assert (got.speaker, got.speaker_kind, got.cue) == ("Lloyd Austin", "named", "noted")


def test_they_resolves_to_previous_group_source() -> None:
    doc = "The West and Ukraine believe Russia can launch an offensive. They assess that it cannot take Kyiv."
    got = last(doc)
    assert (got.speaker, got.speaker_kind) == ("the West and Ukraine", "organization")


def test_quote_run_takes_the_closing_speaker() -> None:
    doc = (
        '"The battles decide everything on the highway. If they take the road, the garrison is cut off. '
        'So far they have done half of their plan," the soldier said.'
    )
    result = attrs(doc)
    assert len(result) >= 1
    assert all(a.speaker == "the soldier" and a.speaker_kind == "anonymous" for a in result)


def test_quote_opened_after_attribution_keeps_the_speaker() -> None:
    doc = (
        '"The enemy is bringing up fresh units," Pavlo Kyrylenko said on February 7. "We are building new lines '
        'around the clock.\nBakhmut is standing."\n\nThe weather was cold.'
    )
    result = attrs(doc)
    assert [a.speaker for a in result[:-1]] == ["Pavlo Kyrylenko"] * (len(result) - 1)
    assert result[-1].speaker_kind == "none"


def test_quote_sentence_without_cue_continues_previous_quote() -> None:
    doc = '"They pushed us back," the commander said. "We hold the line in every district."'
    result = attrs(doc)
    assert [a.speaker for a in result] == ["the commander", "the commander"]


def test_quote_paragraph_continues_the_speaker_of_the_paragraph_before() -> None:
    # Newsroom convention (issue 10, "multi-paragraph quotes"): a new speaker is always named at once, so a
    # paragraph that is only a quote continues whoever the paragraph before it was attributed to.
    doc = '"They pushed us back," the commander said.\n\n"We hold the line in every district. We will not leave."'
    assert [a.speaker for a in attrs(doc)] == ["the commander"] * 3


def test_quote_paragraph_after_unattributed_narration_stays_unattributed() -> None:
    doc = 'The shelling stopped at dawn.\n\n"We hold the line in every district."'
    assert attrs(doc)[-1].speaker_kind == "none"


def test_quote_after_an_attributed_sentence_without_quotes_continues_it() -> None:
    doc = 'The talks may stall while the truce holds, the envoy said. "Nobody wants to move first."'
    assert [a.speaker for a in attrs(doc)] == ["the envoy", "the envoy"]


def test_cue_inside_quotes_is_not_an_attribution() -> None:
    got = last('The banner read "the army said we would win" across the square.')
    assert got.speaker_kind == "none"


def test_noun_reports_is_not_a_cue() -> None:
    assert last("Russia has not commented on the reports.").speaker_kind == "none"


def test_dateline_is_not_part_of_the_speaker() -> None:
    got = last("KYIV, Feb 24 (Meridian Wire) - The Ukrainian military denied on Friday that Wagner holds the east.")
    assert got.speaker == "the Ukrainian military"


def test_headings_get_no_attribution() -> None:
    sentences = split_sentences("Moscow says Ukrainian losses far exceed its own\n\nThe ministry said so.")
    assert sentences[0].heading
    assert attribute(sentences)[0].speaker_kind == "none"


def test_one_attribution_per_sentence() -> None:
    text = "One thing happened. Another thing, officials said. A third? Yes."
    assert len(attrs(text)) == len(split_sentences(text))


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Pavlo Kyrylenko", "named"),
        ("Kyrylenko", "named"),
        ("the Ukrainian military", "organization"),
        ("NATO intelligence", "organization"),
        ("the Kremlin", "organization"),
        ("Russia", "organization"),
        ("the Associated Press", "organization"),
        ("an unnamed military official within the alliance", "anonymous"),
        ("a Ukrainian soldier", "anonymous"),
        ("Western analysts", "anonymous"),
        ("local officials", "anonymous"),
    ],
)
def test_classify(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_clean_speaker_rejects_clauses_and_trims_modifiers() -> None:
    assert clean_speaker("Russia has not commented on the") is None
    assert clean_speaker("Last month") is None
    assert clean_speaker(" a Ukrainian soldier serving with a brigade near the city") == "a Ukrainian soldier"
    assert clean_speaker("However, US and European officials") == "US and European officials"


def test_person_name_strips_titles() -> None:
    assert person_name("U.S. Defense Secretary Lloyd Austin") == "Lloyd Austin"
    assert person_name("Gen. Valerii Zaluzhnyi") == "Valerii Zaluzhnyi"
    assert person_name("the regional police") is None


def test_canonical() -> None:
    assert canonical("The Ukrainian military") == "ukrainian military"
    assert canonical(None) == ""
