"""Who did a claim's act, why and by what means, from closed-class connectives (extract.causes).

Fictional sentences written for these tests (not the dev corpus, not BASIL wording)."""

from __future__ import annotations

from workbench.extract.causes import act_slots


def _slot(text: str, slot: str) -> list[str] | None:
    found = act_slots(text)
    return found[slot]["stems"] if found and slot in found else None


def test_agent_from_a_passive_an_order_or_a_request() -> None:
    assert _slot("The harbour master was dismissed by Mayor Ilse Varn on Monday.", "agent") == ["mayor", "ilse", "varn"]
    assert _slot("The harbour master was dismissed on the orders of the O.S.K. board chair.", "agent") == ["osk"]
    assert _slot("The ferry was held in port at Lund's request.", "agent") == ["lund"]
    assert _slot("The bill passed by a vote of 31-4 on Monday.", "agent") is None  # "by" a number is no agent


def test_a_stated_reason_is_kept_and_a_time_is_not() -> None:
    found = act_slots("The pilot was suspended for flying over the closed range, the operator said.")
    assert found is not None and found["verb"] == "suspend" and found["cause"]["text"] == "flying over the closed range"
    assert _slot("The harbour master resigned over the pier lease.", "cause") == ["pier", "lease"]
    assert _slot("The harbour master resigned over the weekend.", "cause") is None
    assert _slot("The talks collapsed after three days.", "cause") is None
    assert _slot("Lund quit the board in protest at the fare rise.", "cause") == ["fare", "rise"]


def test_means_by_a_verb_in_ing() -> None:
    assert _slot("Residents objected by signing a petition to the port board.", "means") == ["sign", "petition", "port",
                                                                                             "board"]
    assert act_slots("The ferry crossed the strait at dawn.") is None  # no slot stated


def test_by_after_a_participle_without_be_is_no_agent() -> None:
    """"followed by", "led by": an order of rank or a company, not the one who did the act."""
    assert _slot("Lund leads the field with 30 percent, followed by Varn at 21 percent.", "agent") is None
    assert _slot("The relief column was led out of Osk by Captain Varn.", "agent") == ["captain", "varn"]


def test_over_as_a_particle_is_no_reason() -> None:
    assert _slot("Judge Varn, who had taken over the inquiry, closed it.", "cause") is None
    assert _slot("Judge Varn was removed over the leaked tide logs.", "cause") == ["leak", "tide", "log"]


def test_a_connective_that_belongs_to_a_noun_or_a_time_is_no_slot() -> None:
    """"a debate over", "a bridge over the river", "days after", "by disagreement over <Name>"."""
    assert act_slots("The memos revealed a long debate over the ferry timetable.") is None
    assert act_slots("Mayor Varn visited the new bridge over the Osk river.") is None
    assert act_slots("The board met just days after Lund's warning.") is None
    found = act_slots("The strike was sparked by anger over Mayor Varn's fare rise.")
    assert found is None or "agent" not in found, found
    assert act_slots("Ferries were withdrawn despite the warning by many Osk traders.") is None
