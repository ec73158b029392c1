from workbench.extract.measured_things import measured_thing
from workbench.extract.quantities import extract_quantities


def _thing(text: str) -> str | None:
    q = next(q for q in extract_quantities(text) if q.unit)
    return measured_thing(text, q)


def test_the_noun_after_of_is_what_a_unit_of_measure_measures():
    assert _thing("Sludge has smothered 12 miles of riverbank.") == "riverbank"
    assert _thing("Crews cleared 3 tonnes of rotting seaweed from the pier.") == "rotting seaweed"


def test_the_phrase_ends_at_a_verb_or_preposition():
    assert _thing("He said 30 miles of shoreline had been buried.") == "shoreline"
    assert _thing("Rain fell on 800 hectares of wheat in the north.") == "wheat"


def test_no_of_phrase_no_thing():
    assert _thing("The road is 12 miles long.") is None


def test_the_agent_of_the_deed_a_figure_is_the_object_of():
    from workbench.extract.figures import measures_of

    text = "Divers from the harbour police had lifted 14 cars out of the canal."
    (m,) = measures_of(text, extract_quantities(text))
    assert m.get("agent") == ["diver"], m
    text = "The storm damaged 14 cars."
    (m,) = measures_of(text, extract_quantities(text))
    assert m.get("agent") == ["storm"], m
