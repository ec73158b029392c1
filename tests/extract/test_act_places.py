"""Where a claim's act happened (``Frame.onset["where"]``, acts10): sentences written for these tests, not the dev
corpus."""

from __future__ import annotations

from workbench.extract.act_places import place_of_act
from workbench.extract.claims import extract_claims


def _where(text: str) -> dict | None:
    return (extract_claims(text, "2027-05-04")[0].frame.onset or {}).get("where")


def test_a_numbered_place_is_kept_as_an_interval_after_the_acts_time():
    got = _where("A freight train derailed just after 5am on Friday near kilometre post 212, the rail operator said.")
    assert got is not None and got["numbered"] == {"post": [212, 212]}
    got = _where("The barge ran aground between locks 7 and 8 on the Merrow canal, the waterways trust said.")
    assert got is not None and got["numbered"] == {"lock": [7, 8]} and got["prep"] == "between"


def test_a_bare_name_is_marked_bare():
    got = _where("The congress was held in Valdrin, its organisers said.")
    assert got is not None and got["bare"] and got["names"] == ["valdrin"]
    got = _where("The congress was held at the Valdrin exhibition centre, its organisers said.")
    assert got is not None and not got["bare"]


def test_no_place_from_a_time_a_degree_or_a_place_with_no_name():
    assert _where("The barge sank in the harbour at 6pm, the trust said.") is None
    assert place_of_act("The hole is at least 9 metres wide.", "The hole is") is None
    assert place_of_act("The ferry left on Monday at 9am.", "The ferry left") is None


def test_a_negated_or_planned_act_has_no_place():
    assert _where("The barge did not run aground near lock 7, the trust said.") is None
    assert _where("The congress will be held in Valdrin next spring, its organisers said.") is None


def test_a_title_or_an_abbreviation_is_no_place():
    """A person's title ("between Dr. Holm and Mr. Vey") and a word cut by an abbreviation's full stop ("in the
    U.K.", "on Feb. 3") name no place the phrase holds."""
    assert place_of_act("The feud between Dr. Holm and Mr. Vey had simmered for years.", "The feud") is None
    assert place_of_act("The ferry line was sold on Feb. 3, 2029, the owners said.", "The ferry line was sold") is None
    got = place_of_act("Every ferry built in the U.K. is inspected yearly.", "Every ferry built")
    assert got is None or "u" not in got["names"]
