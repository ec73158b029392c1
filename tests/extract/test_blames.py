"""A claim's stated cause, the effect it causes, a cause it rules out and who is blamed (extract.blames).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from workbench.extract.blames import blame_of


def _get(text: str, key: str) -> list[str] | None:
    found = blame_of(text)
    return found[key]["stems"] if found and key in found else None


def test_cause_after_its_marker_with_the_effect_before_it() -> None:
    assert _get("The flooding of the tunnel was caused by a burst main under the square.", "cause") == \
        ["burst", "main", "square"]
    assert _get("The flooding of the tunnel was caused by a burst main under the square.", "effect") == \
        ["flood", "tunnel"]
    assert _get("The smell stemmed from a blocked drain behind the kitchen, the landlord said.", "cause") == \
        ["block", "drain", "behind", "kitchen"]
    assert _get("The flights were cancelled because of a strike by baggage handlers.", "cause") == \
        ["strike", "baggage", "handler"]


def test_blame_verbs_in_both_orders() -> None:
    assert _get("The ferry line blamed a worn propeller shaft.", "cause") == ["worn", "propeller", "shaft"]
    assert _get("The mayor blamed the delays on a shortage of drivers.", "cause") == ["shortage", "driver"]
    assert _get("The mayor blamed the delays on a shortage of drivers.", "effect") == ["delay"]
    assert _get("A cracked weld was to blame for the collapse, the inspectors said.", "cause") == ["crack", "weld"]
    assert _get("A cracked weld was to blame for the collapse, the inspectors said.", "effect") == ["collapse"]
    assert _get("Detectives are investigating the blaze as suspected vandalism.", "cause") == ["vandalism"]
    assert _get("The stoppage was blamed on a jammed sluice gate.", "effect") == ["stoppage"]
    assert _get("The stoppage was traced to a jammed sluice gate.", "cause") == ["jamm", "sluice", "gate"]
    assert _get("The stoppage was the result of a jammed sluice gate.", "cause") == ["jamm", "sluice", "gate"]


def test_a_ruled_out_cause_and_a_blamed_party() -> None:
    found = blame_of("The outage came from a tripped breaker at the depot, not from the new software, Orvik said.")
    assert found is not None and found["not"]["stems"] == ["software"] and found["cause"]["at"] == "depot"
    found = blame_of("The harbour board blamed a mistake by Lindqvist Marine.")
    assert found is not None and found["party"] == ["lindqvist", "marine"]


def test_times_schedules_states_and_origins_are_no_cause() -> None:
    assert blame_of("The museum was due to reopen on Tuesday.") is None  # "due to" + a verb: a schedule
    assert blame_of("She was mayor when the bridge opened.") is None  # "when" after a state: a time
    assert blame_of("The cause of the crash is still under investigation.") is None
    assert blame_of("The remark came from Senator Hollis on Monday.") is None  # where words come from
    assert blame_of("Turnout rose to 61 percent.") is None


def test_a_participle_an_adverb_or_a_reporting_verb_is_not_part_of_the_cause() -> None:
    # "the harm caused by X": a participle, the cause is after "by"
    assert _get("The harm caused by the frost to the orchards is not yet known.", "cause")[:1] == ["frost"]
    assert _get("The memo quickly sparked a row inside the cabinet.", "cause") == ["memo"]
    assert _get("The minister conceded the leak had caused delays at the border.", "cause") == ["leak"]
    # "not only": no cause ruled out
    found = blame_of("The mill closed because of debts, not only the fall in orders.")
    assert found is not None and "not" not in found


def test_what_a_party_is_blamed_for_after_a_relative_clause() -> None:
    assert _get("The coach blamed the referee, who had sent off two players, for the defeat.", "effect") == ["defeat"]


def test_an_account_of_an_earlier_happening_and_what_a_blamed_name_is() -> None:
    found = blame_of("The firm insisted the harbour board's own pilots had approved the route.")
    assert found is not None and found.get("account") and found["cause"]["stems"][:2] == ["harbour", "board"]
    found = blame_of("The board blamed a slip by Orvik, the firm that dredges the channel.")
    assert found is not None and found["party"] == ["orvik", "firm"] and "account" not in found


def test_the_word_gates_change_no_answer() -> None:
    """Speed gates (``extract.gates.words_of``) skip patterns none of whose words stand; the answers are the same."""
    from workbench.extract.ends import ends_of
    from workbench.extract.gates import words_of

    for text in ("The flooding of the tunnel was caused by a burst main under the square.",
                 "The mayor blamed the delays on a shortage of drivers.",
                 "The pupils fell ill after a gas heater leaked in the gym, the school said.",
                 "The firm insisted the harbour board's own pilots had approved the route.",
                 "The floodwater stopped a few metres short of the church steps, the warden said.",
                 "It came down on a farm track outside Harwick, not in Stellby, the farmer said."):
        assert blame_of(text, words_of(text)) == blame_of(text) and ends_of(text, words_of(text)) == ends_of(text)


def test_a_happening_that_followed_or_came_just_before_the_story_s_one() -> None:
    """"The E followed C", "C moments before the E": a sequence told of the story's happening, named by one noun."""
    found = blame_of("The outage followed a firmware change that the vendor pushed overnight, the council said.")
    assert found is not None and found["cause"]["stems"][:2] == ["firmware", "change"], found
    assert found["effect"]["stems"] == ["outage"] and found["effect"].get("story"), found
    found = blame_of("A rear axle snapped seconds before the derailment, the operator said.")
    assert found is not None and found["cause"]["stems"] == ["rear", "axle", "snapp"], found
    assert found["effect"]["stems"] == ["derailment"] and found["effect"].get("story"), found
    # an effect with words of its own is not the story's happening by itself; nor is a noun that opens a clause
    found = blame_of("The mayor blamed the late buses on a shortage of drivers.")
    assert found is not None and not found["effect"].get("story"), found
    assert blame_of("The late buses followed a shortage of drivers, the mayor said.") is None  # not one noun
    assert blame_of("The driver braked moments before the bend was reached, she said.") is None  # no "the E"


def test_an_inquiry_treating_the_happening_as_a_crime_states_its_working_cause() -> None:
    got = blame_of("Detectives are treating the blaze as arson, Inspector Maja Holt said.")
    assert got is not None and got["cause"]["text"] == "arson" and got["effect"]["story"], got
    assert blame_of("Officers treated the driver as a witness, the inspector said.") is None
    assert blame_of("Detectives are treating the blaze as a priority.") is None


def test_a_deed_a_party_is_blamed_for_is_the_cause_and_to_is_no_blame_marker() -> None:
    # "blamed X for <doing> Y": X's deed is the cause, no effect is named; its "to" names no cause
    found = blame_of("The drivers' union blamed the owners for shifting the night routes to a cheaper depot.")
    assert found is not None and found["cause"]["stems"][:3] == ["owner", "shift", "night"] and "effect" not in found
    # a word of change before a noun is no deed: the effect stays what the cause is blamed for
    assert _get("The owners blamed soaring fuel costs for rising fares.", "effect") == ["rising", "fare"]
    assert _get("The inquiry attributed the blackout to a tripped relay.", "cause") == ["tripp", "relay"]


def test_a_cause_said_to_be_the_real_one_or_set_against_another_before_its_verb() -> None:
    found = blame_of("The rail union said the real cause was a shortage of signal staff, not a power failure.")
    assert found is not None and found["cause"]["stems"][:1] == ["shortage"] and found["not"]["stems"] == \
        ["power", "failure"], found
    found = blame_of("Rainwater under the retaining wall, not a mudslide, caused the collapse, the geology office said.")
    assert found is not None and found["cause"]["stems"][:1] == ["rainwater"] and found["not"]["stems"] == \
        ["mudslide"] and found["effect"]["stems"] == ["collapse"], found


def test_made_ill_by_names_the_cause_of_a_harm() -> None:
    found = blame_of("The hotel said its guests had been made ill by prawns bought at the harbour market.")
    assert found is not None and found["cause"]["stems"][:1] == ["prawn"] and not found.get("account"), found
